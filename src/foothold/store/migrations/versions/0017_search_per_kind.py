"""search per kind: one SQLite FTS5 table for each kind of searched row

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 16:30:00

Derived tables only (no fact changes). Migration 0014 put every searched row in one FTS5 trigram
table, ``search_fts``: a query for one kind (a document's text, an event's evidence) read the
matches of every kind, so a kind whose rows came late (a store migrated by 0014 indexed actors,
events, tellings, then documents) was reached only after every earlier match -- the text search
for a common name read hundreds of thousands of rows at a million events. Now each kind's rows
have their own table (store/search.py ``TABLES``): actor names; document names and titles;
document texts; event evidence; telling evidence. ``search_keys`` stays as it was (its ids are
the rowids of every table), and the triggers on actors, documents, events and event_occurrences
keep the new tables. PostgreSQL: nothing (its pg_trgm indexes are per column already).
"""
from alembic import op


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

# Searched tables: kind -> (table, key column).
BASE = {
    'actor': ('actors', 'id'),
    'document': ('documents', 'id'),
    'event': ('events', 'id'),
    'occurrence': ('event_occurrences', 'id'),
}
# (FTS5 table, kind, ((fts column, base column or None), ...)): where each kind's rows go.
PER_KIND = [
    ('search_actor_fts', 'actor', (('name', 'name'),)),
    ('search_document_fts', 'document', (('name', 'name'), ('title', 'title'))),
    ('search_text_fts', 'document', (('body', 'text'),)),
    ('search_event_fts', 'event', (('body', 'evidence'),)),
    ('search_occurrence_fts', 'occurrence', (('body', 'evidence'),)),
]
# Migration 0014's single table (name, title, body) for every kind, for the downgrade.
_SHARED_COLUMNS = {'actor': ('name', None, None), 'document': ('name', 'title', 'text'),
                   'event': (None, None, 'evidence'), 'occurrence': (None, None, 'evidence')}
SHARED = [('search_fts', kind, tuple(zip(('name', 'title', 'body'), base)))
          for kind, base in _SHARED_COLUMNS.items()]


def _layout(layout: list) -> dict:
    """kind -> [(fts table, columns)]: the FTS tables a kind's rows go to."""
    out: dict = {kind: [] for kind in BASE}
    for fts, kind, columns in layout:
        out[kind].append((fts, columns))
    return out


def _tables(layout: list) -> dict:
    """fts table -> its column names (a shared table listed once)."""
    return {fts: [c for c, _ in columns] for fts, _, columns in layout}


def _values(row: str, columns) -> str:
    return ", ".join(f"{row}.{base}" if base else "NULL" for _, base in columns)


def _drop_triggers() -> None:
    for table, _ in BASE.values():
        for what in ('insert', 'delete', 'update'):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{what}")


def _build(layout: list) -> None:
    """Create the FTS5 tables, fill them from search_keys in rowid order, and create the triggers."""
    for fts, names in _tables(layout).items():
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(names)}, content='', tokenize='trigram')")
    for fts, kind, columns in layout:
        table, key = BASE[kind]
        names = ", ".join(c for c, _ in columns)
        # In rowid order, as FTS5 appends fastest: a scan of search_keys (``+kind``: not through its
        # (kind, ref) index, which would sort every row -- texts included -- in a temporary b-tree).
        op.execute(f"INSERT INTO {fts} (rowid, {names}) SELECT k.id, {_values('x', columns)} "
                   f"FROM search_keys k JOIN {table} x ON x.{key} = k.ref WHERE +k.kind = '{kind}' ORDER BY k.id")
    for kind, targets in _layout(layout).items():
        table, key = BASE[kind]
        row_of = f"(SELECT id FROM search_keys WHERE kind = '{kind}' AND ref = {{r}}.{key})"
        add = f"INSERT INTO search_keys (kind, ref) VALUES ('{kind}', NEW.{key}); " + " ".join(
            f"INSERT INTO {fts} (rowid, {', '.join(c for c, _ in cols)}) "
            f"VALUES ({row_of.format(r='NEW')}, {_values('NEW', cols)});" for fts, cols in targets)
        # A contentless FTS5 row is removed by giving back the values it was indexed with.
        remove = " ".join(
            f"INSERT INTO {fts} ({fts}, rowid, {', '.join(c for c, _ in cols)}) "
            f"VALUES ('delete', {row_of.format(r='OLD')}, {_values('OLD', cols)});" for fts, cols in targets
        ) + f" DELETE FROM search_keys WHERE kind = '{kind}' AND ref = OLD.{key};"
        watched = [key] + sorted({base for _, cols in targets for _, base in cols if base})
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
        op.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {remove} END")
        op.execute(f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {', '.join(watched)} ON {table} "
                   f"WHEN {changed} BEGIN {remove} {add} END")


def _rebuild(old: list, new: list) -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    if not bind.exec_driver_sql(f"SELECT 1 FROM sqlite_master WHERE name = '{old[0][0]}'").first():
        return      # a store without 0014's index (SQLite without FTS5): search stays unindexed
    _drop_triggers()
    for fts in _tables(old):
        op.execute(f"DROP TABLE {fts}")     # first: its pages are free for the new tables
    # FTS5 merges its segments through the page cache (see 0014): 1 GB while it builds.
    cache = bind.exec_driver_sql("PRAGMA cache_size").scalar()
    bind.exec_driver_sql("PRAGMA cache_size = -1000000")
    try:
        _build(new)
    finally:
        bind.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")


def upgrade() -> None:
    _rebuild(SHARED, PER_KIND)


def downgrade() -> None:
    _rebuild(PER_KIND, SHARED)
