"""Manual merges and splits: the user corrects identity, the store remembers.

``merge_actors`` folds one actor into another; ``split_alias`` moves a
surface form (its alias rows and mentions) out to an actor of its own. Both
are recorded as corrections (``store.corrections``) and replayed by ``store.writer`` when
documents are (re-)ingested, so corrections survive re-extraction; a split
undoes a merge and a merge undoes a split.
"""

from __future__ import annotations

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..errors import UnknownActorError
from ..resolve.names import normalise_name
from . import schema as t
from .corrections import LOCAL_AUTHOR, record
from .db import write_transaction
from .queries import find_actor
from .writer import ensure_actor, new_actor_id, remove_orphan_actors


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


def merge_actors(engine: Engine, ref_from: str, ref_into: str, *, author: str = LOCAL_AUTHOR) -> dict:
    """Merge actor ``ref_from`` into ``ref_into`` (ids, names or aliases); recorded as a correction."""
    from .review import recount
    with write_transaction(engine) as conn:
        done = merge_in(conn, ref_from, ref_into, author=author)
        if done["correction_id"]:
            recount(conn, done["correction_id"])
        return done


def merge_in(conn: Connection, ref_from: str, ref_into: str, *, author: str = LOCAL_AUTHOR) -> dict:
    old, new = find_actor(conn, ref_from), find_actor(conn, ref_into)
    if old == new:
        return {"merged": old, "into": new, "changed": False, "correction_id": None}
    a = t.actors
    row = conn.execute(select(a).where(a.c.id == old)).one()
    kept = conn.execute(select(a.c.first_seen, a.c.last_seen).where(a.c.id == new)).one()
    forms = sorted(set(conn.execute(select(t.aliases.c.alias).where(t.aliases.c.actor_id == old)).scalars()))
    refs = actor_refs(conn, old, new)
    fold(conn, old, new, f"manual merge of '{old}' into '{new}'")
    payload = {"from_actor_id": old, "into_actor_id": new,
               "from_actor": {"name": row.name, "type": row.type, "dictionary_id": row.dictionary_id,
                              "first_seen": row.first_seen, "last_seen": row.last_seen},
               "into_seen": [kept.first_seen, kept.last_seen], "forms": forms, "refs": refs}
    cid = record(conn, "merge_actors", payload=payload, author=author, fact_kind="actor", target_id=old)
    return {"merged": old, "into": new, "changed": True, "correction_id": cid}


# (table, column) pairs naming an actor on a row with an integer or text id
_REF_COLUMNS = (("aliases", "actor_id"), ("mentions", "actor_id"), ("relations", "subject_id"),
                ("relations", "object_id"), ("events", "location_id"), ("event_occurrences", "location_id"),
                ("citations", "outlet_actor_id"))
_ROLE_TABLES = (("event_actors", "event_id"), ("occurrence_actors", "occurrence_id"))


def actor_refs(conn: Connection, old: str, new: str) -> dict:
    """Which rows name actor ``old`` (so an undone merge can give them back), and the id high-water
    marks of aliases and mentions (rows above them came later, from a re-ingest)."""
    refs: dict = {}
    for table, column in _REF_COLUMNS:
        tab = t.metadata.tables[table]
        refs[f"{table}.{column}"] = list(conn.execute(select(tab.c.id).where(tab.c[column] == old)).scalars())
    for table, key in _ROLE_TABLES:
        tab = t.metadata.tables[table]
        theirs = {(r[0], r.role) for r in conn.execute(select(tab.c[key], tab.c.role).where(tab.c.actor_id == new))}
        refs[table] = [[r[0], r.role, (r[0], r.role) in theirs]
                       for r in conn.execute(select(tab.c[key], tab.c.role).where(tab.c.actor_id == old))]
    refs["high"] = {name: conn.execute(select(func.max(tab.c.id))).scalar() or 0
                    for name, tab in (("aliases", t.aliases), ("mentions", t.mentions))}
    return refs


def give_back(conn: Connection, refs: dict, into: str, old: str) -> None:
    """Undo of a merge: the rows ``actor_refs`` listed name ``old`` again (those still naming ``into``)."""
    for table, column in _REF_COLUMNS:
        tab = t.metadata.tables[table]
        ids = refs.get(f"{table}.{column}") or []
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            conn.execute(update(tab).where(tab.c.id.in_(chunk), tab.c[column] == into).values({column: old}))
    for table, key in _ROLE_TABLES:
        tab = t.metadata.tables[table]
        owner = t.events if table == "event_actors" else t.event_occurrences
        for ref, role, theirs in refs.get(table) or []:
            if not conn.execute(select(owner.c.id).where(owner.c.id == ref)).first():
                continue
            if not conn.execute(select(tab.c[key]).where(tab.c[key] == ref, tab.c.actor_id == old,
                                                         tab.c.role == role)).first():
                conn.execute(insert(tab).values({key: ref, "actor_id": old, "role": role}))
            if not theirs:
                conn.execute(delete(tab).where(tab.c[key] == ref, tab.c.actor_id == into, tab.c.role == role))


def fold(conn: Connection, old: str, new: str, reason: str) -> None:
    """Move everything of actor ``old`` to ``new`` and delete ``old`` (not recorded)."""
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
    conn.execute(delete(a).where(a.c.id == old))


def split_alias(engine: Engine, actor_ref: str, alias: str, *, author: str = LOCAL_AUTHOR) -> dict:
    """Move ``alias`` (its alias rows and mentions) out of an actor into a new one; recorded as a correction."""
    from .review import recount
    with write_transaction(engine) as conn:
        done = split_in(conn, actor_ref, alias, author=author)
        recount(conn, done["correction_id"])
        return done


def split_in(conn: Connection, actor_ref: str, alias: str, *, author: str = LOCAL_AUTHOR) -> dict:
    actor_id = find_actor(conn, actor_ref)
    key = normalise_name(alias)
    al = t.aliases
    rows = conn.execute(select(al.c.id, al.c.alias).where(al.c.actor_id == actor_id, al.c.key == key)).all()
    if not rows:
        raise UnknownActorError(f"actor '{actor_id}' has no alias '{alias}'",
                                fix=f"See its aliases with `foothold actor {actor_id}`.")
    actor_type = conn.execute(select(t.actors.c.type).where(t.actors.c.id == actor_id)).scalar_one()
    new_id = new_actor_id(conn, rows[0].alias, actor_type)
    ensure_actor(conn, new_id, rows[0].alias, actor_type)
    move_forms(conn, actor_id, new_id, {key}, f"manual split from '{actor_id}'")
    payload = {"actor_id": actor_id, "alias": alias, "new_actor_id": new_id}
    cid = record(conn, "split_alias", payload=payload, author=author, fact_kind="actor", target_id=actor_id)
    remove_orphan_actors(conn, [actor_id])
    return {"actor": actor_id, "alias": alias, "new_actor": new_id, "correction_id": cid}


def move_forms(conn: Connection, actor_id: str, new_id: str, keys: set[str], reason: str,
               above: dict | None = None) -> None:
    """Move the alias rows and mentions of ``actor_id`` whose name key is in ``keys`` to ``new_id``;
    where ``actor_id`` keeps no mention in a document, its facts there go too (they were the forms').
    ``above``: only alias and mention rows with ids above these (``actor_refs``' high-water marks)."""
    al, m = t.aliases, t.mentions
    above = above or {"aliases": 0, "mentions": 0}
    ids = [r.id for r in conn.execute(select(al.c.id, al.c.key).where(al.c.actor_id == actor_id,
                                                                      al.c.id > above["aliases"])) if r.key in keys]
    if ids:
        conn.execute(update(al).where(al.c.id.in_(ids)).values(actor_id=new_id, reason=reason))
    moved_docs = set()
    for r in conn.execute(select(m.c.id, m.c.text, m.c.document_id).where(m.c.actor_id == actor_id,
                                                                         m.c.id > above["mentions"])).all():
        if normalise_name(r.text) in keys:
            conn.execute(update(m).where(m.c.id == r.id).values(actor_id=new_id))
            moved_docs.add(r.document_id)
    for doc in moved_docs:
        left = conn.execute(select(func.count()).select_from(m).where(
            and_(m.c.document_id == doc, m.c.actor_id == actor_id))).scalar_one()
        if not left:
            _move_actor_refs(conn, actor_id, new_id, doc)
