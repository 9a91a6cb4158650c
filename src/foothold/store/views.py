"""Read queries the workbench needs: reader spans, actor profiles, network, timeline, places, sources, search.

Each function takes a Connection and returns plain dicts and lists (JSON-ready),
so the API, the HTML pages and the CLI can share them. Filtering by date window
happens in Python on the events' date *ranges*: an event dated "June 2020" is a
band from 1 June to 1 July and overlaps any window that touches it.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import and_, case, distinct, exists, func, literal_column, or_, select, text, union_all
from sqlalchemy.engine import Connection

from ..errors import UnknownActorError, UnknownRecordError
from ..ingest.document import is_url
from . import paging, queries
from .schema import (actor_counts, actors, aliases, citations, documents, event_actors, event_citations,
                     event_dates, event_occurrences, events, form_counts, mentions, occurrence_citations, relations,
                     tie_counts)

from .counts import QUAD_SCORE  # noqa: E402 (the network's edge score, kept in tie_counts too)

# Parts of a month that "early/mid/late June" stand for (start day, end day inclusive; None = month end).
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, None), "beginning": (1, 10), "end": (21, None)}
SEASONS = {"winter": (1, 1, 3), "spring": (3, 1, 6), "summer": (6, 1, 9), "autumn": (9, 1, 12), "fall": (9, 1, 12)}

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9(])|\n\s*\n")


# ---------------------------------------------------------------- dates

def date_range(iso: str | None, precision: str | None = None,
               qualifier: str | None = None) -> tuple[str, str] | None:
    """The days a date stands for as ISO ``(first, last)`` (inclusive), or None when undated.

    A day is one day, "early June 2020" the 1st-10th, a month all its days,
    a season its three months, a year all of it.
    """
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso.split("-")]
    except ValueError:
        return None
    year = parts[0]
    if len(parts) >= 3:
        day = date(year, parts[1], parts[2])
        return day.isoformat(), day.isoformat()
    if len(parts) == 2:
        month = parts[1]
        last = calendar.monthrange(year, month)[1]
        first_day, last_day = MONTH_PARTS.get((qualifier or "").lower(), (1, last))
        return date(year, month, first_day).isoformat(), date(year, month, last_day or last).isoformat()
    season = SEASONS.get((qualifier or "").lower())
    if season:
        start_month, _, end_month = season
        end = date(year, end_month, 1) - timedelta(days=1) if end_month > start_month else date(year, 12, 31)
        return date(year, start_month, 1).isoformat(), end.isoformat()
    return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()


def is_calendar_date(iso: str) -> bool:
    """'2020', '2020-06', '2020-06-17' that name real days; not '2020-02-30', '2020-13', '0000'."""
    try:
        return date_range(iso) is not None
    except ValueError:
        return False


def _overlaps(rng: tuple[str, str] | None, start: str | None, end: str | None) -> bool:
    if not start and not end:
        return True
    if rng is None:
        return False
    return (not start or rng[1] >= start) and (not end or rng[0] <= end)


# ---------------------------------------------------------------- filters

@dataclass
class EventFilter:
    """What the network and the timeline can be narrowed to."""
    start: str | None = None       # ISO day, inclusive
    end: str | None = None
    type: str | None = None        # PLOVER type
    sphere: str | None = None
    document: str | None = None    # document id
    actor: str | None = None       # source or target
    dense: bool = False            # the actor takes part in many events (``events_page`` sets it)

    def where(self):
        clauses = []
        if self.type:
            clauses.append(events.c.type == self.type)
        if self.sphere:
            clauses.append(events.c.sphere == self.sphere)
        if self.document:
            clauses.append(events.c.id.in_(told_in(self.document)))
        if self.actor and self.dense:
            # Walk the events in page order and keep the actor's: a few hundred probes for a page.
            clauses.append(exists().where(event_actors.c.event_id == events.c.id,
                                          event_actors.c.actor_id == self.actor))
        elif self.actor:
            clauses.append(events.c.id.in_(select(event_actors.c.event_id)
                                           .where(event_actors.c.actor_id == self.actor)))
        return and_(*clauses) if clauses else None

    def has_window(self) -> bool:
        return bool(self.start or self.end)


def told_in(document_id: str):
    """Ids of the events a document tells (any of their occurrences is in it)."""
    return select(event_occurrences.c.event_id).where(event_occurrences.c.document_id == document_id)


# ---------------------------------------------------------------- shared lookups

def _qualifier_column():
    """The column keeping "early"/"late"/"summer" of a date, once the store has one."""
    for name in ("date_qualifier", "qualifier"):
        if name in events.c:
            return events.c[name]
    return None


def _actor_names(conn: Connection, ids: Iterable[str]) -> dict[str, dict]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = conn.execute(select(actors.c.id, actors.c.name, actors.c.type).where(actors.c.id.in_(ids)))
    return {r.id: {"id": r.id, "name": r.name, "type": r.type} for r in rows}


def _document_names(conn: Connection, ids: Iterable[str]) -> dict[str, dict]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = conn.execute(select(documents.c.id, documents.c.name, documents.c.title, documents.c.date)
                        .where(documents.c.id.in_(ids)))
    return {r.id: {"id": r.id, "name": r.name, "title": r.title, "date": r.date} for r in rows}


def _event_rows(conn: Connection, where=None, order=True) -> list[dict]:
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
    for chunk in _chunks(ids):
        for ea in conn.execute(select(event_actors).where(event_actors.c.event_id.in_(chunk))):
            parts[ea.event_id].setdefault(ea.role, []).append(ea.actor_id)
    outlets: dict[str, list[dict]] = defaultdict(list)
    for chunk in _chunks(ids):
        q = (select(event_citations.c.event_id, citations.c.id, citations.c.outlet, citations.c.outlet_actor_id,
                    citations.c.date, citations.c.evidence)
             .join(citations, citations.c.id == event_citations.c.citation_id)
             .where(event_citations.c.event_id.in_(chunk)))
        for c in conn.execute(q):
            outlets[c.event_id].append({"id": c.id, "outlet": c.outlet, "outlet_actor": c.outlet_actor_id,
                                        "date": c.date, "evidence": c.evidence})
    told = _occurrences(conn, ids)
    names = _actor_names(conn, [a for p in parts.values() for role in p.values() for a in role]
                         + [r["location_id"] for r in rows])
    docs = _document_names(conn, [r["document_id"] for r in rows]
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
    for chunk in _chunks(ids):
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


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def events_matching(conn: Connection, flt: EventFilter | None = None) -> list[dict]:
    """Every event the filter keeps, whole (small stores, the arena); lists page with ``events_page``."""
    flt = flt or EventFilter()
    rows = _event_rows(conn, _conditions(flt))
    if flt.has_window():
        rows = [e for e in rows if _overlaps((e["date_start"], e["date_end"]) if e["date_start"] else None,
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
    from ..export.select import days_overlap, overlaps, qualified_days
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


def _conditions(flt: EventFilter, extra=None):
    parts = [c for c in (flt.where(), in_window(flt.start, flt.end), extra) if c is not None]
    return and_(*parts) if parts else None


DENSE_EVENTS = 2000    # an actor in this many events: its page walks the event order instead of sorting them all


def events_page(conn: Connection, flt: EventFilter | None = None, *, cursor: str | None = None,
                limit: int = paging.DEFAULT_LIMIT, where=None) -> dict:
    """One page of the events the filter keeps (``paging.page`` shape), in date order."""
    return _render_pages(conn, [_page_keys(conn, flt, cursor=cursor, limit=limit, where=where)])[0]


def _page_keys(conn: Connection, flt: EventFilter | None = None, *, cursor: str | None = None,
               limit: int = paging.DEFAULT_LIMIT, where=None,
               dense: bool | None = None) -> tuple[list, int, str | None]:
    """(rows, limit, cursor) of one events page, its events not yet read (``_render_pages`` reads them).
    ``dense``: whether the actor takes part in DENSE_EVENTS events, when the caller knows (else read)."""
    flt = flt or EventFilter()
    if flt.actor and not flt.dense:
        if dense is None:
            kept = conn.execute(select(actor_counts.c.events).where(actor_counts.c.actor_id == flt.actor)).scalar()
            dense = (kept or 0) >= DENSE_EVENTS
        if dense:
            flt = replace(flt, dense=True)
    q = select(EVENT_ORDER.label("k"), events.c.id)
    cond = _conditions(flt, where)
    if cond is not None:
        q = q.where(cond)
    return conn.execute(paging.keyset(q, [EVENT_ORDER, events.c.id], cursor, limit)).all(), limit, cursor


def _render_pages(conn: Connection, pages: list[tuple[list, int, str | None]]) -> list[dict]:
    """The ``paging.page`` answers of several ``_page_keys``, their events read together (one set of queries)."""
    ids = list(dict.fromkeys(r.id for rows, limit, _ in pages for r in rows[:limit]))
    full = {e["id"]: e for e in _event_rows(conn, events.c.id.in_(ids), order=False)} if ids else {}
    return [paging.page(rows, limit, cursor, key=lambda r: (r.k, r.id), render=lambda r: dict(full[r.id]))
            for rows, limit, cursor in pages]


def _dated_only(flt: EventFilter, where=None, kept: bool = True) -> bool:
    """Whether the filter narrows by dates, type and sphere alone: event_dates (migration 0015) answers."""
    return kept and where is None and not flt.document and not flt.actor


def _dates_where(flt: EventFilter):
    """SQL on event_dates for a ``_dated_only`` filter (dated rows are date != '')."""
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
    if _dated_only(flt, where, kept):
        cond = _dates_where(flt)
        if cond is None:
            from .totals import events_total
            return events_total(conn)
        q = select(func.coalesce(func.sum(event_dates.c.n), 0))
        return int(conn.execute(q if cond is None else q.where(cond)).scalar_one())
    q = select(func.count()).select_from(events)
    cond = _conditions(flt, where)
    return conn.execute(q if cond is None else q.where(cond)).scalar_one()


def timeline(conn: Connection, flt: EventFilter | None = None, by: str = "month", kept: bool = True) -> dict:
    """Events per period (day or month, as their dates are written) and PLOVER type, counted in SQL.

    A month-precision date counts in its month under ``by=month`` and stays its own bucket
    ("2020-06") under ``by=day``; years likewise. Undated events are counted apart. Narrowed by
    dates, type and sphere alone (or not at all), the kept event_dates rows answer (``kept=False``:
    the events are counted).
    """
    flt = flt or EventFilter()
    width = 10 if by == "day" else 7
    if _dated_only(flt, kept=kept):
        return _timeline_kept(conn, flt, width)
    # Counted per date as written and type: the (date, type) index streams them in that order
    # without sorting a million rows; the few thousand groups are bucketed here.
    q = (select(events.c.date, events.c.type, func.count().label("n"))
         .where(events.c.date.is_not(None)).group_by(events.c.date, events.c.type))
    cond = _conditions(flt)
    if cond is not None:
        q = q.where(cond)
    buckets: Counter = Counter()
    for r in conn.execute(q):
        buckets[r.date[:width], r.type] += r.n
    rows = [{"bucket": b, "type": ty, "count": n} for (b, ty), n in sorted(buckets.items())]
    undated = 0
    if not flt.has_window():
        uq = select(func.count()).select_from(events).where(events.c.date.is_(None))
        uq = uq.where(cond) if cond is not None else uq
        undated = conn.execute(uq).scalar_one()
    return {"by": "day" if by == "day" else "month", "buckets": rows, "undated": undated,
            "total": sum(r["count"] for r in rows) + undated}


def _timeline_kept(conn: Connection, flt: EventFilter, width: int) -> dict:
    """``timeline`` from event_dates: its rows summed per bucket (the date's first ``width`` characters) and type."""
    ed = event_dates
    bucket = func.substr(ed.c.date, 1, width)
    cond = _dates_where(flt)
    q = (select(bucket.label("b"), ed.c.type, func.sum(ed.c.n).label("n")).where(ed.c.date != "")
         .group_by(bucket, ed.c.type).having(func.sum(ed.c.n) > 0).order_by(bucket, ed.c.type))
    rows = [{"bucket": r.b, "type": r.type, "count": int(r.n)}
            for r in conn.execute(q if cond is None else q.where(cond))]
    undated = 0
    if not flt.has_window():
        uq = select(func.coalesce(func.sum(ed.c.n), 0)).where(ed.c.date == "")
        undated = int(conn.execute(uq if cond is None else uq.where(cond)).scalar_one())
    return {"by": "day" if width == 10 else "month", "buckets": rows, "undated": undated,
            "total": sum(r["count"] for r in rows) + undated}


def event_spheres(conn: Connection) -> list[str]:
    """The spheres events in the store carry (for filter menus)."""
    return sorted(r[0] for r in conn.execute(select(events.c.sphere).distinct()) if r[0])


# ---------------------------------------------------------------- overview

def summary(conn: Connection) -> dict:
    """The store's totals, read from kept_totals (migration 0015): no table is counted."""
    from . import totals
    by_type = totals.by_prefix(conn, "actors:")
    event_types = totals.by_prefix(conn, "events:")
    return {"documents": totals.total(conn, "documents"), "actors": sum(by_type.values()),
            "mentions": totals.total(conn, "mentions"), "relations": totals.total(conn, "relations"),
            "events": sum(event_types.values()), "citations": totals.total(conn, "citations"),
            "occurrences": totals.total(conn, "occurrences"),
            "actors_by_type": by_type, "events_by_type": event_types}


def summary_counts(conn: Connection, tables: Iterable[str]) -> dict[str, int]:
    from .schema import metadata
    return {name: conn.execute(select(func.count()).select_from(metadata.tables[name])).scalar_one() for name in tables}


def list_documents(conn: Connection) -> list[dict]:
    """queries.list_documents plus the number of warnings, newest first."""
    warnings = {r.id: len(r.warnings or []) for r in conn.execute(select(documents.c.id, documents.c.warnings))}
    # No local file path (see document_reader); a URL the document came from stays.
    rows = [{**{k: v for k, v in d.items() if k != "path"}, "warnings": warnings.get(d["id"], 0),
             "source": d["path"] if is_url(d["path"]) else None}
            for d in queries.list_documents(conn)]
    rows.sort(key=lambda d: d["name"])
    rows.sort(key=lambda d: d["date"] or "", reverse=True)
    return rows


DOCUMENT_ORDER = func.coalesce(documents.c.date, literal_column("''"))


def documents_page(conn: Connection, *, cursor: str | None = None, limit: int = paging.DEFAULT_LIMIT) -> dict:
    """One page of documents, newest first (then by id), each with its counts (``list_documents`` rows)."""
    q = select(DOCUMENT_ORDER.label("k"), documents.c.id)
    rows = conn.execute(paging.keyset(q, [DOCUMENT_ORDER, documents.c.id], cursor, limit,
                                      descending=[True, True])).all()
    full = {d["id"]: d for d in document_rows(conn, [r.id for r in rows[:limit]])}
    return paging.page(rows, limit, cursor, key=lambda r: (r.k, r.id), render=lambda r: full[r.id])


def document_rows(conn: Connection, ids: list[str]) -> list[dict]:
    """``list_documents`` rows for these documents only (their counts read through the document-id indexes)."""
    if not ids:
        return []
    d, o, m = documents, event_occurrences, mentions
    counts = {name: dict(conn.execute(select(table.c.document_id, func.count()).where(table.c.document_id.in_(ids))
                                      .group_by(table.c.document_id)).all())
              for name, table in (("mentions", mentions), ("citations", citations),
                                  ("relations", relations), ("occurrences", event_occurrences))}
    counts["events"] = dict(conn.execute(select(o.c.document_id, func.count(distinct(o.c.event_id)))
                                         .where(o.c.document_id.in_(ids)).group_by(o.c.document_id)).all())
    counts["actors"] = dict(conn.execute(select(m.c.document_id, func.count(distinct(m.c.actor_id)))
                                         .where(m.c.document_id.in_(ids)).group_by(m.c.document_id)).all())
    out = []
    for r in conn.execute(select(d.c.id, d.c.name, d.c.path, d.c.format, d.c.title, d.c.date, d.c.date_precision,
                                 d.c.ingested_at, d.c.warnings, d.c.meta, func.length(d.c.text).label("chars"))
                          .where(d.c.id.in_(ids))):
        out.append({"id": r.id, "name": r.name, "format": r.format, "title": r.title, "date": r.date,
                    "date_precision": r.date_precision, "metadata": r.meta or {},
                    "ingested_at": r.ingested_at.isoformat() if r.ingested_at else None, "chars": r.chars,
                    **{name: counts[name].get(r.id, 0) for name in counts},
                    "warnings": len(r.warnings or []), "source": r.path if is_url(r.path) else None})
    return out


# ---------------------------------------------------------------- document reader

PAGE_CHARS = 60_000     # the reader shows long documents a page of whole paragraphs at a time


def pages(text: str, size: int = PAGE_CHARS) -> list[tuple[int, int]]:
    """Paragraph-aligned [start, end) pages of about ``size`` characters covering ``text``."""
    out, start, n = [], 0, len(text)
    while n - start > size:
        cut = text.rfind("\n\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.rfind("\n", start + size // 2, start + size)
        cut = cut + 1 if cut >= 0 else start + size
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def document_reader(conn: Connection, document_id: str, at: int | None = None) -> dict:
    """One page of the document's text (the page holding offset ``at``; the first by default) with
    every highlighted span on it (mentions, events, citations, relations), and the page's place:
    ``page`` = {start, end, length, number, count, previous, next} (previous/next: their start offsets).
    Spans keep their offsets in the whole text; ``text`` is text[page.start:page.end].
    """
    doc = conn.execute(select(documents).where(documents.c.id == document_id)).first()
    if doc is None:
        raise UnknownRecordError(f"no document with id '{document_id}'",
                                 fix="List documents with GET /api/documents.")
    grid = pages(doc.text)
    k = 0
    if at is not None:
        k = next((i for i, (a, b) in enumerate(grid) if a <= at < b), len(grid) - 1 if at >= len(doc.text) else 0)
    ps, pe = grid[k]

    def on_page(table):
        return and_(table.c.document_id == document_id, table.c.start >= ps, table.c.start < pe)

    names: dict[str, dict] = {}
    mention_rows = conn.execute(select(mentions).where(on_page(mentions)).order_by(mentions.c.start, mentions.c.id)).all()
    names.update(_actor_names(conn, [m.actor_id for m in mention_rows]))
    spans_mentions = []
    for m in mention_rows:
        actor = names.get(m.actor_id)
        spans_mentions.append({"id": m.id, "start": m.start, "end": m.end, "text": m.text, "type": m.type or
                               (actor or {}).get("type"), "label": m.label, "extractor": m.extractor,
                               "actor": actor})
    cits = [{"id": c.id, "start": c.start, "end": c.end, "outlet": c.outlet, "outlet_actor": c.outlet_actor_id,
             "date": c.date, "precision": c.precision, "qualifier": c.date_qualifier,
             "evidence": c.evidence, "extractor": c.extractor}
            for c in conn.execute(select(citations).where(on_page(citations)).order_by(citations.c.start, citations.c.id))]
    # Every telling in this document is highlighted: one entry per occurrence, carrying its event.
    # (An event's other tellings are counted, not listed: one told 100 times would be listed 100 x 100.)
    evs = []
    told_here = select(event_occurrences.c.event_id).where(on_page(event_occurrences))
    for e in _event_rows(conn, events.c.id.in_(told_here), order=False):
        tellings = e.pop("occurrences")
        for o in tellings:
            if o["document_id"] == document_id and ps <= (o["start"] or 0) < pe:
                evs.append({**e, "occurrence_id": o["id"], "evidence": o["evidence"], "start": o["start"],
                            "end": o["end"], "extractor": o["extractor"], "trigger": o["trigger"],
                            "document": o["document"], "tellings": len(tellings)})
    evs.sort(key=lambda e: (e["start"] or 0, e["occurrence_id"]))
    rels = _relation_rows(conn, on_page(relations))
    unresolved = sorted({m["text"] for m in spans_mentions if m["actor"] is None})
    # Actors of the whole document (not only this page), with their mention counts.
    per_actor = dict(conn.execute(select(mentions.c.actor_id, func.count()).where(mentions.c.document_id == document_id)
                                  .group_by(mentions.c.actor_id).order_by(func.count().desc())).all())
    names.update(_actor_names(conn, [a for a in per_actor if a not in names]))
    doc_actors = [{**names[a], "mentions": n} for a, n in per_actor.items() if a in names]
    source = doc.path if is_url(doc.path) else (doc.meta or {}).get("source_url")
    # No local file path: a served store must not show where the analyst's files live.
    return {"id": doc.id, "name": doc.name, "title": doc.title, "source": source, "format": doc.format,
            "date": doc.date, "date_precision": doc.date_precision, "text": doc.text[ps:pe],
            "page": {"start": ps, "end": pe, "length": len(doc.text), "number": k + 1, "count": len(grid),
                     "previous": grid[k - 1][0] if k > 0 else None,
                     "next": grid[k + 1][0] if k + 1 < len(grid) else None},
            "warnings": list(doc.warnings or []) + [f"unresolved name: {t}" for t in unresolved],
            "mentions": spans_mentions, "events": evs, "citations": cits, "relations": rels,
            "actors": doc_actors} | _mark_reviewed(conn, spans_mentions, evs, rels, cits)


def _mark_reviewed(conn: Connection, mention_rows, event_rows, relation_rows, citation_rows) -> dict:
    """``reviewed`` (and the correction's id) on each fact an analyst confirmed or added (issue 12)."""
    from .corrections import REVIEW_EXTRACTOR, reviewed
    for kind, rows in (("mention", mention_rows), ("event", event_rows), ("relation", relation_rows),
                       ("citation", citation_rows)):
        done = reviewed(conn, kind) if rows else {}
        for r in rows:
            r["correction_id"] = done.get(str(r["id"]))
            r["reviewed"] = r["correction_id"] is not None or r.get("extractor") == REVIEW_EXTRACTOR
    return {}


# ---------------------------------------------------------------- relations

def _relation_rows(conn: Connection, where) -> list[dict]:
    rows = conn.execute(select(relations).where(where).order_by(relations.c.document_id, relations.c.start, relations.c.id)).all()
    names = _actor_names(conn, [r.subject_id for r in rows] + [r.object_id for r in rows])
    docs = _document_names(conn, [r.document_id for r in rows])
    return [{"id": r.id, "subject": names.get(r.subject_id, {"id": r.subject_id, "name": r.subject_id}),
             "predicate": r.predicate, "object": names.get(r.object_id, {"id": r.object_id, "name": r.object_id}),
             "title": r.title, "time": r.time, "evidence": r.evidence, "start": r.start, "end": r.end,
             "extractor": r.extractor, "confidence": r.confidence,
             "channel": r.channel, "channel_reason": r.channel_reason,
             "document": docs.get(r.document_id, {"id": r.document_id})} for r in rows]


# ---------------------------------------------------------------- actors

def list_actors(conn: Connection, type: str | None = None, limit: int = 2000) -> list[dict]:
    """queries.list_actors plus the number of events each takes part in."""
    ev_counts = dict(conn.execute(select(event_actors.c.actor_id, func.count(func.distinct(event_actors.c.event_id)))
                                  .group_by(event_actors.c.actor_id)).all())
    return [{**a, "events": ev_counts.get(a["id"], 0)} for a in queries.list_actors(conn, type=type, top=limit)]


ACTOR_SORTS = ("mentions", "name")


def actors_page(conn: Connection, *, type: str | None = None, sort: str = "mentions", cursor: str | None = None,
                limit: int = paging.DEFAULT_LIMIT) -> dict:
    """One page of actors (``list_actors`` rows): most mentioned first, or by name."""
    a, m = actors, mentions
    if sort == "name":
        q = select(a.c.name.label("k"), a.c.id)
        keys, desc = [a.c.name, a.c.id], None
    else:
        ac = actor_counts       # kept at write time: the page reads its index, counts nothing
        q = select(ac.c.mentions.label("k"), ac.c.actor_id.label("id")).join(a, a.c.id == ac.c.actor_id)
        keys, desc = [ac.c.mentions, ac.c.actor_id], [True, False]
    if type:
        q = q.where(a.c.type == type)
    rows = conn.execute(paging.keyset(q, keys, cursor, limit, descending=desc)).all()
    full = {r["id"]: r for r in actor_rows(conn, [r.id for r in rows[:limit]])}
    return paging.page(rows, limit, cursor, key=lambda r: (r.k, r.id), render=lambda r: full[r.id])


def actor_rows(conn: Connection, ids: list[str]) -> list[dict]:
    """``list_actors`` rows (mentions, documents, events) for these actors only."""
    if not ids:
        return []
    a, ac = actors, actor_counts
    return [{"id": r.id, "name": r.name, "type": r.type, "first_seen": r.first_seen, "last_seen": r.last_seen,
             "mentions": r.mentions or 0, "documents": r.documents or 0, "events": r.events or 0}
            for r in conn.execute(select(a.c.id, a.c.name, a.c.type, a.c.first_seen, a.c.last_seen, ac.c.mentions,
                                         ac.c.documents, ac.c.events)
                                  .select_from(a.outerjoin(ac, ac.c.actor_id == a.c.id)).where(a.c.id.in_(ids)))]


PROFILE_LIMIT = 100        # events, relations, documents shown on a profile (totals beside them)
PROFILE_SAMPLE = 1000      # shared events are counted over the actor's first events (by id)
CO_OCCURRENCE_DOCUMENTS = 25   # ... and shared sentences over its first documents (by id)
FORM_LIMIT = 50            # surface forms listed on a profile (most used first; ``totals.forms`` counts them all)


def actor_profile(conn: Connection, ref: str, limit: int = PROFILE_LIMIT) -> dict:
    """An actor's profile, bounded however often it is named: forms, the first ``limit`` relations,
    events (date order) and documents with their totals, ``more`` (where the rest are: the events
    and its relations continue through cursors), outlets and co-occurring actors over a sample."""
    actor_id = queries.find_actor(conn, ref)
    ac = actor_counts
    a = conn.execute(select(actors, ac.c.mentions, ac.c.documents, ac.c.events.label("kept_events"), ac.c.relations)
                     .select_from(actors.outerjoin(ac, ac.c.actor_id == actors.c.id))
                     .where(actors.c.id == actor_id)).one()
    m, al, d = mentions, aliases, documents
    totals = {"mentions": a.mentions or 0, "documents": a.documents or 0, "events": a.kept_events or 0,
              "relations": a.relations or 0}
    # Forms: each surface form once, with how many documents use it (kept in form_counts) and the
    # first few of them; the first FORM_LIMIT forms, their total beside them.
    forms: dict[str, dict] = {}
    fc = form_counts
    for r in conn.execute(select(fc.c.alias, fc.c.reason, fc.c.documents).where(fc.c.actor_id == actor_id)
                          .order_by(fc.c.alias, fc.c.reason)):
        f = forms.setdefault(r.alias, {"alias": r.alias, "reasons": [], "documents": [], "document_count": 0,
                                       "canonical": r.alias == a.name})
        if r.reason and r.reason not in f["reasons"]:
            f["reasons"].append(r.reason)
        f["document_count"] += r.documents
    form_list = sorted(forms.values(), key=lambda f: (not f["canonical"], -f["document_count"], f["alias"].lower()))
    totals["forms"] = len(form_list)
    form_list = form_list[:FORM_LIMIT]
    # Each form's first five documents: one statement, a LIMITed read of the index (actor_id, alias,
    # document_id) per form.
    firsts = [select(al.c.alias, al.c.document_id).where(al.c.actor_id == actor_id, al.c.alias == f["alias"])
              .distinct().order_by(al.c.document_id).limit(5).subquery() for f in form_list]
    if firsts:
        by_form = {f["alias"]: f for f in form_list}
        u = union_all(*[select(x.c.alias, x.c.document_id) for x in firsts]).subquery()
        for r in conn.execute(select(u.c.alias, d.c.id, d.c.name).join(d, d.c.id == u.c.document_id)
                              .order_by(u.c.alias, d.c.id)):
            by_form[r.alias]["documents"].append({"name": r.name, "id": r.id})
    docs = conn.execute(select(m.c.document_id, func.count().label("n")).where(m.c.actor_id == actor_id)
                        .group_by(m.c.document_id).order_by(m.c.document_id).limit(limit)).all()
    names = _document_names(conn, [r.document_id for r in docs])
    doc_list = [{**names.get(r.document_id, {"id": r.document_id}), "mentions": r.n} for r in docs]
    doc_list.sort(key=lambda x: (x.get("date") or "", x.get("name") or ""))
    rel_ids = sorted({r for col in (relations.c.subject_id, relations.c.object_id) for r in conn.execute(
        select(relations.c.id).where(col == actor_id).order_by(relations.c.id).limit(limit)).scalars()})[:limit]
    rels = _relation_rows(conn, relations.c.id.in_(rel_ids)) if rel_ids else []
    # The actor's events and (a place) the events located there: their events read together.
    keys = [_page_keys(conn, EventFilter(actor=actor_id), limit=limit, dense=totals["events"] >= DENSE_EVENTS)]
    if a.type in ("place", "country"):
        keys.append(_page_keys(conn, where=events.c.location_id == actor_id, limit=limit))
    page, *located = _render_pages(conn, keys)
    evs = page["items"]
    for e in evs:
        e["role"] = "source" if any(x["id"] == actor_id for x in e["source"]) else "target"
    _mark_reviewed(conn, [], evs, rels, [])
    outlets: Counter = Counter()
    for e in evs:
        for outlet in {c["outlet"] for c in e["citations"]}:
            outlets[outlet] += 1
    here = located[0]["items"] if located else []
    return {
        "id": actor_id, "name": a.name, "type": a.type, "dictionary_id": a.dictionary_id,
        "first_seen": a.first_seen, "last_seen": a.last_seen,
        "mentions": totals["mentions"], "totals": totals, "limit": limit,
        "aliases": form_list, "documents": doc_list, "relations": rels, "events": evs,
        "more": {"events": page["next"], "events_url": f"/api/events?actor={actor_id}",
                 "relations": totals["relations"] > len(rels), "documents": totals["documents"] > len(doc_list),
                 "forms": totals["forms"] > len(form_list)},
        "outlets": [{"outlet": o, "events": n} for o, n in outlets.most_common()],
        "events_here": here,
        "sentences": _sentences_of(conn, actor_id),
        "co_occurring": co_occurring(conn, actor_id),
    } | _actor_reviewed(conn, actor_id)


def _actor_reviewed(conn: Connection, actor_id: str) -> dict:
    """``reviewed`` and ``correction_id``: the last live correction of the actor (retype, alias, merge, split)."""
    from .corrections import reviewed
    cid = reviewed(conn, "actor").get(actor_id)
    return {"reviewed": cid is not None, "correction_id": cid}


def _sentences_of(conn: Connection, actor_id: str, n: int = 50) -> list[dict]:
    """The first ``n`` sentences naming the actor (by document id, then position)."""
    m, d = mentions, documents
    snippets: list[dict] = []
    rows = conn.execute(select(m.c.document_id, m.c.start, m.c.end).where(m.c.actor_id == actor_id)
                        .order_by(m.c.document_id, m.c.start).limit(n * 4)).all()
    wanted = sorted({r.document_id for r in rows})           # their texts in one query
    texts = {r.id: (r.text, r.name) for r in conn.execute(select(d.c.id, d.c.text, d.c.name)
                                                            .where(d.c.id.in_(wanted)))} if wanted else {}
    for r in rows:
        if len(snippets) >= n:
            break
        text, name = texts[r.document_id]
        s, e = queries.sentence_around(text, r.start, r.end)
        if snippets and snippets[-1]["document_id"] == r.document_id and snippets[-1]["start"] == s:
            continue
        snippets.append({"document_id": r.document_id, "document": name, "start": s, "end": e,
                         "mention_start": r.start, "mention_end": r.end, "sentence": " ".join(text[s:e].split())})
    return snippets


def _sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (for co-occurrence counts only)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def co_occurring(conn: Connection, actor_id: str, limit: int = 25) -> list[dict]:
    """Actors named in the same sentence as this one, most frequent first (shared events count too).

    Read over the actor's first CO_OCCURRENCE_DOCUMENTS documents and PROFILE_SAMPLE events (by id):
    bounded for an actor named a million times."""
    first_docs = select(mentions.c.document_id).where(mentions.c.actor_id == actor_id).distinct() \
        .order_by(mentions.c.document_id).limit(CO_OCCURRENCE_DOCUMENTS)
    own = conn.execute(select(mentions.c.document_id, mentions.c.start).where(
        mentions.c.actor_id == actor_id, mentions.c.document_id.in_(first_docs))).all()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for m in own:
        by_doc[m.document_id].append(m.start)
    together: Counter = Counter()
    # The documents' texts and the other actors' mentions in them: one query each.
    texts = dict(conn.execute(select(documents.c.id, documents.c.text).where(documents.c.id.in_(list(by_doc))))
                 .all()) if by_doc else {}
    others_in: dict[str, list] = defaultdict(list)
    if by_doc:
        for o in conn.execute(select(mentions.c.document_id, mentions.c.actor_id, mentions.c.start)
                              .where(mentions.c.document_id.in_(list(by_doc)), mentions.c.actor_id != actor_id)):
            others_in[o.document_id].append(o)
    for doc_id, starts in by_doc.items():
        sentence_starts = [s for s, _ in _sentences(texts[doc_id])]

        def sentence_of(offset: int) -> int:
            return bisect_right(sentence_starts, offset) - 1

        mine = {sentence_of(st) for st in starts}
        # Count each (actor, sentence) once: "Iran ... Iran" in one sentence is one co-occurrence.
        for other, sentence in {(o.actor_id, sentence_of(o.start)) for o in others_in[doc_id]}:
            if sentence in mine:
                together[other] += 1
    shared_events: Counter = Counter()
    ea2 = event_actors.alias("other")
    q = (select(ea2.c.actor_id, func.count(func.distinct(ea2.c.event_id)))
         .where(ea2.c.event_id.in_(select(event_actors.c.event_id).where(event_actors.c.actor_id == actor_id)
                                   .order_by(event_actors.c.event_id).limit(PROFILE_SAMPLE)),
                ea2.c.actor_id != actor_id).group_by(ea2.c.actor_id))
    for other, n in conn.execute(q):
        shared_events[other] = n
    ids = set(together) | set(shared_events)
    names = _actor_names(conn, ids)
    rows = [{**names.get(i, {"id": i, "name": i, "type": None}), "sentences": together.get(i, 0),
             "events": shared_events.get(i, 0)} for i in ids]
    rows.sort(key=lambda r: (-(r["sentences"] + 2 * r["events"]), r["name"]))
    return rows[:limit]


# ---------------------------------------------------------------- events

def event_detail(conn: Connection, event_id: str) -> dict:
    """One event with every telling of it in context (an occurrence id finds its event too)."""
    # The event's id, else an occurrence's: two primary-key lookups (an OR of them scans on PostgreSQL).
    rows = _event_rows(conn, events.c.id == event_id)
    if not rows:
        rows = _event_rows(conn, events.c.id.in_(
            select(event_occurrences.c.event_id).where(event_occurrences.c.id == event_id)))
    if not rows:
        raise UnknownRecordError(f"no event with id '{event_id}'", fix="Find events with GET /api/events.")
    ev = rows[0]
    texts: dict[str, str] = {}

    def text_of(doc_id: str) -> str:
        if doc_id not in texts:
            texts[doc_id] = conn.execute(select(documents.c.text).where(documents.c.id == doc_id)).scalar_one()
        return texts[doc_id]
    ev["context"] = _context(text_of(ev["document"]["id"]), ev["start"], ev["end"])
    for o in ev["occurrences"]:
        o["context"] = _context(text_of(o["document_id"]), o["start"], o["end"])
    return ev


def _context(text: str, start: int | None, end: int | None, width: int = 220) -> dict | None:
    if start is None or end is None:
        return None
    before_start = max(0, start - width)
    return {"before": ("…" if before_start else "") + text[before_start:start],
            "span": text[start:end],
            "after": text[end:end + width] + ("…" if end + width < len(text) else "")}


# ---------------------------------------------------------------- network

NETWORK_LIMIT = 200       # nodes of the network by default: the most connected actors
NETWORK_MAX = 2000
NETWORK_RANKS = ("degree", "weight")


def network(conn: Connection, flt: EventFilter | None = None, include_relations: bool = True,
            types: Iterable[str] | None = None, min_mentions: int = 0, only_tied: bool = False,
            limit: int = NETWORK_LIMIT, rank: str = "degree", kept: bool = True) -> dict:
    """The ``limit`` most connected actors (by ``rank``: degree = edges, weight = events and relations
    on them) with the edges among them: event ties (source -> target, weighted by count) and typed
    relations, aggregated in SQL. When fewer actors have ties, the most mentioned untied ones
    (``min_mentions`` at least; none with ``only_tied``) fill the rest. Unfiltered, the kept counts
    answer (``kept=False``: the aggregate, as a filtered network is made)."""
    flt = flt or EventFilter()
    types = sorted(set(types or []))
    src, tgt = event_actors.alias("src"), event_actors.alias("tgt")
    ev_flt = EventFilter(start=flt.start, end=flt.end, type=flt.type, sphere=flt.sphere, document=flt.document)
    ev_cond = _conditions(ev_flt)
    if ev_cond is None and include_relations and kept:
        # The whole store: the kept counts (store/counts.py) give the ranking and the edges at once.
        return _network_kept(conn, types, min_mentions, only_tied, limit, rank)
    pairs = (events.join(src, and_(src.c.event_id == events.c.id, src.c.role == "source"))
             .join(tgt, and_(tgt.c.event_id == events.c.id, tgt.c.role == "target")))

    score = case(*[(events.c.quad == q, v) for q, v in QUAD_SCORE.items()], else_=0)
    cols = [src.c.actor_id.label("s"), tgt.c.actor_id.label("o"), events.c.type]
    tie_q = (select(*cols, func.count().label("n"), func.sum(score).label("score")).select_from(pairs)
             .where(src.c.actor_id != tgt.c.actor_id).group_by(*cols))
    if ev_cond is not None:
        tie_q = tie_q.where(ev_cond)
    relations_hidden = include_relations and bool(flt.type or flt.sphere or flt.has_window())
    show_relations = include_relations and not relations_hidden
    r = relations
    # One aggregate pass each over the event ties and the relations (grouped in SQL); the
    # ranking runs over the grouped pairs, so its cost is the pairs, not the events.
    tie_rows = conn.execute(tie_q).tuples().all()          # (source, target, type, n, score)
    ties: dict[tuple[str, str], list] = {}
    for a, b, _, n, sc in tie_rows:
        tie = ties.get((a, b))
        if tie is None:
            ties[a, b] = [n, sc or 0]
        else:
            tie[0] += n
            tie[1] += sc or 0
    rel_rows = []
    if show_relations:
        rel_q = (select(r.c.subject_id.label("s"), r.c.predicate, r.c.object_id.label("o"), func.count().label("n"))
                 .where(r.c.subject_id != r.c.object_id).group_by(r.c.subject_id, r.c.predicate, r.c.object_id))
        if flt.document:
            rel_q = rel_q.where(r.c.document_id == flt.document)
        rel_rows = conn.execute(rel_q).all()
    degree: Counter = Counter()
    weight: Counter = Counter()
    for (a, b), (n, _) in ties.items():
        degree[a] += 1
        degree[b] += 1
        weight[a] += n
        weight[b] += n
    for row in rel_rows:
        for x in (row.s, row.o):
            degree[x] += 1
            weight[x] += row.n
    candidates = list(degree)
    if types:
        typed = set(conn.execute(select(actors.c.id).where(actors.c.type.in_(types))).scalars())
        candidates = [a for a in candidates if a in typed]
    rank_of = weight if rank == "weight" else degree
    top_ids = sorted(candidates, key=lambda a: (-rank_of[a], a))[:limit]
    tied_total = len(candidates)
    keep = set(top_ids)
    top = {a: {"degree": degree[a], "weight": weight[a]} for a in top_ids}
    ids = list(top_ids)
    kinds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for a, b, etype, n, _ in tie_rows:
        if a in keep and b in keep:
            kinds[a, b][etype] += n
    edges = _edges(kinds, ties, [r for r in rel_rows if r.s in keep and r.o in keep])
    if flt.document or not kept:
        # Mentions in the document (or counted afresh): a count per actor.
        mention_q = select(mentions.c.actor_id, func.count()).group_by(mentions.c.actor_id)
        if flt.document:
            mention_q = mention_q.where(mentions.c.document_id == flt.document)
        counts = dict(conn.execute(mention_q.where(mentions.c.actor_id.in_(ids))).all()) if ids else {}
        n = func.count().label("n")
        untied = (select(mentions.c.actor_id, n).join(actors, actors.c.id == mentions.c.actor_id)
                  .where(mentions.c.actor_id.not_in(ids) if ids else True)
                  .group_by(mentions.c.actor_id).having(n >= max(min_mentions, 1))
                  .order_by(n.desc(), mentions.c.actor_id))
        if flt.document:
            untied = untied.where(mentions.c.document_id == flt.document)
    else:
        # Every mention of the store: the kept actor_counts (a hub's mentions are not counted per request).
        ac = actor_counts
        counts = dict(conn.execute(select(ac.c.actor_id, ac.c.mentions).where(ac.c.actor_id.in_(ids),
                                                                             ac.c.mentions > 0)).all()) if ids else {}
        untied = _untied_from_kept(ids, min_mentions)
    if types:
        untied = untied.where(actors.c.type.in_(types))
    return _network_answer(conn, ids, top, counts, untied, edges, limit=limit, only_tied=only_tied,
                           events=count_events(conn, ev_flt, kept=kept), relations_hidden=relations_hidden,
                           rank=rank, tied_total=tied_total)


def _untied_from_kept(ids: list[str], min_mentions: int):
    """SELECT (actor, mentions) of the actors outside ``ids`` with enough mentions, most first, from
    the kept actor_counts (a hub's mentions are not counted per request)."""
    ac = actor_counts
    return (select(ac.c.actor_id, ac.c.mentions).join(actors, actors.c.id == ac.c.actor_id)
            .where(ac.c.mentions >= max(min_mentions, 1), ac.c.actor_id.not_in(ids) if ids else True)
            .order_by(ac.c.mentions.desc(), ac.c.actor_id))


def _network_answer(conn: Connection, ids: list[str], top: dict[str, dict], counts: dict[str, int], untied,
                    edges: list[dict], *, limit: int, only_tied: bool, events: int, relations_hidden: bool,
                    rank: str, tied_total: int) -> dict:
    """The network's answer from the ranked actors (``top``: their degree and weight): with room left
    (and not ``only_tied``) the ``untied`` query's most mentioned actors fill it (small stores show
    everyone); every node named, with its mentions (``counts``)."""
    if len(ids) < limit and not only_tied:
        for actor_id, k in conn.execute(untied.limit(limit - len(ids))):
            counts[actor_id] = k
            ids.append(actor_id)
    names = _actor_names(conn, ids)
    nodes = [{**names[i], "mentions": counts.get(i, 0), "degree": top[i]["degree"] if i in top else 0,
              "weight": top[i]["weight"] if i in top else 0} for i in ids if i in names]
    return {"nodes": nodes, "edges": edges, "events": events, "relations_hidden": relations_hidden,
            "limit": limit, "rank": rank, "tied_actors": tied_total, "truncated": tied_total > len(top)}


def _edges(kinds: dict, ties: dict, rel_rows: list) -> list[dict]:
    """Network edges: event ties (a, b) with their count, mean score and types; then relations."""
    edges = []
    for (a, b) in sorted(kinds):
        n, sc = ties[a, b]
        types = sorted(kinds[a, b].items(), key=lambda kv: (-kv[1], kv[0]))
        edges.append({"id": f"e|{a}|{b}", "source": a, "target": b, "kind": "events", "count": n,
                      "score": round(sc / n, 2), "types": dict(types)})
    for row in sorted(rel_rows, key=lambda x: (x.s, x.predicate, x.o)):
        edges.append({"id": f"r|{row.s}|{row.predicate}|{row.o}", "source": row.s, "target": row.o,
                      "kind": "relation", "predicate": row.predicate, "count": row.n})
    return edges


def _network_kept(conn: Connection, types: list[str], min_mentions: int, only_tied: bool, limit: int,
                  rank: str) -> dict:
    """``network`` of the whole store from actor_counts and tie_counts: the ``limit`` first actors by
    degree (or weight) read through their index, the ties among them; the same answer as the aggregate."""
    ac, tc = actor_counts, tie_counts
    key = ac.c.weight if rank == "weight" else ac.c.degree
    every = select(ac.c.actor_id, ac.c.degree, ac.c.weight, ac.c.mentions)
    if types:
        every = every.join(actors, actors.c.id == ac.c.actor_id).where(actors.c.type.in_(types))
    tied = every.where(key > 0)       # weight > 0 exactly when degree > 0
    if types:
        tied_total = conn.execute(tied.with_only_columns(func.count())).scalar_one()
    else:
        from .totals import total
        tied_total = total(conn, "tied_actors")      # kept (migration 0015): no count of actor_counts
    # The limit-th key; the actors above it, then those at it by id (both read through the key's index:
    # a million copies of one degree are not sorted in Python).
    floor = conn.execute(tied.with_only_columns(key).order_by(key.desc()).offset(limit - 1).limit(1)).scalar() \
        if limit else None
    if floor is None:
        rows = conn.execute(tied).all() if limit else []
    else:
        # (floor >= 1; one range on the key's index each, not "> 0" then a filter)
        rows = conn.execute(every.where(key > floor)).all()
        rows += conn.execute(every.where(key == floor).order_by(ac.c.actor_id).limit(limit - len(rows))).all()
    rank_of = (lambda r: r.weight) if rank == "weight" else (lambda r: r.degree)
    rows = sorted(rows, key=lambda r: (-rank_of(r), r.actor_id))[:limit]
    ids = [r.actor_id for r in rows]
    top = {r.actor_id: {"degree": r.degree, "weight": r.weight} for r in rows}
    counts = {r.actor_id: r.mentions for r in rows if r.mentions}
    kinds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    ties: dict[tuple[str, str], list] = {}
    rel_rows = []
    for chunk in _chunks(ids):
        for r in conn.execute(*_ties_among(conn, chunk, ids)):
            if r.kind == "event":
                kinds[r.source_id, r.target_id][r.label] += r.n
                tie = ties.setdefault((r.source_id, r.target_id), [0, 0])
                tie[0] += r.n
                tie[1] += r.score
            else:
                rel_rows.append(_Relation(r.source_id, r.label, r.target_id, r.n))
    edges = _edges(kinds, ties, rel_rows)
    untied = _untied_from_kept(ids, min_mentions)
    if types:
        untied = untied.where(actors.c.type.in_(types))
    return _network_answer(conn, ids, top, counts, untied, edges, limit=limit, only_tied=only_tied,
                           events=count_events(conn), relations_hidden=False, rank=rank, tied_total=tied_total)


def _ties_among(conn: Connection, sources: list[str], targets: list[str]):
    """(statement, params): tie_counts rows from these sources to these targets, one primary-key
    lookup per pair on SQLite (a hub's own ties run to hundreds of thousands: never scan them);
    PostgreSQL reads both lists in one scan of the primary-key index (= ANY)."""
    if conn.dialect.name == "postgresql":
        tc = tie_counts
        return (select(tc.c.source_id, tc.c.target_id, tc.c.kind, tc.c.label, tc.c.n, tc.c.score)
                .where(tc.c.source_id.in_(sources), tc.c.target_id.in_(targets)),)
    params = {f"s{i}": x for i, x in enumerate(sources)} | {f"t{i}": x for i, x in enumerate(targets)}
    s_rows = ", ".join(f"(:s{i})" for i in range(len(sources)))
    t_rows = ", ".join(f"(:t{i})" for i in range(len(targets)))
    sql = (f"WITH s(id) AS (VALUES {s_rows}), t(id) AS (VALUES {t_rows}) "
           "SELECT tc.source_id, tc.target_id, tc.kind, tc.label, tc.n, tc.score "
           "FROM s CROSS JOIN t CROSS JOIN tie_counts tc WHERE tc.source_id = s.id AND tc.target_id = t.id")
    return text(sql), params


@dataclass(frozen=True)
class _Relation:
    s: str
    predicate: str
    o: str
    n: int


def ties_between(conn: Connection, a: str, b: str, flt: EventFilter | None = None, *,
                 cursor: str | None = None, limit: int = paging.DEFAULT_LIMIT) -> dict:
    """The evidence behind a network edge: relations and events linking two actors, either direction
    (the first ``limit`` of each with their totals; ``events_next`` continues the events)."""
    flt = flt or EventFilter()
    names = _actor_names(conn, [a, b])
    for actor_id in (a, b):
        if actor_id not in names:
            raise UnknownActorError(f"no actor with id '{actor_id}'", fix="Use ids from GET /api/network.")
    rel_where = or_(and_(relations.c.subject_id == a, relations.c.object_id == b),
                    and_(relations.c.subject_id == b, relations.c.object_id == a))
    if flt.document:
        rel_where = and_(rel_where, relations.c.document_id == flt.document)
    # The kept tie_counts rows of the pair: its relations and its events in each direction.
    tc = tie_counts
    kept = {(r.source_id, r.kind): r.n for r in conn.execute(
        select(tc.c.source_id, tc.c.kind, func.sum(tc.c.n).label("n")).where(or_(
            and_(tc.c.source_id == a, tc.c.target_id == b), and_(tc.c.source_id == b, tc.c.target_id == a)))
        .group_by(tc.c.source_id, tc.c.kind))}
    n_ab, n_ba = kept.get((a, "event"), 0), kept.get((b, "event"), 0)
    if flt.document:
        rel_total = conn.execute(select(func.count()).select_from(relations).where(rel_where)).scalar_one()
    else:
        rel_total = kept.get((a, "relation"), 0) + kept.get((b, "relation"), 0)
    rel_ids = []
    if rel_total:
        # The pair's relations through the subject and object indexes, then sorted (PostgreSQL otherwise
        # walks every relation in id order looking for them: 457 ms for the busiest pair at a million).
        pair = select(relations.c.id).where(rel_where).cte("pair_relations").prefix_with("MATERIALIZED")
        rel_ids = conn.execute(select(pair.c.id).order_by(pair.c.id).limit(limit)).scalars().all()
    rels = _relation_rows(conn, relations.c.id.in_(rel_ids)) if rel_ids else []
    ev_flt = EventFilter(start=flt.start, end=flt.end, type=flt.type, sphere=flt.sphere, document=flt.document)
    on_tie = events.c.id.in_(_between(a, b))
    # A tie with many events (kept counts): the page walks the date order probing each event.
    walk = _on_tie(a, b) if n_ab + n_ba >= DENSE_EVENTS else on_tie
    page = events_page(conn, ev_flt, where=walk, limit=limit, cursor=cursor)
    if ev_flt.where() is None and not ev_flt.has_window():
        total = _tie_total(conn, a, b, n_ab, n_ba)
    else:
        total = count_events(conn, ev_flt, where=on_tie)
    return {"a": names[a], "b": names[b], "relations": rels, "relations_total": rel_total,
            "events": page["items"], "events_total": total, "events_next": page["next"]}


def _tie_total(conn: Connection, a: str, b: str, n_ab: int, n_ba: int) -> int:
    """Events between a and b either way, from the kept counts of each direction less the events in
    both (read by walking the smaller direction only)."""
    if not n_ab or not n_ba:
        return n_ab + n_ba
    s, o = (b, a) if n_ba <= n_ab else (a, b)
    back_src, back_tgt = event_actors.alias("back_src"), event_actors.alias("back_tgt")
    smaller = _direction(s, o).subquery()
    both = conn.execute(select(func.count()).select_from(smaller).where(
        exists().where(back_src.c.event_id == smaller.c.event_id, back_src.c.actor_id == o,
                       back_src.c.role == "source"),
        exists().where(back_tgt.c.event_id == smaller.c.event_id, back_tgt.c.actor_id == s,
                       back_tgt.c.role == "target"))).scalar_one()
    return n_ab + n_ba - both


def _on_tie(a: str, b: str):
    """SQL: the event has a as a source and b as a target, or b as a source and a as a target, probed per
    event: a scalar count of its (actor, role) rows, which PostgreSQL runs per row (EXISTS probes it turns
    into hashed subplans over both actors' events: 0.7 s for the busiest pair at a million)."""
    def pair(s: str, o: str, alias: str):
        ea = event_actors.alias(alias)
        found = (select(func.count()).where(ea.c.event_id == events.c.id, or_(
            and_(ea.c.actor_id == s, ea.c.role == "source"), and_(ea.c.actor_id == o, ea.c.role == "target")))
            .scalar_subquery())
        return found == 2        # (actor, role) is unique per event (the primary key)
    return or_(pair(a, b, "ab"), pair(b, a, "ba"))


def _direction(s: str, o: str):
    """SELECT the ids of the events with s as a source and o as a target (the index (actor, role, event))."""
    src, tgt = event_actors.alias("src"), event_actors.alias("tgt")
    return (select(src.c.event_id).join(tgt, tgt.c.event_id == src.c.event_id)
            .where(src.c.actor_id == s, src.c.role == "source", tgt.c.actor_id == o, tgt.c.role == "target"))


def _between(a: str, b: str):
    """SELECT the ids of the events with a as a source and b as a target, and the other way round: each
    direction read through the index (actor, role, event) of migration 0015 (PostgreSQL merges two runs)."""
    return union_all(_direction(a, b), _direction(b, a))


# ---------------------------------------------------------------- places

def places(conn: Connection) -> list[dict]:
    """Places and countries with the events located there and the events they take part in
    (counted in SQL, for the place and country actors only)."""
    dictionary_id = actors.c.dictionary_id if "dictionary_id" in actors.c else None
    cols = [actors.c.id, actors.c.name, actors.c.type] + ([dictionary_id] if dictionary_id is not None else [])
    ac = actor_counts           # kept at write time (store/counts.py): no count over the events here
    rows = conn.execute(select(*cols, ac.c.located, ac.c.events, ac.c.mentions)
                        .select_from(actors.outerjoin(ac, ac.c.actor_id == actors.c.id))
                        .where(actors.c.type.in_(("place", "country")))).all()
    return [{"id": r.id, "name": r.name, "type": r.type, "dictionary_id": getattr(r, "dictionary_id", None),
             "events_located": r.located or 0, "events_involved": r.events or 0, "mentions": r.mentions or 0}
            for r in rows]


def place_events(place_id: str, dense: bool = False):
    """SQL: events located at a place or in which it takes part (``dense``: probed per event, for a
    page that walks the date order, as ``EventFilter.dense``)."""
    if dense:
        return or_(events.c.location_id == place_id, exists().where(event_actors.c.event_id == events.c.id,
                                                                   event_actors.c.actor_id == place_id))
    involved = select(event_actors.c.event_id).where(event_actors.c.actor_id == place_id)
    return or_(events.c.location_id == place_id, events.c.id.in_(involved))


def events_at(conn: Connection, place_id: str, *, cursor: str | None = None,
              limit: int = paging.DEFAULT_LIMIT) -> dict:
    """A page of the events located at a place or in which it (a country, a city standing for a
    government) takes part. A place in many events (kept counts) walks the date order."""
    if not _actor_names(conn, [place_id]):
        raise UnknownActorError(f"no place or country with id '{place_id}'", fix="Use ids from GET /api/places.")
    kept = conn.execute(select(actor_counts.c.events + actor_counts.c.located)
                        .where(actor_counts.c.actor_id == place_id)).scalar()
    return events_page(conn, where=place_events(place_id, dense=(kept or 0) >= DENSE_EVENTS),
                       cursor=cursor, limit=limit)


# ---------------------------------------------------------------- sources

OUTLET_LIMIT = 500         # outlets listed by the sources view (most events first; ``outlets_total`` counts all)


def sources(conn: Connection, limit: int = paging.DEFAULT_LIMIT, outlet_limit: int = OUTLET_LIMIT) -> dict:
    """Outlets cited, how many events rest on each, and the events that rest on one outlet only
    (the per-outlet counts are kept in outlet_counts; the first ``outlet_limit`` outlets, most events
    first; the first ``limit`` single-source events by id, ``single_source_total`` counts them all)."""
    from .counts import outlet_key
    from .schema import outlet_counts
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
    single = _event_rows(conn, events.c.id.in_(list(first))) if first else []
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for e in single:
        e["sole_outlet"] = outlet_of.get(first[e["id"]], first[e["id"]])
        by_outlet[e["sole_outlet"]].append(e)
    grouped = [{"outlet": o, "events": evs} for o, evs in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    events_cited = conn.execute(select(func.count()).select_from(select(ec.c.event_id).distinct().subquery())).scalar_one()
    from .totals import events_total
    total_events = events_total(conn)          # kept (migration 0015)
    return {"outlets": outlets, "outlets_total": totals[0], "outlet_limit": outlet_limit,
            "single_source_events": single, "single_source_by_outlet": grouped,
            "single_source_total": totals[1], "limit": limit,
            "events_total": total_events, "events_cited": events_cited,
            "events_uncited": total_events - events_cited}


# ---------------------------------------------------------------- search

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
    from .search import containing
    q = (q or "").strip()
    if not q:
        return {"query": q, "actors": [], "documents": [], "events": []}
    from ..resolve.names import normalise_name
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
                     "snippet": _context(d.text, at, at + len(q), 80) if at >= 0 else None})
    evs: list[dict] = []
    if text:
        ids = containing(conn, "event", q, ["body"], limit)
        if len(ids) < limit:
            told = containing(conn, "occurrence", q, ["body"], limit)
            told_events = conn.execute(select(event_occurrences.c.event_id).where(
                event_occurrences.c.id.in_(told)).distinct()).scalars() if told else []
            ids += [i for i in told_events if i not in ids][:limit - len(ids)]
        evs = _event_rows(conn, events.c.id.in_(ids)) if ids else []
    return {"query": q, "actors": [dict(r._mapping) for r in actor_rows], "documents": docs, "events": evs}
