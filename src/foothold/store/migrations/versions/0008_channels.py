"""channels of influence on events, occurrences and relations; recorded cuts of ties

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 09:40:00

Existing rows get their channel here, computed by foothold.analyze.channels
(the same pure function the writer calls), so a migrated store answers at once.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('events', 'event_occurrences', 'relations'):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('channel', sa.String(length=30), nullable=True))
            batch.add_column(sa.Column('channel_reason', sa.Text(), nullable=True))
    op.create_index(op.f('ix_events_channel'), 'events', ['channel'], unique=False)
    op.create_index(op.f('ix_relations_channel'), 'relations', ['channel'], unique=False)
    op.create_table(
        'cuts',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('from_ref', sa.String(length=200), nullable=False),
        sa.Column('to_ref', sa.String(length=200), nullable=False),
        sa.Column('predicate', sa.String(length=40), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_cuts')),
    )
    from foothold.analyze.channels import backfill
    backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table('cuts')
    op.drop_index(op.f('ix_relations_channel'), table_name='relations')
    op.drop_index(op.f('ix_events_channel'), table_name='events')
    # Plain ALTER TABLE ... DROP COLUMN: batch mode would recreate the tables, and dropping the old
    # event tables cascades (foreign keys are on) to every occurrence's actors and citations.
    for table in ('relations', 'event_occurrences', 'events'):
        op.drop_column(table, 'channel_reason')
        op.drop_column(table, 'channel')
