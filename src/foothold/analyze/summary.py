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
    shared = [a for a in queries.list_actors(conn) if a["documents"] > 1]
    return {
        "counts": queries.counts(conn),
        "date_span": {"first": span[0], "last": span[1]},
        "actors_by_type": by_type,
        "top_actors": queries.list_actors(conn, top=top),
        "actors_in_several_documents": len(shared),
        "citations_by_outlet": queries.sources(conn)[:top],
        "events_by_type": events,
        "relations_by_predicate": relations,
    }
