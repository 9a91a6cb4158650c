"""alias consonant keys: organisation and place names looked up without vowels (Teheran / Tehran)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 16:31:52.117906
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consonants', sa.String(length=500), nullable=True))
        batch_op.create_index(batch_op.f('ix_aliases_consonants'), ['consonants'], unique=False)
    # Fill the new key for aliases already stored (derived from the alias text).
    from foothold.resolve.across import NameKeys
    aliases = sa.table("aliases", sa.column("id", sa.Integer), sa.column("alias", sa.String),
                       sa.column("consonants", sa.String))
    conn = op.get_bind()
    for row in conn.execute(sa.select(aliases.c.id, aliases.c.alias)).all():
        conn.execute(aliases.update().where(aliases.c.id == row.id)
                     .values(consonants=NameKeys.of(row.alias).consonants))


def downgrade() -> None:
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aliases_consonants'))
        batch_op.drop_column('consonants')
