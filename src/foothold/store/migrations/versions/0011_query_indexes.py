"""query indexes: the orders the lists page by, and the keys the aggregates read

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 01:20:00

Indexes only (no data changes): keyset pages of events (date as written, undated last,
then id) and documents (date, then id); event dates for windows and the timeline
counts; event locations for the map; an actor's events, mentions and relations in
the order a bounded profile reads them; alerts newest first.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# name -> (table, columns or SQL expressions)
INDEXES = {
    'ix_events_date_order': ('events', [sa.text("coalesce(date, '~')"), 'id']),
    'ix_events_date_type': ('events', ['date', 'type']),
    'ix_events_location_id': ('events', ['location_id']),
    'ix_documents_date_order': ('documents', [sa.text("coalesce(date, '')"), 'id']),
    'ix_event_actors_actor_event': ('event_actors', ['actor_id', 'event_id']),
    'ix_mentions_actor_document': ('mentions', ['actor_id', 'document_id', 'start']),
    'ix_relations_subject_id_id': ('relations', ['subject_id', 'id']),
    'ix_relations_object_id_id': ('relations', ['object_id', 'id']),
    'ix_aliases_actor_alias': ('aliases', ['actor_id', 'alias']),
    'ix_alerts_fired_at_id': ('alerts', ['fired_at', 'id']),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in reversed(list(INDEXES.items())):
        op.drop_index(name, table_name=table)
