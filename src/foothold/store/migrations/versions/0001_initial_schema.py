"""initial schema: documents, actors and aliases, mentions, citations, relations, events, merges

Revision ID: 0001
Revises: 
Create Date: 2026-11-27 16:02:24.683851
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('first_seen', sa.String(length=10), nullable=True),
    sa.Column('last_seen', sa.String(length=10), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors'))
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_type'), ['type'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('path', sa.Text(), nullable=True),
    sa.Column('format', sa.String(length=20), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=10), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    op.create_table('merges',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('from_ref', sa.String(length=500), nullable=False),
    sa.Column('into_ref', sa.String(length=500), nullable=False),
    sa.Column('alias', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merges'))
    )
    op.create_table('aliases',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('alias', sa.String(length=500), nullable=False),
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.Column('skeleton', sa.String(length=500), nullable=False),
    sa.Column('surname', sa.String(length=200), nullable=False),
    sa.Column('document_id', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_aliases_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_aliases_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aliases'))
    )
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aliases_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_aliases_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_aliases_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_aliases_skeleton'), ['skeleton'], unique=False)
        batch_op.create_index(batch_op.f('ix_aliases_surname'), ['surname'], unique=False)

    op.create_table('citations',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('outlet', sa.String(length=500), nullable=False),
    sa.Column('outlet_actor_id', sa.String(length=200), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('precision', sa.String(length=10), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('extractor', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_citations_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outlet_actor_id'], ['actors.id'], name=op.f('fk_citations_outlet_actor_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citations'))
    )
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citations_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_citations_outlet_actor_id'), ['outlet_actor_id'], unique=False)

    op.create_table('document_extractors',
    sa.Column('document_id', sa.String(length=200), nullable=False),
    sa.Column('extractor', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_extractors_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', 'extractor', name=op.f('pk_document_extractors'))
    )
    with op.batch_alter_table('document_extractors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_extractors_document_id'), ['document_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('document_id', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('mode', sa.String(length=60), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('precision', sa.String(length=10), nullable=True),
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
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_events_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['location_id'], ['actors.id'], name=op.f('fk_events_location_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_type'), ['type'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=200), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=True),
    sa.Column('label', sa.String(length=40), nullable=True),
    sa.Column('extractor', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_mentions_actor_id_actors')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_mentions_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index('ix_mentions_document_actor', ['document_id', 'actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_document_id'), ['document_id'], unique=False)

    op.create_table('relations',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=200), nullable=False),
    sa.Column('subject_id', sa.String(length=200), nullable=False),
    sa.Column('predicate', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('time', sa.String(length=100), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('extractor', sa.String(length=100), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_relations_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['object_id'], ['actors.id'], name=op.f('fk_relations_object_id_actors')),
    sa.ForeignKeyConstraint(['subject_id'], ['actors.id'], name=op.f('fk_relations_subject_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relations'))
    )
    with op.batch_alter_table('relations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relations_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relations_object_id'), ['object_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relations_subject_id'), ['subject_id'], unique=False)

    op.create_table('event_actors',
    sa.Column('event_id', sa.String(length=200), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_event_actors_actor_id_actors')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_actors_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'actor_id', 'role', name=op.f('pk_event_actors'))
    )
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_actors_actor_id'), ['actor_id'], unique=False)

    op.create_table('event_citations',
    sa.Column('event_id', sa.String(length=200), nullable=False),
    sa.Column('citation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['citation_id'], ['citations.id'], name=op.f('fk_event_citations_citation_id_citations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_citations_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'citation_id', name=op.f('pk_event_citations'))
    )


def downgrade() -> None:
    op.drop_table('event_citations')
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_actors_actor_id'))

    op.drop_table('event_actors')
    with op.batch_alter_table('relations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relations_subject_id'))
        batch_op.drop_index(batch_op.f('ix_relations_object_id'))
        batch_op.drop_index(batch_op.f('ix_relations_document_id'))

    op.drop_table('relations')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_document_id'))
        batch_op.drop_index('ix_mentions_document_actor')
        batch_op.drop_index(batch_op.f('ix_mentions_actor_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_type'))
        batch_op.drop_index(batch_op.f('ix_events_document_id'))

    op.drop_table('events')
    with op.batch_alter_table('document_extractors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_extractors_document_id'))

    op.drop_table('document_extractors')
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citations_outlet_actor_id'))
        batch_op.drop_index(batch_op.f('ix_citations_document_id'))

    op.drop_table('citations')
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aliases_surname'))
        batch_op.drop_index(batch_op.f('ix_aliases_skeleton'))
        batch_op.drop_index(batch_op.f('ix_aliases_key'))
        batch_op.drop_index(batch_op.f('ix_aliases_document_id'))
        batch_op.drop_index(batch_op.f('ix_aliases_actor_id'))

    op.drop_table('aliases')
    op.drop_table('merges')
    op.drop_table('documents')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_type'))

    op.drop_table('actors')
