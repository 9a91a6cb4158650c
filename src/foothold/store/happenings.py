"""Events as happenings: each extracted occurrence is linked to the event it tells.

``insert_events`` stores a document's extracted events as occurrences and links
each to an event (``resolve.events`` decides which tellings are one happening,
within the document and, conservatively, with events other documents told).
The ``events`` row is derived from its occurrences by ``refresh_event``: the
first telling's span, the pooled actors, the most precise date, a known
location and the union of citations. Ids are deterministic: an occurrence's id
hashes its document, position, span and type; a new event takes its first
occurrence's id.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from ..resolve.events import PRECISION_RANK, Grouper, Happening, Occurrence, same_happening
from . import schema as t

_EVENT_FIELDS = ("document_id", "type", "mode", "quad", "sphere", "evidence", "start", "end", "extractor",
                 "trigger", "attributed_to", "negated", "hypothetical", "channel", "channel_reason")


def event_id(document_id: str, index: int, event) -> str:
    key = f"{document_id}:{index}:{event.start}:{event.end}:{event.type}"
    return "ev_" + hashlib.sha256(key.encode()).hexdigest()[:24]


def _qualifier(date) -> str | None:
    return date.qualifier.lower() if date is not None and date.qualifier else None


# Statements run per happening, built once with their values bound: building a fresh statement per
# event cost the writer more than running it.
_EID = bindparam("eid")
_INSERT_EVENT = insert(t.events)
_INSERT_OCCURRENCE = insert(t.event_occurrences)
_INSERT_OCCURRENCE_ACTORS = insert(t.occurrence_actors)
_INSERT_OCCURRENCE_CITATIONS = insert(t.occurrence_citations)
_INSERT_EVENT_ACTORS = insert(t.event_actors)
_INSERT_EVENT_CITATIONS = insert(t.event_citations)
_OCCURRENCES_OF = select(t.event_occurrences).where(t.event_occurrences.c.event_id == _EID)
_DELETE_EVENT_ACTORS = delete(t.event_actors).where(t.event_actors.c.event_id == _EID)
_DELETE_EVENT_CITATIONS = delete(t.event_citations).where(t.event_citations.c.event_id == _EID)
_DELETE_EVENT = delete(t.events).where(t.events.c.id == _EID)
_UPDATE_EVENT = update(t.events).where(t.events.c.id == _EID)       # SET: the columns the call binds
_OCCURRENCE_ROLES = select(t.occurrence_actors).where(
    t.occurrence_actors.c.occurrence_id.in_(bindparam("ids", expanding=True)))
_OCCURRENCE_CITES = select(t.occurrence_citations).where(
    t.occurrence_citations.c.occurrence_id.in_(bindparam("ids", expanding=True)))
_STORED_CANDIDATES = (
    select(t.events).where(t.events.c.type == bindparam("type"), t.events.c.date == bindparam("date"),
                           t.events.c.document_id != bindparam("doc"),
                           t.events.c.id.in_(select(t.event_actors.c.event_id).where(
                               t.event_actors.c.actor_id.in_(bindparam("actors", expanding=True)))))
    .order_by(t.events.c.id))
_EVENT_ROLES = select(t.event_actors).where(t.event_actors.c.event_id == _EID)
_PEOPLE_AMONG = select(t.actors.c.id).where(t.actors.c.id.in_(bindparam("ids", expanding=True)),
                                            t.actors.c.type == "person")

GROUP_SEGMENTS = 2    # a long document's tellings are grouped with those of this many segments (this and the last)


def insert_events(conn: Connection, document_id: str, extraction, actor_map: dict[str, str],
                  citation_ids, channel=None, joined: dict | None = None) -> int:
    """Store the occurrences and link them to events; returns participants dropped as unlisted.

    ``extraction``: an Extraction or a ``SpilledExtraction`` (events a segment's block at a time:
    tellings are grouped within GROUP_SEGMENTS segments, so memory holds that window, not the
    document). ``channel(event)``: its ``analyze.channels.Decision`` (the event row takes its first
    telling's). ``joined``: filled with the stored events other documents told that this document's
    tellings join, as they were before (``counts.EventState``), for counts.document_deltas."""
    from ..extract.spilled import records
    extraction = records(extraction)
    people = frozenset(actor_map[a.id] for a in extraction.actor_list() if a.type == "person" and a.id in actor_map)
    grouper, rows, dropped, i = Grouper(), {}, 0, 0
    for segment, block in enumerate(extraction.blocks("events")):
        for happening in grouper.close(before=segment - GROUP_SEGMENTS + 1):
            _store_happening(conn, happening, rows, document_id, joined)
        for e in block:
            dropped += sum(1 for a in [*e.source, *e.target] if a not in actor_map)
            oid = event_id(document_id, i, e)
            location = actor_map.get(e.location) if e.location else None
            decision = channel(e) if channel else None
            rows[oid] = row = {
                "id": oid, "document_id": document_id, "position": i, "type": e.type, "mode": e.mode,
                "date": e.date.iso if e.date else None, "precision": e.date.precision if e.date else None,
                "date_qualifier": _qualifier(e.date), "location_id": location, "quad": e.quad,
                "sphere": e.sphere, "evidence": e.evidence, "start": e.start, "end": e.end,
                "extractor": e.extractor, "trigger": e.trigger, "attributed_to": list(e.attributed_to),
                "confidence": e.confidence, "negated": bool(e.negated), "hypothetical": bool(e.hypothetical),
                "channel": decision.channel if decision else None,
                "channel_reason": decision.reason if decision else None,
                "_roles": {(actor_map[a], "source") for a in e.source if a in actor_map}
                | {(actor_map[a], "target") for a in e.target if a in actor_map},
                "_cites": sorted({citation_ids[c] for c in e.citations if 0 <= c < len(citation_ids)})}
            grouper.add(_occurrence(row, people=people), segment)
            i += 1
    for happening in grouper.close():
        _store_happening(conn, happening, rows, document_id, joined)
    return dropped


def _store_happening(conn: Connection, happening: Happening, rows: dict, document_id: str,
                     joined: dict | None = None) -> None:
    """Insert one happening's occurrences (their ``rows`` are taken out), linked to a stored or new event."""
    target, across = _stored_match(conn, happening, document_id)
    if target and joined is not None and target not in joined:
        from .counts import event_states      # the event as the kept counts saw it before this telling
        joined.update(event_states(conn, [target]))
    eid = target or happening.first.id
    occurrences, roles, cites = [], [], []
    for occ in happening.members:
        row = rows.pop(occ.id)
        reason = happening.reasons.get(occ.id) or (f"same happening as {eid}: {across}" if target
                                                   else "first telling")
        occurrences.append({k: v for k, v in row.items() if not k.startswith("_")} | {"event_id": eid, "reason": reason})
        roles += [{"occurrence_id": occ.id, "actor_id": a, "role": r} for a, r in sorted(row["_roles"])]
        cites += [{"occurrence_id": occ.id, "citation_id": c} for c in row["_cites"]]
    if target:
        _insert_occurrences(conn, occurrences, roles, cites)
        refresh_event(conn, eid)
        return
    # A new event: derived from these tellings alone, as refresh_event would read them back.
    conn.execute(_INSERT_EVENT, {"id": eid, **_event_values(eid, occurrences)})
    _insert_occurrences(conn, occurrences, roles, cites)
    _insert_event_links(conn, eid, {(r["actor_id"], r["role"]) for r in roles}, {r["citation_id"] for r in cites})


def _insert_occurrences(conn: Connection, occurrences: list[dict], roles: list[dict], cites: list[dict]) -> None:
    conn.execute(_INSERT_OCCURRENCE, occurrences)
    if roles:
        conn.execute(_INSERT_OCCURRENCE_ACTORS, roles)
    if cites:
        conn.execute(_INSERT_OCCURRENCE_CITATIONS, cites)


def _event_values(eid: str, occs: list[dict]) -> dict:
    """The event row's columns from its tellings: the first telling's fields, the most precise date,
    a known location, the highest confidence."""
    occs = sorted(occs, key=lambda r: (r["id"] != eid, r["document_id"], r["start"] or 0, r["id"]))
    first = occs[0]
    dated = [r for r in occs if r["date"]]
    best = max(dated, key=lambda r: (PRECISION_RANK.get(r["precision"] or "", 0), bool(r["date_qualifier"])),
               default=None)
    return {**{k: first[k] for k in _EVENT_FIELDS},
            "date": best["date"] if best else None, "precision": best["precision"] if best else None,
            "date_qualifier": best["date_qualifier"] if best else None,
            "location_id": next((r["location_id"] for r in occs if r["location_id"]), None),
            "confidence": max((r["confidence"] for r in occs if r["confidence"] is not None), default=None)}


def _insert_event_links(conn: Connection, eid: str, roles: set[tuple[str, str]], cites: set[str]) -> None:
    if roles:
        conn.execute(_INSERT_EVENT_ACTORS, [{"event_id": eid, "actor_id": a, "role": r} for a, r in sorted(roles)])
    if cites:
        conn.execute(_INSERT_EVENT_CITATIONS, [{"event_id": eid, "citation_id": c} for c in sorted(cites)])


def _occurrence(row: dict, roles=None, people: frozenset[str] = frozenset()) -> Occurrence:
    roles = row["_roles"] if roles is None else roles
    return Occurrence(row["id"], row["type"], frozenset(a for a, r in roles if r == "source"),
                      frozenset(a for a, r in roles if r == "target"), row["date"], row["precision"],
                      row["date_qualifier"], row["location_id"], row["trigger"], bool(row["negated"]),
                      bool(row["hypothetical"]), row["evidence"], people & {a for a, _ in roles})


def _stored_match(conn: Connection, happening: Happening, document_id: str) -> tuple[str | None, str | None]:
    """An event other documents told that this happening is (same day, shared actors), with the reason."""
    pooled = happening.pooled()
    if not pooled.date or pooled.precision != "day":
        return None, None
    actors = pooled.source | pooled.target
    if not actors:
        return None, None
    candidates = conn.execute(_STORED_CANDIDATES, {"type": pooled.type, "date": pooled.date, "doc": document_id,
                                                   "actors": sorted(actors)}).all()
    for cand in candidates:
        roles = {(r.actor_id, r.role) for r in conn.execute(_EVENT_ROLES, {"eid": cand.id})}
        people = frozenset(conn.execute(_PEOPLE_AMONG, {"ids": sorted({a for a, _ in roles})}).scalars())
        why = same_happening(_occurrence(dict(cand._mapping), roles, people), pooled, across_documents=True)
        if why:
            return cand.id, why
    return None, None


def refresh_event(conn: Connection, eid: str) -> None:
    """Derive the event row, its actors and citations from its occurrences (delete it when none is left)."""
    key = {"eid": eid}
    occs = [dict(r._mapping) for r in conn.execute(_OCCURRENCES_OF, key)]
    conn.execute(_DELETE_EVENT_ACTORS, key)
    conn.execute(_DELETE_EVENT_CITATIONS, key)
    if not occs:
        conn.execute(_DELETE_EVENT, key)
        return
    conn.execute(_UPDATE_EVENT, {"eid": eid, **_event_values(eid, occs)})
    ids = {"ids": [r["id"] for r in occs]}
    _insert_event_links(conn, eid, {(r.actor_id, r.role) for r in conn.execute(_OCCURRENCE_ROLES, ids)},
                        {r.citation_id for r in conn.execute(_OCCURRENCE_CITES, ids)})


def remove_occurrences(conn: Connection, document_id: str) -> None:
    """Drop a document's occurrences; events other documents also told stay, re-derived from theirs."""
    o = t.event_occurrences
    touched = set(conn.execute(select(o.c.event_id).where(o.c.document_id == document_id)).scalars())
    # Events first told here but retold elsewhere must not go with the document (events.document_id cascades).
    here = select(o.c.id).where(o.c.document_id == document_id)
    conn.execute(delete(t.occurrence_actors).where(t.occurrence_actors.c.occurrence_id.in_(here)))
    conn.execute(delete(t.occurrence_citations).where(t.occurrence_citations.c.occurrence_id.in_(here)))
    conn.execute(delete(o).where(o.c.document_id == document_id))
    for eid in sorted(touched):
        refresh_event(conn, eid)
    # Events with no occurrence at all (none should be left) go with the document as before.
    orphans = select(t.events.c.id).where(and_(t.events.c.document_id == document_id))
    conn.execute(delete(t.event_actors).where(t.event_actors.c.event_id.in_(orphans)))
    conn.execute(delete(t.event_citations).where(t.event_citations.c.event_id.in_(orphans)))
    conn.execute(delete(t.events).where(t.events.c.document_id == document_id))
