"""PLOVER JSON lines: one event per line, with the PLOVER manual's fields.

``actor``/``recipient`` carry names as the text gives them (``actor_ids``/
``recipient_ids`` the store ids), ``date_qualifier`` the "early"/"mid"/"late" or
season of a vague date and ``date_range`` the days it stands for, ``context`` the sphere, ``channel`` the
channel of influence (political, military, economic, religious_cultural, information), ``quad_code`` the
PLOVER quad (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict), ``text_info`` where the evidence sits, ``cite_info``
the source notes the event rests on.
"""

from __future__ import annotations

import json
from typing import IO

from sqlalchemy.engine import Connection

from ..store.views import date_range
from . import select as q
from .places import Places

QUAD_CODES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}


def event_record(e: dict, doc: dict, names: dict[str, str], places: Places) -> dict:
    place = places.get(e["location_id"])
    own_date = bool(e["date"])
    date, precision = (e["date"], e["precision"]) if own_date else (doc["date"], doc["date_precision"])
    qualifier = e.get("date_qualifier") if own_date else None
    days = date_range(date, precision, qualifier)
    return {
        "id": e["id"],
        "date": date,
        "date_precision": precision,
        "date_qualifier": qualifier,                 # "early June": precision month, qualifier early
        "date_range": list(days) if days else None,  # the days the date stands for, inclusive
        "actor": "; ".join(names.get(a, a) for a in e["source"]),
        "actor_ids": e["source"],
        "recipient": "; ".join(names.get(a, a) for a in e["target"]),
        "recipient_ids": e["target"],
        "event": e["type"],
        "mode": e["mode"] or "",
        "context": [e["sphere"]] if e["sphere"] else [],
        "channel": e.get("channel"),                 # foothold's channel of influence (analyze.channels)
        "channel_reason": e.get("channel_reason"),
        "event_text": e["evidence"] or "",
        "quad_code": QUAD_CODES.get(e["quad"] or "", 0),
        "location": None if place is None else {"name": place.name, "country": place.country,
                                                "latitude": place.latitude, "longitude": place.longitude,
                                                "precision": place.precision},
        "negated": bool(e["negated"]), "hypothetical": bool(e["hypothetical"]), "confidence": e["confidence"],
        "text_info": {"document_id": doc["id"], "document": doc["name"], "title": doc["title"],
                      "start": e["start"], "end": e["end"], "trigger": e["trigger"], "extractor": e["extractor"]},
        "cite_info": [{"outlet": c["outlet"], "date": c["date"], "evidence": c["evidence"],
                       "start": c["start"], "end": c["end"]} for c in e["citations"]],
        # Every telling of the happening: one record per event, all its evidence attached.
        "occurrences": [{"id": o["id"], "document_id": o["document_id"], "start": o["start"], "end": o["end"],
                         "event_text": o["evidence"] or "", "trigger": o["trigger"], "extractor": o["extractor"]}
                        for o in e.get("occurrences") or []],
    }


def write(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    places = Places(conn)
    n = 0
    for e, doc, names in q.named_events(conn, sel):
        out.write(json.dumps(event_record(e, doc, names, places), ensure_ascii=False) + "\n")
        n += 1
    return n
