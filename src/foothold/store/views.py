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
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from ..errors import UnknownActorError, UnknownRecordError
from ..ingest.document import is_url
from . import queries
from .schema import (actors, aliases, citations, documents, event_actors, event_citations, event_occurrences,
                     events, mentions, occurrence_citations, relations)

QUAD_SCORE = {"material_cooperation": 2, "verbal_cooperation": 1, "verbal_conflict": -1, "material_conflict": -2}

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

    def where(self):
        clauses = []
        if self.type:
            clauses.append(events.c.type == self.type)
        if self.sphere:
            clauses.append(events.c.sphere == self.sphere)
        if self.document:
            clauses.append(events.c.id.in_(told_in(self.document)))
        if self.actor:
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
    flt = flt or EventFilter()
    rows = _event_rows(conn, flt.where())
    if flt.has_window():
        rows = [e for e in rows if _overlaps((e["date_start"], e["date_end"]) if e["date_start"] else None,
                                             flt.start, flt.end)]
    return rows


def event_spheres(conn: Connection) -> list[str]:
    """The spheres events in the store carry (for filter menus)."""
    return sorted(r[0] for r in conn.execute(select(events.c.sphere).distinct()) if r[0])


# ---------------------------------------------------------------- overview

def summary(conn: Connection) -> dict:
    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()
    by_type = dict(conn.execute(select(actors.c.type, func.count()).group_by(actors.c.type)).all())
    event_types = dict(conn.execute(select(events.c.type, func.count()).group_by(events.c.type)).all())
    return {"documents": count(documents), "actors": count(actors), "mentions": count(mentions),
            "relations": count(relations), "events": count(events), "citations": count(citations),
            "occurrences": count(event_occurrences),
            "actors_by_type": by_type, "events_by_type": event_types}


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
        spans_mentions.append({"start": m.start, "end": m.end, "text": m.text, "type": m.type or
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
            "actors": doc_actors}


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


def actor_profile(conn: Connection, ref: str) -> dict:
    """queries.actor_profile (forms, documents, sentences) plus the full events with their sources,
    relations with document links, the outlets reporting on the actor and co-occurring actors."""
    profile = queries.actor_profile(conn, ref)
    actor_id = profile["id"]
    doc_ids = {d["name"]: d["id"] for d in profile["documents"]}
    for alias in profile["aliases"]:
        alias["canonical"] = alias["alias"] == profile["name"]
        alias["documents"] = [{"name": n, "id": doc_ids.get(n)} for n in alias["documents"]]
    profile["aliases"].sort(key=lambda a: (not a["canonical"], -len(a["documents"]), a["alias"].lower()))
    profile["relations"] = _relation_rows(conn, or_(relations.c.subject_id == actor_id,
                                                    relations.c.object_id == actor_id))
    evs = events_matching(conn, EventFilter(actor=actor_id))
    for e in evs:
        e["role"] = "source" if any(a["id"] == actor_id for a in e["source"]) else "target"
    profile["events"] = evs
    outlets: Counter = Counter()
    for e in evs:
        for outlet in {c["outlet"] for c in e["citations"]}:
            outlets[outlet] += 1
    profile["outlets"] = [{"outlet": o, "events": n} for o, n in outlets.most_common()]
    profile["events_here"] = (_event_rows(conn, events.c.location_id == actor_id)
                              if profile["type"] in ("place", "country") else [])
    profile["co_occurring"] = co_occurring(conn, actor_id)
    return profile


def _sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (for co-occurrence counts only)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def co_occurring(conn: Connection, actor_id: str, limit: int = 25) -> list[dict]:
    """Actors named in the same sentence as this one, most frequent first (shared events count too)."""
    own = conn.execute(select(mentions.c.document_id, mentions.c.start).where(mentions.c.actor_id == actor_id)).all()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for m in own:
        by_doc[m.document_id].append(m.start)
    together: Counter = Counter()
    for doc_id, starts in by_doc.items():
        text = conn.execute(select(documents.c.text).where(documents.c.id == doc_id)).scalar_one()
        sentence_starts = [s for s, _ in _sentences(text)]

        def sentence_of(offset: int) -> int:
            return bisect_right(sentence_starts, offset) - 1

        mine = {sentence_of(st) for st in starts}
        others = conn.execute(select(mentions.c.actor_id, mentions.c.start)
                              .where(mentions.c.document_id == doc_id, mentions.c.actor_id != actor_id)).all()
        # Count each (actor, sentence) once: "Iran ... Iran" in one sentence is one co-occurrence.
        for other, sentence in {(o.actor_id, sentence_of(o.start)) for o in others}:
            if sentence in mine:
                together[other] += 1
    shared_events: Counter = Counter()
    ea2 = event_actors.alias("other")
    q = (select(ea2.c.actor_id, func.count(func.distinct(ea2.c.event_id)))
         .select_from(event_actors.join(ea2, ea2.c.event_id == event_actors.c.event_id))
         .where(event_actors.c.actor_id == actor_id, ea2.c.actor_id != actor_id).group_by(ea2.c.actor_id))
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
    rows = _event_rows(conn, or_(events.c.id == event_id, events.c.id.in_(
        select(event_occurrences.c.event_id).where(event_occurrences.c.id == event_id))))
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

def network(conn: Connection, flt: EventFilter | None = None, include_relations: bool = True,
            types: Iterable[str] | None = None, min_mentions: int = 0, only_tied: bool = False) -> dict:
    """Actors as nodes; typed relation edges and event-tie edges (source -> target, weighted by count)."""
    flt = flt or EventFilter()
    types = set(types or [])
    mention_q = select(mentions.c.actor_id, func.count()).group_by(mentions.c.actor_id)
    if flt.document:
        mention_q = mention_q.where(mentions.c.document_id == flt.document)
    mention_counts = dict(conn.execute(mention_q).all())

    evs = events_matching(conn, EventFilter(start=flt.start, end=flt.end, type=flt.type, sphere=flt.sphere,
                                            document=flt.document))
    ties: dict[tuple[str, str], dict] = {}
    for e in evs:
        for s in e["source"]:
            for t in e["target"]:
                if s["id"] == t["id"]:
                    continue
                tie = ties.setdefault((s["id"], t["id"]), {"count": 0, "score": 0, "types": Counter()})
                tie["count"] += 1
                tie["score"] += QUAD_SCORE.get(e["quad"] or "", 0)
                tie["types"][e["type"]] += 1
    edges = []
    for (s, t), tie in ties.items():
        edges.append({"id": f"e|{s}|{t}", "source": s, "target": t, "kind": "events", "count": tie["count"],
                      "score": round(tie["score"] / tie["count"], 2),
                      "types": dict(tie["types"].most_common())})
    # Relations carry no date, type or sphere: under those filters they would mislead, so they are left out.
    relations_hidden = include_relations and bool(flt.type or flt.sphere or flt.has_window())
    if include_relations and not relations_hidden:
        rel_q = select(relations.c.subject_id, relations.c.predicate, relations.c.object_id, func.count())
        if flt.document:
            rel_q = rel_q.where(relations.c.document_id == flt.document)
        for s, p, o, n in conn.execute(rel_q.group_by(relations.c.subject_id, relations.c.predicate,
                                                      relations.c.object_id)):
            if s != o:
                edges.append({"id": f"r|{s}|{p}|{o}", "source": s, "target": o, "kind": "relation",
                              "predicate": p, "count": n})
    degree: Counter = Counter()
    for e in edges:
        degree[e["source"]] += 1
        degree[e["target"]] += 1
    wanted = set(mention_counts) | set(degree)
    node_rows = _actor_names(conn, wanted)
    nodes = []
    for actor_id, a in node_rows.items():
        n_mentions = mention_counts.get(actor_id, 0)
        if types and a["type"] not in types:
            continue
        if n_mentions < min_mentions and not degree.get(actor_id):
            continue
        if only_tied and not degree.get(actor_id):
            continue
        nodes.append({**a, "mentions": n_mentions, "degree": degree.get(actor_id, 0)})
    kept = {n["id"] for n in nodes}
    edges = [e for e in edges if e["source"] in kept and e["target"] in kept]
    return {"nodes": nodes, "edges": edges, "events": len(evs), "relations_hidden": relations_hidden}


def ties_between(conn: Connection, a: str, b: str, flt: EventFilter | None = None) -> dict:
    """The evidence behind a network edge: relations and events linking two actors, either direction."""
    flt = flt or EventFilter()
    names = _actor_names(conn, [a, b])
    for actor_id in (a, b):
        if actor_id not in names:
            raise UnknownActorError(f"no actor with id '{actor_id}'", fix="Use ids from GET /api/network.")
    rel_where = or_(and_(relations.c.subject_id == a, relations.c.object_id == b),
                    and_(relations.c.subject_id == b, relations.c.object_id == a))
    if flt.document:
        rel_where = and_(rel_where, relations.c.document_id == flt.document)
    rels = _relation_rows(conn, rel_where)
    evs = []
    for e in events_matching(conn, EventFilter(start=flt.start, end=flt.end, type=flt.type, sphere=flt.sphere,
                                               document=flt.document, actor=a)):
        src = {x["id"] for x in e["source"]}
        tgt = {x["id"] for x in e["target"]}
        if (a in src and b in tgt) or (b in src and a in tgt):
            evs.append(e)
    return {"a": names[a], "b": names[b], "relations": rels, "events": evs}


# ---------------------------------------------------------------- places

def places(conn: Connection) -> list[dict]:
    """Places and countries with the events located there and the events they take part in."""
    dictionary_id = actors.c.dictionary_id if "dictionary_id" in actors.c else None
    cols = [actors.c.id, actors.c.name, actors.c.type] + ([dictionary_id] if dictionary_id is not None else [])
    rows = conn.execute(select(*cols).where(actors.c.type.in_(("place", "country")))).all()
    located = dict(conn.execute(select(events.c.location_id, func.count()).where(events.c.location_id.is_not(None))
                                .group_by(events.c.location_id)).all())
    involved = dict(conn.execute(select(event_actors.c.actor_id, func.count(func.distinct(event_actors.c.event_id)))
                                 .group_by(event_actors.c.actor_id)).all())
    mention_counts = dict(conn.execute(select(mentions.c.actor_id, func.count()).group_by(mentions.c.actor_id)).all())
    return [{"id": r.id, "name": r.name, "type": r.type, "dictionary_id": getattr(r, "dictionary_id", None),
             "events_located": located.get(r.id, 0),
             "events_involved": involved.get(r.id, 0), "mentions": mention_counts.get(r.id, 0)} for r in rows]


def events_at(conn: Connection, place_id: str) -> list[dict]:
    """Events located at a place or in which it (a country, a city standing for a government) takes part."""
    if not _actor_names(conn, [place_id]):
        raise UnknownActorError(f"no place or country with id '{place_id}'", fix="Use ids from GET /api/places.")
    involved = select(event_actors.c.event_id).where(event_actors.c.actor_id == place_id)
    return _event_rows(conn, or_(events.c.location_id == place_id, events.c.id.in_(involved)))


# ---------------------------------------------------------------- sources

def sources(conn: Connection) -> dict:
    """Outlets cited, how many events rest on each, and the events that rest on one outlet only."""
    per_outlet: dict[str, dict] = {}
    for c in conn.execute(select(citations.c.id, citations.c.outlet, citations.c.outlet_actor_id,
                                 citations.c.document_id, citations.c.date)):
        key = c.outlet_actor_id or c.outlet
        o = per_outlet.setdefault(key, {"outlet": c.outlet, "actor": c.outlet_actor_id, "citations": 0,
                                        "documents": set(), "events": set(), "sole_events": 0,
                                        "first": None, "last": None})
        o["citations"] += 1
        o["documents"].add(c.document_id)
        if c.date:
            o["first"] = min(o["first"] or c.date, c.date)
            o["last"] = max(o["last"] or c.date, c.date)
    links = conn.execute(select(event_citations.c.event_id, citations.c.outlet, citations.c.outlet_actor_id)
                         .join(citations, citations.c.id == event_citations.c.citation_id)).all()
    outlets_of_event: dict[str, set[str]] = defaultdict(set)
    for ev_id, outlet, outlet_actor in links:
        key = outlet_actor or outlet
        outlets_of_event[ev_id].add(key)
        per_outlet[key]["events"].add(ev_id)
    single_ids = [ev for ev, outs in outlets_of_event.items() if len(outs) == 1]
    for ev in single_ids:
        per_outlet[next(iter(outlets_of_event[ev]))]["sole_events"] += 1
    outlets = [{"outlet": o["outlet"], "actor": o["actor"], "citations": o["citations"],
                "documents": len(o["documents"]), "events": len(o["events"]), "sole_events": o["sole_events"],
                "first": o["first"], "last": o["last"]} for o in per_outlet.values()]
    outlets.sort(key=lambda o: (-o["events"], -o["citations"], o["outlet"].lower()))
    single = _event_rows(conn, events.c.id.in_(single_ids)) if single_ids else []
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for e in single:
        e["sole_outlet"] = per_outlet[next(iter(outlets_of_event[e["id"]]))]["outlet"]
        by_outlet[e["sole_outlet"]].append(e)
    grouped = [{"outlet": o, "events": evs} for o, evs in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    total_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
    return {"outlets": outlets, "single_source_events": single, "single_source_by_outlet": grouped,
            "events_total": total_events, "events_cited": len(outlets_of_event),
            "events_uncited": total_events - len(outlets_of_event)}


# ---------------------------------------------------------------- search

def search(conn: Connection, q: str, limit: int = 50) -> dict:
    """Actors (by name or any surface form), documents (name, title, text) and events (evidence) matching q."""
    q = (q or "").strip()
    if not q:
        return {"query": q, "actors": [], "documents": [], "events": []}
    like = f"%{_escape_like(q.lower())}%"
    alias_hits = select(aliases.c.actor_id).where(func.lower(aliases.c.alias).like(like, escape="\\"))
    mention_hits = select(mentions.c.actor_id).where(func.lower(mentions.c.text).like(like, escape="\\"))
    actor_rows = conn.execute(select(actors.c.id, actors.c.name, actors.c.type)
                              .where(or_(func.lower(actors.c.name).like(like, escape="\\"),
                                         actors.c.id.in_(alias_hits), actors.c.id.in_(mention_hits)))
                              .order_by(func.length(actors.c.name), actors.c.id).limit(limit)).all()
    doc_rows = conn.execute(select(documents.c.id, documents.c.name, documents.c.title, documents.c.text)
                            .where(or_(func.lower(documents.c.name).like(like, escape="\\"),
                                       func.lower(documents.c.title).like(like, escape="\\"),
                                       func.lower(documents.c.text).like(like, escape="\\")))
                            .order_by(documents.c.name, documents.c.id).limit(limit)).all()
    docs = []
    for d in doc_rows:
        at = d.text.lower().find(q.lower())
        docs.append({"id": d.id, "name": d.name, "title": d.title,
                     "hits": d.text.lower().count(q.lower()),
                     "snippet": _context(d.text, at, at + len(q), 80) if at >= 0 else None})
    told = select(event_occurrences.c.event_id).where(
        func.lower(event_occurrences.c.evidence).like(like, escape="\\"))
    evs = _event_rows(conn, or_(func.lower(events.c.evidence).like(like, escape="\\"),
                                events.c.id.in_(told)))[:limit]
    return {"query": q, "actors": [dict(r._mapping) for r in actor_rows], "documents": docs, "events": evs}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
