"""Event rows for the workbench: listing, paging in date order, counting, and one event's detail."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Iterable

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.engine import Connection

from ...errors import UnknownRecordError
from .. import paging
from ..schema import (actor_counts, actors, citations, documents, event_actors, event_citations, event_dates,
                      event_occurrences, events, occurrence_citations)
from .dates import range_in_window, date_range
from .filters import EventFilter


def _qualifier_column():
    """The column keeping "early"/"late"/"summer" of a date, once the store has one."""
    for name in ("date_qualifier", "qualifier"):
        if name in events.c:
            return events.c[name]
    return None


def actor_names(conn: Connection, ids: Iterable[str]) -> dict[str, dict]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = conn.execute(select(actors.c.id, actors.c.name, actors.c.type).where(actors.c.id.in_(ids)))
    return {r.id: {"id": r.id, "name": r.name, "type": r.type} for r in rows}


def document_names(conn: Connection, ids: Iterable[str]) -> dict[str, dict]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = conn.execute(select(documents.c.id, documents.c.name, documents.c.title, documents.c.date)
                        .where(documents.c.id.in_(ids)))
    return {r.id: {"id": r.id, "name": r.name, "title": r.title, "date": r.date} for r in rows}


def event_rows(conn: Connection, where=None, order=True) -> list[dict]:
    """Events as dicts with participants, document, outlets and date range."""
    qualifier = _qualifier_column()
    cols = [events]
    query = select(*cols)
    if where is not None:
        query = query.where(where)
    rows = [dict(r._mapping) for r in conn.execute(query)]
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    parts: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"source": [], "target": []})
    for chunk in chunks(ids):
        for ea in conn.execute(select(event_actors).where(event_actors.c.event_id.in_(chunk))):
            parts[ea.event_id].setdefault(ea.role, []).append(ea.actor_id)
    outlets: dict[str, list[dict]] = defaultdict(list)
    for chunk in chunks(ids):
        q = (select(event_citations.c.event_id, citations.c.id, citations.c.outlet, citations.c.outlet_actor_id,
                    citations.c.date, citations.c.evidence)
             .join(citations, citations.c.id == event_citations.c.citation_id)
             .where(event_citations.c.event_id.in_(chunk)))
        for c in conn.execute(q):
            outlets[c.event_id].append({"id": c.id, "outlet": c.outlet, "outlet_actor": c.outlet_actor_id,
                                        "date": c.date, "evidence": c.evidence})
    told = _occurrences(conn, ids)
    names = actor_names(conn, [a for p in parts.values() for role in p.values() for a in role]
                         + [r["location_id"] for r in rows])
    docs = document_names(conn, [r["document_id"] for r in rows]
                           + [o["document_id"] for occ in told.values() for o in occ])
    result = []
    for r in rows:
        q = r.get(qualifier.name) if qualifier is not None else None
        rng = date_range(r["date"], r["precision"], q)
        p = parts.get(r["id"], {"source": [], "target": []})
        result.append({
            "id": r["id"], "type": r["type"], "mode": r["mode"], "quad": r["quad"], "sphere": r["sphere"],
            "channel": r.get("channel"), "channel_reason": r.get("channel_reason"),
            "date": r["date"], "precision": r["precision"], "qualifier": q,
            "date_start": rng[0] if rng else None, "date_end": rng[1] if rng else None,
            "source": [names.get(a, {"id": a, "name": a, "type": None}) for a in p.get("source", [])],
            "target": [names.get(a, {"id": a, "name": a, "type": None}) for a in p.get("target", [])],
            "location": names.get(r["location_id"]) if r["location_id"] else None,
            "evidence": r["evidence"], "start": r["start"], "end": r["end"], "extractor": r["extractor"],
            "document": docs.get(r["document_id"], {"id": r["document_id"]}),
            "citations": outlets.get(r["id"], []),
            "trigger": r["trigger"], "attributed_to": r["attributed_to"] or [],
            "confidence": r["confidence"], "negated": r["negated"], "hypothetical": r["hypothetical"],
            "occurrences": [{**o, "document": docs.get(o["document_id"], {"id": o["document_id"]})}
                            for o in told.get(r["id"], [])],
            "documents": list({o["document_id"]: docs.get(o["document_id"], {"id": o["document_id"]})
                               for o in told.get(r["id"], [])}.values()),
        })
    if order:
        result.sort(key=lambda e: (e["date_start"] or "9999", e["document"].get("name") or "", e["start"] or 0))
    return result


def _occurrences(conn: Connection, ids: list[str]) -> dict[str, list[dict]]:
    """Event id -> each telling of it (document, evidence span, extractor, citation ids, why it was linked)."""
    o, oc = event_occurrences, occurrence_citations
    told: dict[str, list[dict]] = defaultdict(list)
    for chunk in chunks(ids):
        cites: dict[str, list[int]] = defaultdict(list)
        for c in conn.execute(select(oc.c.occurrence_id, oc.c.citation_id)
                              .join(o, o.c.id == oc.c.occurrence_id).where(o.c.event_id.in_(chunk))):
            cites[c.occurrence_id].append(c.citation_id)
        for r in conn.execute(select(o.c.id, o.c.event_id, o.c.document_id, o.c.evidence, o.c.start, o.c.end,
                                     o.c.extractor, o.c.trigger, o.c.date, o.c.precision, o.c.confidence,
                                     o.c.reason).where(o.c.event_id.in_(chunk))
                              .order_by(o.c.document_id, o.c.start, o.c.id)):
            told[r.event_id].append({"id": r.id, "document_id": r.document_id, "evidence": r.evidence,
                                     "start": r.start, "end": r.end, "extractor": r.extractor,
                                     "trigger": r.trigger, "date": r.date, "precision": r.precision,
                                     "confidence": r.confidence, "reason": r.reason,
                                     "citations": sorted(cites.get(r.id, []))})
    return told


def chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def events_matching(conn: Connection, flt: EventFilter | None = None) -> list[dict]:
    """Every event the filter keeps, whole (small stores, the arena); lists page with ``events_page``."""
    flt = flt or EventFilter()
    rows = event_rows(conn, conditions(flt))
    if flt.has_window():
        rows = [e for e in rows if range_in_window((e["date_start"], e["date_end"]) if e["date_start"] else None,
                                             flt.start, flt.end)]
    return rows


# Events come in the order of their date as written ('2020' < '2020-06' < '2020-06-17'), undated
# last, then by id: the index ix_events_date_order (migration 0011) holds exactly this key.
EVENT_ORDER = func.coalesce(events.c.date, literal_column("'~'"))


def in_window(start: str | None, end: str | None, e=events):
    """SQL: the event's date range (as ``date_range`` gives it) overlaps the ISO days [start, end].

    A range on ``events.date`` (index ix_events_date) keeps the candidates -- days and months
    from the start's month to the end, and the years in between -- then the exact test runs
    on those: a qualified date ("early June", "summer 2020") by its days, others by precision.
    """
    if not start and not end:
        return None
    from ...export.select import days_overlap, overlaps, qualified_days
    date = e.c.date
    if start and end:
        years = [f"{y:04d}" for y in range(int(start[:4]), int(end[:4]) + 1)]
        candidates = (or_(and_(date >= start[:7], date <= end), date.in_(years)) if len(years) <= 50
                      else and_(date >= start[:4], date <= end))
    elif start:
        candidates = date >= start[:4]
    else:
        candidates = date <= end
    first, last = qualified_days(date, e.c.date_qualifier)
    exact = or_(and_(first.is_not(None), days_overlap(first, last, start, end)),
                and_(first.is_(None), overlaps(date, start, end)))
    return and_(candidates, exact)


def conditions(flt: EventFilter, extra=None):
    parts = [c for c in (flt.where(), in_window(flt.start, flt.end), extra) if c is not None]
    return and_(*parts) if parts else None


DENSE_EVENTS = 2000    # an actor in this many events: its page walks the event order instead of sorting them all


def events_page(conn: Connection, flt: EventFilter | None = None, *, cursor: str | None = None,
                limit: int = paging.DEFAULT_LIMIT, where=None) -> dict:
    """One page of the events the filter keeps (``paging.page`` shape), in date order."""
    return render_pages(conn, [page_keys(conn, flt, cursor=cursor, limit=limit, where=where)])[0]


def page_keys(conn: Connection, flt: EventFilter | None = None, *, cursor: str | None = None,
               limit: int = paging.DEFAULT_LIMIT, where=None,
               dense: bool | None = None) -> tuple[list, int, str | None]:
    """(rows, limit, cursor) of one events page, its events not yet read (``render_pages`` reads them).
    ``dense``: whether the actor takes part in DENSE_EVENTS events, when the caller knows (else read)."""
    flt = flt or EventFilter()
    if flt.actor and not flt.dense:
        if dense is None:
            kept = conn.execute(select(actor_counts.c.events).where(actor_counts.c.actor_id == flt.actor)).scalar()
            dense = (kept or 0) >= DENSE_EVENTS
        if dense:
            flt = replace(flt, dense=True)
    q = select(EVENT_ORDER.label("k"), events.c.id)
    cond = conditions(flt, where)
    if cond is not None:
        q = q.where(cond)
    return conn.execute(paging.keyset(q, [EVENT_ORDER, events.c.id], cursor, limit)).all(), limit, cursor


def render_pages(conn: Connection, pages: list[tuple[list, int, str | None]]) -> list[dict]:
    """The ``paging.page`` answers of several ``page_keys``, their events read together (one set of queries)."""
    ids = list(dict.fromkeys(r.id for rows, limit, _ in pages for r in rows[:limit]))
    full = {e["id"]: e for e in event_rows(conn, events.c.id.in_(ids), order=False)} if ids else {}
    return [paging.page(rows, limit, cursor, key=lambda r: (r.k, r.id), render=lambda r: dict(full[r.id]))
            for rows, limit, cursor in pages]


def dated_only(flt: EventFilter, where=None, kept: bool = True) -> bool:
    """Whether the filter narrows by dates, type and sphere alone: event_dates (migration 0015) answers."""
    return kept and where is None and not flt.document and not flt.actor


def dates_where(flt: EventFilter):
    """SQL on event_dates for a ``dated_only`` filter (dated rows are date != '')."""
    ed = event_dates
    parts = [c for c in (ed.c.type == flt.type if flt.type else None, ed.c.sphere == flt.sphere if flt.sphere else None,
                         in_window(flt.start, flt.end, e=ed)) if c is not None]
    if flt.has_window():
        parts.append(ed.c.date != "")
    return and_(*parts) if parts else None


def count_events(conn: Connection, flt: EventFilter | None = None, where=None, kept: bool = True) -> int:
    """Events the filter (and ``where``) keeps; narrowed by dates, type and sphere alone, the kept
    event_dates rows answer (``kept=False``: counted over the events)."""
    flt = flt or EventFilter()
    if dated_only(flt, where, kept):
        cond = dates_where(flt)
        if cond is None:
            from ..totals import events_total
            return events_total(conn)
        q = select(func.coalesce(func.sum(event_dates.c.n), 0))
        return int(conn.execute(q if cond is None else q.where(cond)).scalar_one())
    q = select(func.count()).select_from(events)
    cond = conditions(flt, where)
    return conn.execute(q if cond is None else q.where(cond)).scalar_one()


def event_detail(conn: Connection, event_id: str) -> dict:
    """One event with every telling of it in context (an occurrence id finds its event too)."""
    # The event's id, else an occurrence's: two primary-key lookups (an OR of them scans on PostgreSQL).
    rows = event_rows(conn, events.c.id == event_id)
    if not rows:
        rows = event_rows(conn, events.c.id.in_(
            select(event_occurrences.c.event_id).where(event_occurrences.c.id == event_id)))
    if not rows:
        raise UnknownRecordError(f"no event with id '{event_id}'", fix="Find events with GET /api/events.")
    ev = rows[0]
    texts: dict[str, str] = {}

    def text_of(doc_id: str) -> str:
        if doc_id not in texts:
            texts[doc_id] = conn.execute(select(documents.c.text).where(documents.c.id == doc_id)).scalar_one()
        return texts[doc_id]
    ev["context"] = context_around(text_of(ev["document"]["id"]), ev["start"], ev["end"])
    for o in ev["occurrences"]:
        o["context"] = context_around(text_of(o["document_id"]), o["start"], o["end"])
    return ev


def context_around(text: str, start: int | None, end: int | None, width: int = 220) -> dict | None:
    if start is None or end is None:
        return None
    before_start = max(0, start - width)
    return {"before": ("…" if before_start else "") + text[before_start:start],
            "span": text[start:end],
            "after": text[end:end + width] + ("…" if end + width < len(text) else "")}
