"""ACLED-style CSV: one row per event, ACLED's columns and event types.

PLOVER types map to ACLED event/sub-event types (violent ones by mode);
what ACLED has no type for is a "Strategic developments" row whose notes
keep the PLOVER type. time_precision: 1 day, 2 month or season, 3 year
(ACLED's 1/2/3 = exact/within a week/within a month, widened for reports);
a qualified date ("mid-June", "summer") is written as the first day of the part it names;
geo_precision: 1 town, 2 region, 3 country (at the capital).
Every cell is spreadsheet-safe: text a spreadsheet would run as a formula is quoted (OWASP's
CSV-injection rule), so a file or actor name like "=HYPERLINK(...)" stays text.
"""

from __future__ import annotations

import csv
import re
from typing import IO

from sqlalchemy.engine import Connection

from ..store.views import date_range
from . import select as q
from .places import Places

COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
           "country", "location", "latitude", "longitude", "geo_precision", "source", "notes",
           "plover_type", "plover_mode", "channel", "document_id", "start", "end", "occurrences"]

REMOTE = ("air", "drone", "missile", "rocket", "shelling", "artillery", "bomb", "explosi", "ied", "mortar")
TIME_PRECISION = {"day": 1, "month": 2, "season": 2, "year": 3}
GEO_PRECISION = {"city": 1, "region": 2, "country": 3}


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def spreadsheet_safe(value):
    """A cell that a spreadsheet would read as a formula, prefixed with ' so it is shown as text.

    Numbers (a negative longitude) stay numbers; only strings starting with = + - @ tab or CR change.
    """
    if isinstance(value, str) and value.startswith(FORMULA_START) and not NUMBER.match(value):
        return "'" + value
    return value


def acled_type(plover: str, mode: str) -> tuple[str, str]:
    mode = (mode or "").lower()
    if plover == "ASSAULT":
        if any(w in mode for w in REMOTE):
            return "Explosions/Remote violence", "Air/drone strike" if ("air" in mode or "drone" in mode) \
                else "Shelling/artillery/missile attack"
        if "assassin" in mode or "kill" in mode or "abduct" in mode:
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if plover == "PROTEST":
        return ("Riots", "Violent demonstration") if "riot" in mode or "violent" in mode \
            else ("Protests", "Peaceful protest")
    if plover == "COERCE" and "arrest" in mode:
        return "Strategic developments", "Arrests"
    if plover == "COERCE" and ("seiz" in mode or "destr" in mode or "loot" in mode):
        return "Strategic developments", "Looting/property destruction"
    if plover == "AGREE" and "agreement" in mode:
        return "Strategic developments", "Agreement"
    if plover == "MOBILIZE":
        return "Strategic developments", "Change to group/activity"
    return "Strategic developments", "Other"


def event_date(date: str | None) -> str:
    """ACLED dates are days: a month or year is written as its first day (time_precision says so)."""
    if not date:
        return ""
    parts = date.split("-") + ["01", "01"]
    return "-".join(parts[:3])


def event_row(e: dict, doc: dict, names: dict[str, str], places: Places) -> dict:
    date, precision = (e["date"], e["precision"]) if e["date"] else (doc["date"], doc["date_precision"])
    qualifier = e.get("date_qualifier") if e["date"] else None
    days = date_range(date, precision, qualifier) if qualifier else None
    place = places.get(e["location_id"])
    event_type, sub_type = acled_type(e["type"], e["mode"])
    notes = e["evidence"] or ""
    if event_type == "Strategic developments" and sub_type == "Other":
        notes = f"[{e['type']}: {e['mode'] or ''}] {notes}"
    # One row per happening: its other tellings' words follow the first.
    others = [o["evidence"] for o in e.get("occurrences") or []
              if o["evidence"] and (o["start"], o["end"]) != (e["start"], e["end"])]
    if others:
        notes = " | ".join([notes, *dict.fromkeys(others)])
    return {
        "event_id_cnty": e["id"], "event_date": days[0] if days else event_date(date),
        "time_precision": TIME_PRECISION.get(precision or "", 3) if date else "",
        "event_type": event_type, "sub_event_type": sub_type,
        "actor1": "; ".join(names.get(a, a) for a in e["source"]),
        "actor2": "; ".join(names.get(a, a) for a in e["target"]),
        "country": (place.country or "") if place else "", "location": place.name if place else "",
        "latitude": "" if not place or place.latitude is None else f"{place.latitude:.4f}",
        "longitude": "" if not place or place.longitude is None else f"{place.longitude:.4f}",
        "geo_precision": GEO_PRECISION.get(place.precision, "") if place else "",
        "source": "; ".join(dict.fromkeys(c["outlet"] for c in e["citations"])) or doc["name"],
        "notes": " ".join(notes.split()), "plover_type": e["type"], "plover_mode": e["mode"] or "",
        "channel": e.get("channel") or "",
        "document_id": doc["id"], "start": e["start"], "end": e["end"],
        "occurrences": len(e.get("occurrences") or []) or 1,
    }


def write(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    places = Places(conn)
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for e, doc, names in q.named_events(conn, sel):
        writer.writerow({k: spreadsheet_safe(v) for k, v in event_row(e, doc, names, places).items()})
        n += 1
    return n
