"""corrections: one table for every analyst correction (the merges and splits move into it)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 04:30:00

Issue 12 (analyst review): rejections, confirmations, retypes, aliases, added facts, merges and
splits all live in ``corrections``. Each recorded merge/split row becomes a correction of kind
``merge_actors`` / ``split_alias`` (same order, author "local"); the ``merges`` table goes, so a
correction lives in one place only. Downgrade moves the live merges and splits back.
"""
import hashlib
import json
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def _id(*parts) -> str:
    return "cr_" + hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:24]


def upgrade() -> None:
    op.create_table(
        'corrections',
        sa.Column('id', sa.String(length=200), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('fact_kind', sa.String(length=20), nullable=True),
        sa.Column('document_id', sa.String(length=200), nullable=True),
        sa.Column('target_id', sa.Text(), nullable=True),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('start', sa.Integer(), nullable=True),
        sa.Column('end', sa.Integer(), nullable=True),
        sa.Column('evidence', sa.Text(), nullable=True),
        sa.Column('author', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_corrections')),
    )
    for column in ('position', 'kind', 'document_id', 'target_id'):
        op.create_index(op.f(f'ix_corrections_{column}'), 'corrections', [column], unique=False)
    conn = op.get_bind()
    merges = sa.table('merges', sa.column('id', sa.Integer), sa.column('kind', sa.String), sa.column('from_ref', sa.Text),
                      sa.column('into_ref', sa.Text), sa.column('alias', sa.Text),
                      sa.column('created_at', sa.DateTime(timezone=True)))
    corrections = sa.table('corrections', *(sa.column(c) for c in (
        'id', 'position', 'kind', 'fact_kind', 'target_id', 'author', 'created_at')),
        sa.column('payload', sa.JSON))
    rows = []
    for r in conn.execute(sa.select(merges).order_by(merges.c.id)):
        if r.kind == "merge":
            kind, payload = "merge_actors", {"from_actor_id": r.from_ref, "into_actor_id": r.into_ref}
        else:
            kind, payload = "split_alias", {"actor_id": r.from_ref, "alias": r.alias, "new_actor_id": r.into_ref}
        rows.append({"id": _id(kind, r.id, payload), "position": r.id, "kind": kind, "fact_kind": "actor",
                     "target_id": r.from_ref, "payload": payload, "author": "local", "created_at": r.created_at})
    if rows:
        op.bulk_insert(corrections, rows)
    op.drop_table('merges')


def downgrade() -> None:
    op.create_table(
        'merges',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('from_ref', sa.Text(), nullable=False),
        sa.Column('into_ref', sa.Text(), nullable=False),
        sa.Column('alias', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_merges')),
    )
    conn = op.get_bind()
    c = sa.table('corrections', sa.column('kind'), sa.column('payload', sa.JSON), sa.column('position'),
                 sa.column('created_at'), sa.column('undone_at'))
    merges = sa.table('merges', sa.column('kind'), sa.column('from_ref'), sa.column('into_ref'), sa.column('alias'),
                      sa.column('created_at'))
    rows = []
    for r in conn.execute(sa.select(c).where(c.c.kind.in_(["merge_actors", "split_alias"]), c.c.undone_at.is_(None))
                          .order_by(c.c.position)):
        p = r.payload if isinstance(r.payload, dict) else json.loads(r.payload)
        if r.kind == "merge_actors":
            rows.append({"kind": "merge", "from_ref": p["from_actor_id"], "into_ref": p["into_actor_id"], "alias": None,
                         "created_at": r.created_at or datetime.now(timezone.utc)})
        else:
            rows.append({"kind": "split", "from_ref": p["actor_id"], "into_ref": p["new_actor_id"], "alias": p["alias"],
                         "created_at": r.created_at or datetime.now(timezone.utc)})
    if rows:
        op.bulk_insert(merges, rows)
    for column in ('position', 'kind', 'document_id', 'target_id'):
        op.drop_index(op.f(f'ix_corrections_{column}'), table_name='corrections')
    op.drop_table('corrections')
