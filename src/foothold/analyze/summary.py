"""The store at a glance: what was read, who appears most, who is cited."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..store import queries, totals
from ..store import schema as t


def build_summary(conn: Connection, *, top: int = 10) -> dict:
    """Documents, actors by type, top actors by mentions, citations by outlet, events by type."""
    d = t.documents
    span = conn.execute(select(func.min(d.c.date), func.max(d.c.date))).one()
    # Actors and events per type: kept totals (migration 0015), most first.
    by_type = dict(sorted(totals.by_prefix(conn, "actors:").items(), key=lambda kv: (-kv[1], kv[0])))
    events = dict(sorted(totals.by_prefix(conn, "events:").items(), key=lambda kv: (-kv[1], kv[0])))
    relations = dict(conn.execute(select(t.relations.c.predicate, func.count()).group_by(t.relations.c.predicate)
                                  .order_by(func.count().desc(), t.relations.c.predicate)).all())
    # Top actors and actors in several documents: the kept per-actor counts (migration 0013), not a
    # grouping of every mention (a million events: 22 s and 600 MB).
    a, ac = t.actors, t.actor_counts
    top_actors = [dict(r._mapping) for r in conn.execute(
        select(a.c.id, a.c.name, a.c.type, a.c.first_seen, a.c.last_seen, ac.c.mentions, ac.c.documents)
        .join(ac, ac.c.actor_id == a.c.id).order_by(ac.c.mentions.desc(), a.c.name).limit(top))]
    shared = conn.execute(select(func.count()).select_from(ac).where(ac.c.documents > 1)).scalar_one()
    return {
        "counts": queries.counts(conn),
        "date_span": {"first": span[0], "last": span[1]},
        "actors_by_type": by_type,
        "top_actors": top_actors,
        "actors_in_several_documents": shared,
        "citations_by_outlet": queries.sources(conn)[:top],
        "events_by_type": events,
        "relations_by_predicate": relations,
    }
