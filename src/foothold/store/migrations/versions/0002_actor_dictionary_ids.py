"""actor dictionary ids: actors matched to an actor dictionary entry keep its id

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 16:13:33.043181
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dictionary_id', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_actors_dictionary_id'), ['dictionary_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_dictionary_id'))
        batch_op.drop_column('dictionary_id')
