"""counts kept at write time: actor_counts and tie_counts (derived; store/counts.py keeps them)

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-04 04:40:00

Derived tables only: per actor its mentions, documents, events, relations, events located
there and its degree/weight in the network; per tie (source, target, event type or
predicate) its count and score. One index: aliases (actor, alias, document, reason) for the profile. Filled here from the facts (counts.rebuild), so a
migrated store answers at once; the downgrade drops them.
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    actor_fk = dict(ondelete='CASCADE')
    op.create_table(
        'actor_counts',
        sa.Column('actor_id', sa.String(length=200), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False)
          for name in ('mentions', 'documents', 'events', 'relations', 'located', 'degree', 'weight')],
        sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_counts_actor_id_actors'), **actor_fk),
        sa.PrimaryKeyConstraint('actor_id', name=op.f('pk_actor_counts')),
    )
    op.create_table(
        'tie_counts',
        sa.Column('source_id', sa.String(length=200), nullable=False),
        sa.Column('target_id', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('label', sa.String(length=40), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['actors.id'], name=op.f('fk_tie_counts_source_id_actors'), **actor_fk),
        sa.ForeignKeyConstraint(['target_id'], ['actors.id'], name=op.f('fk_tie_counts_target_id_actors'), **actor_fk),
        sa.PrimaryKeyConstraint('source_id', 'target_id', 'kind', 'label', name=op.f('pk_tie_counts')),
    )
    op.create_index(op.f('ix_tie_counts_target_id'), 'tie_counts', ['target_id'])
    op.create_index('ix_actor_counts_degree', 'actor_counts', ['degree', 'actor_id'])
    op.create_index('ix_actor_counts_weight', 'actor_counts', ['weight', 'actor_id'])
    op.create_index('ix_actor_counts_mentions', 'actor_counts', [sa.text('mentions DESC'), 'actor_id'])
    # A profile counts an actor's forms and lists each form's first documents from this index alone
    # (a country's forms fill hundreds of thousands of rows).
    op.create_index('ix_aliases_actor_alias_document', 'aliases', ['actor_id', 'alias', 'document_id', 'reason'])
    from foothold.store.counts import rebuild
    rebuild(op.get_bind(), forms=False)      # form_counts come with 0014


def downgrade() -> None:
    op.drop_index('ix_aliases_actor_alias_document', table_name='aliases')
    for name in ('ix_actor_counts_mentions', 'ix_actor_counts_weight', 'ix_actor_counts_degree'):
        op.drop_index(name, table_name='actor_counts')
    op.drop_index(op.f('ix_tie_counts_target_id'), table_name='tie_counts')
    op.drop_table('tie_counts')
    op.drop_table('actor_counts')
