"""telling location index: removing a document finds its orphaned actors without a scan

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 17:50:00

Index only (no data changes). A removal (a changed file, a re-ingest) deletes the actors only the
removed version named, after asking of each whether any row still refers to it; the tellings'
location was the one such question without an index: a scan of every telling per actor (3 of the
4.4 s of a re-ingest at a million events).
"""
from alembic import op


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_event_occurrences_location_id', 'event_occurrences', ['location_id'])


def downgrade() -> None:
    op.drop_index('ix_event_occurrences_location_id', table_name='event_occurrences')
