"""Search over actor names, aliases and document text."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from ..schema import actors, documents, event_occurrences, events, form_counts
from .listing import context_around, event_rows


def _actors_by_key_prefix(conn: Connection, key: str, limit: int, batch: int = 500) -> list[str]:
    """The first ``limit`` actors (in key order) with a form whose lookup key starts with ``key``: each
    actor's forms once (form_counts), read in key order through its index a batch at a time (a DISTINCT
    with a LIMIT lets PostgreSQL walk the actor order instead, filtering millions of rows)."""
    fc = form_counts
    found: dict[str, None] = {}
    after = None
    while len(found) < limit:
        q = select(fc.c.key, fc.c.actor_id).where(fc.c.key >= key, fc.c.key < key + "\uffff")
        if after is not None:
            q = q.where(or_(fc.c.key > after[0], and_(fc.c.key == after[0], fc.c.actor_id > after[1])))
        rows = conn.execute(q.order_by(fc.c.key, fc.c.actor_id).limit(batch)).all()
        for r in rows:
            found.setdefault(r.actor_id)
        if len(rows) < batch:
            break
        after = (rows[-1].key, rows[-1].actor_id)
    return list(found)[:limit]


def search(conn: Connection, q: str, limit: int = 50, text: bool = True) -> dict:
    """Actors whose name or any surface form starts with q (a prefix of the aliases' lookup keys,
    read through their index), then whose name contains it; documents (name, title and, with ``text``,
    their text) and events (evidence of any telling, with ``text``) containing q; at most ``limit``
    of each. "Contains" reads the text search index of migration 0014 (store/search.py)."""
    from ..search import containing
    q = (q or "").strip()
    if not q:
        return {"query": q, "actors": [], "documents": [], "events": []}
    from ...resolve.names import normalise_name
    key = normalise_name(q)
    found: list[str] = []
    if key:
        found = _actors_by_key_prefix(conn, key, limit)
    if len(found) < limit:
        # Then the id itself, and names containing q anywhere ("Amiri" in "Hadi al-Amiri").
        inside = list(conn.execute(select(actors.c.id).where(actors.c.id == q)).scalars())
        inside += containing(conn, "actor", q, ["name"], limit)
        found += [i for i in dict.fromkeys(inside) if i not in found][:limit - len(found)]
    actor_rows = conn.execute(select(actors.c.id, actors.c.name, actors.c.type).where(actors.c.id.in_(found))
                              .order_by(func.length(actors.c.name), actors.c.name, actors.c.id)).all() if found else []
    doc_ids = containing(conn, "document", q, ["name", "title", "body"] if text else ["name", "title"], limit)
    docs = []
    for d in conn.execute(select(documents.c.id, documents.c.name, documents.c.title, documents.c.text)
                          .where(documents.c.id.in_(doc_ids)).order_by(documents.c.name, documents.c.id)) if doc_ids else []:
        at = d.text.lower().find(q.lower())
        docs.append({"id": d.id, "name": d.name, "title": d.title,
                     "hits": d.text.lower().count(q.lower()),
                     "snippet": context_around(d.text, at, at + len(q), 80) if at >= 0 else None})
    evs: list[dict] = []
    if text:
        ids = containing(conn, "event", q, ["body"], limit)
        if len(ids) < limit:
            told = containing(conn, "occurrence", q, ["body"], limit)
            told_events = conn.execute(select(event_occurrences.c.event_id).where(
                event_occurrences.c.id.in_(told)).distinct()).scalars() if told else []
            ids += [i for i in told_events if i not in ids][:limit - len(ids)]
        evs = event_rows(conn, events.c.id.in_(ids)) if ids else []
    return {"query": q, "actors": [dict(r._mapping) for r in actor_rows], "documents": docs, "events": evs}
