"""date qualifiers: "early"/"mid"/"late" of a month or the season of a year, on events and citations

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 17:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows stored before keep NULL: their qualifier was never recorded (re-ingest with --force to fill it).
    for table in ('events', 'citations'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('date_qualifier', sa.String(length=20), nullable=True))


def downgrade() -> None:
    for table in ('events', 'citations'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('date_qualifier')
