"""recompute alias keys: skeletons keep vowel slots (Soleimani is not Salman)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 16:30:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

aliases = sa.table("aliases", sa.column("id", sa.Integer), sa.column("alias", sa.String),
                   sa.column("key", sa.String), sa.column("skeleton", sa.String), sa.column("surname", sa.String))


def upgrade() -> None:
    # A data migration: the lookup keys are derived from the alias text, so
    # recomputing them with the current key functions is always safe.
    from foothold.resolve.across import NameKeys
    conn = op.get_bind()
    for row in conn.execute(sa.select(aliases.c.id, aliases.c.alias)).all():
        keys = NameKeys.of(row.alias)
        conn.execute(aliases.update().where(aliases.c.id == row.id)
                     .values(key=keys.key, skeleton=keys.skeleton, surname=keys.surname))


def downgrade() -> None:
    pass    # keys are derived data; older code recomputes nothing and tolerates these
