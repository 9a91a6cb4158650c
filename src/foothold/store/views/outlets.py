"""Sources: the outlets and documents behind the events."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import distinct, func, select
from sqlalchemy.engine import Connection

from .. import paging
from ..schema import citations, event_citations, events
from .listing import event_rows


OUTLET_LIMIT = 500         # outlets listed by the sources view (most events first; ``outlets_total`` counts all)


def sources(conn: Connection, limit: int = paging.DEFAULT_LIMIT, outlet_limit: int = OUTLET_LIMIT) -> dict:
    """Outlets cited, how many events rest on each, and the events that rest on one outlet only
    (the per-outlet counts are kept in outlet_counts; the first ``outlet_limit`` outlets, most events
    first; the first ``limit`` single-source events by id, ``single_source_total`` counts them all)."""
    from ..counts import outlet_key
    from ..schema import outlet_counts
    oc, c, ec = outlet_counts, citations, event_citations
    totals = conn.execute(select(func.count(), func.coalesce(func.sum(oc.c.sole_events), 0))).one()
    order = [oc.c.events.desc(), oc.c.citations.desc(), func.lower(oc.c.outlet), oc.c.key]
    outlets, outlet_of = [], {}
    for r in conn.execute(select(oc).order_by(*order).limit(outlet_limit)):
        outlets.append({"outlet": r.outlet, "actor": r.actor_id, "citations": r.citations, "documents": r.documents,
                        "events": r.events, "sole_events": r.sole_events, "first": r.first, "last": r.last})
    # The first single-source events by id: their links read in event order until ``limit`` are found.
    pairs = (select(ec.c.event_id, func.min(outlet_key()).label("k"))
             .join(c, c.c.id == ec.c.citation_id).group_by(ec.c.event_id)
             .having(func.count(distinct(outlet_key())) == 1).order_by(ec.c.event_id).limit(limit))
    first = {r.event_id: r.k for r in conn.execute(pairs)}
    if first:
        outlet_of = dict(conn.execute(select(oc.c.key, oc.c.outlet).where(oc.c.key.in_(set(first.values())))).all())
    single = event_rows(conn, events.c.id.in_(list(first))) if first else []
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for e in single:
        e["sole_outlet"] = outlet_of.get(first[e["id"]], first[e["id"]])
        by_outlet[e["sole_outlet"]].append(e)
    grouped = [{"outlet": o, "events": evs} for o, evs in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    events_cited = conn.execute(select(func.count()).select_from(select(ec.c.event_id).distinct().subquery())).scalar_one()
    from ..totals import events_total
    total_events = events_total(conn)          # kept (migration 0015)
    return {"outlets": outlets, "outlets_total": totals[0], "outlet_limit": outlet_limit,
            "single_source_events": single, "single_source_by_outlet": grouped,
            "single_source_total": totals[1], "limit": limit,
            "events_total": total_events, "events_cited": events_cited,
            "events_uncited": total_events - events_cited}
