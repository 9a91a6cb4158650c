"""text columns: names, aliases, labels, extractor names, modes and times become TEXT

PostgreSQL enforced the old VARCHAR(n) lengths and SQLite did not: a 41-character mention
label (``role:apposed:Minister for the Middle East``) was stored on one and refused on the
other. Every column holding what a person wrote or a document said is now TEXT on both. On
PostgreSQL the change is in place (varchar -> text needs no rewrite); SQLite rebuilds the
tables in batch mode, copying every row (``db.ensure_schema`` turns foreign keys off around it
and checks them after, so dropping the old table cascades nothing).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 01:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# table -> [(column, old length)]
COLUMNS = {
    'documents': [('name', 500)],
    'document_extractors': [('extractor', 100)],
    'actors': [('name', 500)],
    'aliases': [('alias', 500), ('key', 500), ('skeleton', 500), ('surname', 200), ('consonants', 500)],
    'mentions': [('label', 40), ('extractor', 100)],
    'citations': [('outlet', 500), ('extractor', 100)],
    'relations': [('time', 100), ('extractor', 100)],
    'events': [('mode', 60), ('extractor', 100)],
    'event_occurrences': [('mode', 60), ('extractor', 100)],
    'merges': [('from_ref', 500), ('into_ref', 500), ('alias', 500)],
    'alert_events': [('mode', 60)],
}


def _sqlite_foreign_keys_on() -> bool:
    bind = op.get_bind()
    return bind.dialect.name == "sqlite" and bool(bind.exec_driver_sql("PRAGMA foreign_keys").scalar())


def upgrade() -> None:
    if _sqlite_foreign_keys_on():
        # Rebuilding a table with foreign keys on would cascade-delete the rows that refer to it.
        from foothold.errors import MigrationIntegrityError
        raise MigrationIntegrityError("migration 0010 rebuilds SQLite tables and needs foreign keys off",
                                      fix="Open the store with foothold (db.connect / ensure_schema), which turns them off.")
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, length in columns:
                batch.alter_column(name, type_=sa.Text(), existing_type=sa.String(length))


def downgrade() -> None:
    # SQLite never enforced the old lengths: its TEXT columns serve 0009 as they are (no rebuild).
    # PostgreSQL: fails when a value is longer than the old limit (nothing is cut silently).
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, length in columns:
                batch.alter_column(name, type_=sa.String(length), existing_type=sa.Text())
