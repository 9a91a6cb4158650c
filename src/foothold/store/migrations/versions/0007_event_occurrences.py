"""event occurrences: an event is the happening, each extracted telling of it an occurrence

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 17:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_COLUMNS = ('document_id', 'type', 'mode', 'date', 'precision', 'date_qualifier', 'location_id', 'quad', 'sphere',
            'evidence', '"start"', '"end"', 'extractor', 'trigger', 'attributed_to', 'confidence', 'negated',
            'hypothetical')


def upgrade() -> None:
    op.create_table(
        'event_occurrences',
        sa.Column('id', sa.String(length=200), nullable=False),
        sa.Column('event_id', sa.String(length=200), nullable=False),
        sa.Column('document_id', sa.String(length=200), nullable=False),
        sa.Column('position', sa.Integer(), nullable=True),
        sa.Column('type', sa.String(length=20), nullable=False),
        sa.Column('mode', sa.String(length=60), nullable=True),
        sa.Column('date', sa.String(length=10), nullable=True),
        sa.Column('precision', sa.String(length=10), nullable=True),
        sa.Column('date_qualifier', sa.String(length=20), nullable=True),
        sa.Column('location_id', sa.String(length=200), nullable=True),
        sa.Column('quad', sa.String(length=40), nullable=True),
        sa.Column('sphere', sa.String(length=40), nullable=True),
        sa.Column('evidence', sa.Text(), nullable=True),
        sa.Column('start', sa.Integer(), nullable=True),
        sa.Column('end', sa.Integer(), nullable=True),
        sa.Column('extractor', sa.String(length=100), nullable=False),
        sa.Column('trigger', sa.Text(), nullable=True),
        sa.Column('attributed_to', sa.JSON(), nullable=True),
        sa.Column('confidence', sa.Float(), nullable=True),
        sa.Column('negated', sa.Boolean(), nullable=False),
        sa.Column('hypothetical', sa.Boolean(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_event_occurrences_document_id_documents'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_occurrences_event_id_events'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['location_id'], ['actors.id'], name=op.f('fk_event_occurrences_location_id_actors')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_event_occurrences')),
    )
    op.create_index(op.f('ix_event_occurrences_document_id'), 'event_occurrences', ['document_id'], unique=False)
    op.create_index(op.f('ix_event_occurrences_event_id'), 'event_occurrences', ['event_id'], unique=False)
    op.create_table(
        'occurrence_actors',
        sa.Column('occurrence_id', sa.String(length=200), nullable=False),
        sa.Column('actor_id', sa.String(length=200), nullable=False),
        sa.Column('role', sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_occurrence_actors_actor_id_actors')),
        sa.ForeignKeyConstraint(['occurrence_id'], ['event_occurrences.id'], name=op.f('fk_occurrence_actors_occurrence_id_event_occurrences'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('occurrence_id', 'actor_id', 'role', name=op.f('pk_occurrence_actors')),
    )
    op.create_index(op.f('ix_occurrence_actors_actor_id'), 'occurrence_actors', ['actor_id'], unique=False)
    op.create_table(
        'occurrence_citations',
        sa.Column('occurrence_id', sa.String(length=200), nullable=False),
        sa.Column('citation_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['citation_id'], ['citations.id'], name=op.f('fk_occurrence_citations_citation_id_citations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['occurrence_id'], ['event_occurrences.id'], name=op.f('fk_occurrence_citations_occurrence_id_event_occurrences'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('occurrence_id', 'citation_id', name=op.f('pk_occurrence_citations')),
    )
    # Events stored before were never coalesced: each becomes its own single occurrence
    # (same id, so links to it keep working). Re-ingest with --force to link retellings.
    cols = ', '.join(_COLUMNS)
    op.execute(f"INSERT INTO event_occurrences (id, event_id, reason, {cols}) "
               f"SELECT id, id, 'stored before occurrences were kept', {cols} FROM events")
    op.execute("INSERT INTO occurrence_actors (occurrence_id, actor_id, role) "
               "SELECT event_id, actor_id, role FROM event_actors")
    op.execute("INSERT INTO occurrence_citations (occurrence_id, citation_id) "
               "SELECT event_id, citation_id FROM event_citations")


def downgrade() -> None:
    op.drop_table('occurrence_citations')
    op.drop_index(op.f('ix_occurrence_actors_actor_id'), table_name='occurrence_actors')
    op.drop_table('occurrence_actors')
    op.drop_index(op.f('ix_event_occurrences_event_id'), table_name='event_occurrences')
    op.drop_index(op.f('ix_event_occurrences_document_id'), table_name='event_occurrences')
    op.drop_table('event_occurrences')
