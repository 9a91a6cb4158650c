"""The record of analyst corrections (the ``corrections`` table): write one, read them, page them.

A correction is ``{id, kind, document_id, target_id, payload, evidence, author, created_at,
undone_at, created_fact_id}``. ``store.review`` makes and undoes them; ``store.rules`` replays
the merges and splits; the writer re-applies the rest when a document is stored again.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from ..errors import UnknownFactError
from . import paging
from . import schema as t

REVIEW_EXTRACTOR = "foothold.review.v1"     # provenance of facts an analyst added
FACT_KINDS = ("mention", "event", "relation", "citation")
REJECT_KINDS = {f"reject_{k}": k for k in FACT_KINDS}
ACTOR_KINDS = ("retype_actor", "add_alias", "merge_actors", "split_alias")
ADD_KINDS = {"add_event": "event", "add_relation": "relation"}
KINDS = (*REJECT_KINDS, "confirm", *ACTOR_KINDS, *ADD_KINDS)
LOCAL_AUTHOR = "local"


def record(conn: Connection, kind: str, *, payload: dict, author: str = LOCAL_AUTHOR, fact_kind: str | None = None,
           document_id: str | None = None, target_id: str | int | None = None, start: int | None = None,
           end: int | None = None, evidence: str | None = None) -> str:
    """Insert one correction (the next position); returns its id."""
    now = datetime.now(timezone.utc)
    position = (conn.execute(select(func.max(t.corrections.c.position))).scalar() or 0) + 1
    target = None if target_id is None else str(target_id)
    key = json.dumps([kind, document_id, target, payload, now.isoformat(), position], sort_keys=True, default=str)
    cid = "cr_" + hashlib.sha256(key.encode()).hexdigest()[:24]
    conn.execute(insert(t.corrections).values(
        id=cid, position=position, kind=kind, fact_kind=fact_kind, document_id=document_id, target_id=target,
        payload=payload, start=start, end=end, evidence=evidence, author=author or LOCAL_AUTHOR, created_at=now))
    return cid


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()   # SQLite drops the zone


def to_dict(row) -> dict:
    """The API's Correction shape."""
    payload = dict(row.payload or {})
    evidence = None
    if row.start is not None and row.document_id:
        evidence = {"document_id": row.document_id, "start": row.start, "end": row.end, "text": row.evidence}
    created = payload.get("created_fact_id")
    return {"id": row.id, "kind": row.kind, "fact_kind": row.fact_kind, "document_id": row.document_id,
            "target_id": row.target_id, "payload": payload, "evidence": evidence, "author": row.author,
            "created_at": _iso(row.created_at), "undone_at": _iso(row.undone_at),
            "created_fact_id": None if created is None else str(created), "position": row.position}


PREFIX_MIN = 8          # shortest id prefix taken for a hashed id


def by_prefix(conn: Connection, table, ident, what: str):
    """The row whose text id starts with ``ident`` (8+ characters), as git takes a commit's prefix:
    long hashed ids get cut when copied from a narrow table. None when nothing matches."""
    if not isinstance(ident, str) or len(ident) < PREFIX_MIN:
        return None
    rows = conn.execute(select(table).where(table.c.id.startswith(ident, autoescape=True)).limit(2)).all()
    if len(rows) == 2:
        raise UnknownFactError(f"more than one {what} id starts with '{ident[:80]}'", fix="Give more characters of the id.")
    return rows[0] if rows else None


def get_row(conn: Connection, correction_id: str):
    row = conn.execute(select(t.corrections).where(t.corrections.c.id == correction_id)).first()
    if row is None:
        row = by_prefix(conn, t.corrections, correction_id, "correction")
    if row is None:
        raise UnknownFactError(f"no correction with id '{correction_id[:80]}'",
                               fix="List them with `foothold review list` (or GET /api/corrections).")
    return row


def get(conn: Connection, correction_id: str) -> dict:
    return to_dict(get_row(conn, correction_id))


def live(conn: Connection, kinds=None) -> list:
    """Corrections not undone, in the order they were made."""
    c = t.corrections
    q = select(c).where(c.c.undone_at.is_(None)).order_by(c.c.position)
    if kinds is not None:
        q = q.where(c.c.kind.in_(list(kinds)))
    return conn.execute(q).all()


def corrections_page(conn: Connection, *, document_id: str | None = None, kind: str | None = None,
                     include_undone: bool = True, cursor: str | None = None, limit: int | None = None) -> dict:
    """The audit: corrections newest first (a page)."""
    c = t.corrections
    limit = paging.check_limit(limit)
    q = select(c)
    if document_id:
        q = q.where(c.c.document_id == document_id)
    if kind:
        q = q.where(c.c.kind == kind)
    if not include_undone:
        q = q.where(c.c.undone_at.is_(None))
    rows = conn.execute(paging.keyset(q, [c.c.position], cursor, limit, descending=[True])).all()
    return paging.page(rows, limit, cursor, key=lambda r: (r.position,), render=to_dict)


def reviewed(conn: Connection, fact_kind: str) -> dict[str, str]:
    """Fact id (as text) -> id of the live correction that reviewed it (confirmed, added, or re-typed actor)."""
    c = t.corrections
    rows = conn.execute(select(c.c.id, c.c.target_id, c.c.kind).where(
        c.c.undone_at.is_(None), c.c.fact_kind == fact_kind, c.c.target_id.is_not(None),
        c.c.kind.not_in(list(REJECT_KINDS))).order_by(c.c.position)).all()
    out: dict[str, str] = {}
    for r in rows:
        out[r.target_id] = r.id
    if fact_kind == "actor":     # a merge or split also reviews the actor kept / made
        for r in live(conn, ("merge_actors", "split_alias")):
            other = r.payload.get("into_actor_id") or r.payload.get("new_actor_id")
            if other:
                out[str(other)] = r.id
    return out
