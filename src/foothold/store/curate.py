"""Manual merges and splits: the user corrects identity, the store remembers.

``merge_actors`` folds one actor into another; ``split_alias`` moves a
surface form (its alias rows and mentions) out to an actor of its own. Both
are recorded in the ``merges`` table and replayed by ``store.writer`` when
documents are (re-)ingested, so corrections survive re-extraction; a split
undoes a merge and a merge undoes a split.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..errors import UnknownActorError
from ..resolve.names import normalise_name
from . import counts
from . import schema as t
from .db import write_transaction
from .queries import find_actor
from .writer import ensure_actor, new_actor_id, remove_orphan_actors


def _record(conn: Connection, kind: str, from_ref: str, into_ref: str, alias: str | None = None) -> None:
    conn.execute(insert(t.merges).values(kind=kind, from_ref=from_ref, into_ref=into_ref, alias=alias,
                                         created_at=datetime.now(timezone.utc)))


def _move_actor_refs(conn: Connection, old: str, new: str, document_id: str | None = None) -> None:
    """Point relations, events and citations at ``new`` instead of ``old`` (in one document or all)."""
    def scoped(table):
        return table.c.document_id == document_id if document_id else True
    for table, column in ((t.relations, "subject_id"), (t.relations, "object_id"),
                          (t.events, "location_id"), (t.event_occurrences, "location_id"),
                          (t.citations, "outlet_actor_id")):
        col = table.c[column]
        conn.execute(update(table).where(col == old, scoped(table)).values({column: new}))
    # Events and their occurrences name their actors the same way: move both.
    for ea, key, owner in ((t.event_actors, "event_id", t.events),
                           (t.occurrence_actors, "occurrence_id", t.event_occurrences)):
        rows = conn.execute(select(ea.c[key], ea.c.role).join(owner, owner.c.id == ea.c[key])
                            .where(ea.c.actor_id == old, scoped(owner))).all()
        for r in rows:
            conn.execute(delete(ea).where(ea.c[key] == r[0], ea.c.actor_id == old, ea.c.role == r.role))
            if not conn.execute(select(ea.c[key]).where(ea.c[key] == r[0], ea.c.actor_id == new,
                                                         ea.c.role == r.role)).first():
                conn.execute(insert(ea).values({key: r[0], "actor_id": new, "role": r.role}))


def merge_actors(engine: Engine, ref_from: str, ref_into: str) -> dict:
    """Merge actor ``ref_from`` into ``ref_into`` (ids, names or aliases); recorded."""
    with write_transaction(engine) as conn:
        old, new = find_actor(conn, ref_from), find_actor(conn, ref_into)
        if old == new:
            return {"merged": old, "into": new, "changed": False}
        reason = f"manual merge of '{old}' into '{new}'"
        conn.execute(update(t.aliases).where(t.aliases.c.actor_id == old).values(actor_id=new, reason=reason))
        conn.execute(update(t.mentions).where(t.mentions.c.actor_id == old).values(actor_id=new))
        _move_actor_refs(conn, old, new)
        a = t.actors
        seen = conn.execute(select(a.c.first_seen, a.c.last_seen).where(a.c.id == old)).one()
        if seen.first_seen:
            conn.execute(update(a).where(a.c.id == new, (a.c.first_seen.is_(None)) | (a.c.first_seen > seen.first_seen))
                         .values(first_seen=seen.first_seen))
        if seen.last_seen:
            conn.execute(update(a).where(a.c.id == new, (a.c.last_seen.is_(None)) | (a.c.last_seen < seen.last_seen))
                         .values(last_seen=seen.last_seen))
        counts.refresh_actor(conn, old)         # kept counts: both actors and every tie they are on
        counts.refresh_actor(conn, new)
        conn.execute(delete(a).where(a.c.id == old))
        _record(conn, "merge", old, new)
        return {"merged": old, "into": new, "changed": True}


def split_alias(engine: Engine, actor_ref: str, alias: str) -> dict:
    """Move ``alias`` (its alias rows and mentions) out of an actor into a new one; recorded."""
    with write_transaction(engine) as conn:
        actor_id = find_actor(conn, actor_ref)
        key = normalise_name(alias)
        al, m = t.aliases, t.mentions
        rows = conn.execute(select(al.c.id, al.c.alias).where(al.c.actor_id == actor_id, al.c.key == key)).all()
        if not rows:
            raise UnknownActorError(f"actor '{actor_id}' has no alias '{alias}'",
                                    fix=f"See its aliases with `foothold actor {actor_id}`.")
        actor_type = conn.execute(select(t.actors.c.type).where(t.actors.c.id == actor_id)).scalar_one()
        new_id = new_actor_id(conn, rows[0].alias, actor_type)
        ensure_actor(conn, new_id, rows[0].alias, actor_type)
        conn.execute(update(al).where(al.c.id.in_([r.id for r in rows]))
                     .values(actor_id=new_id, reason=f"manual split from '{actor_id}'"))
        moved_docs = set()
        for r in conn.execute(select(m.c.id, m.c.text, m.c.document_id).where(m.c.actor_id == actor_id)).all():
            if normalise_name(r.text) == key:
                conn.execute(update(m).where(m.c.id == r.id).values(actor_id=new_id))
                moved_docs.add(r.document_id)
        # Where the old actor has no mention left in a document, its facts there were the alias's.
        for doc in moved_docs:
            left = conn.execute(select(func.count()).select_from(m).where(
                and_(m.c.document_id == doc, m.c.actor_id == actor_id))).scalar_one()
            if not left:
                _move_actor_refs(conn, actor_id, new_id, doc)
        _record(conn, "split", actor_id, new_id, alias)
        counts.refresh_actor(conn, actor_id)    # kept counts, before an emptied actor goes
        counts.refresh_actor(conn, new_id)
        remove_orphan_actors(conn)
        return {"actor": actor_id, "alias": alias, "new_actor": new_id}
