"""A gazetteer country's other names (issue 8, reltitle8): geonames calls the country of Abidjan "Ivory Coast", the
text and its actor may call it "Côte d'Ivoire"; geonames' "Czechia" is countries.yaml's "Czech Republic". A city's
state must be found under the name the text gives its country actor: `TokenIndex.state_of_place` reads
`country_name_forms` for every country a city name may stand in, so an "ABIDJAN, 3 May 2023 -" dateline, a scene
("In Abidjan, ...") or a visit's destination finds Côte d'Ivoire.

The forms are those `known._iso3_names` reads: the gazetteer's name, countries.yaml's name and aliases."""

from __future__ import annotations

from functools import lru_cache

from ...resolve.names import normalise_name


@lru_cache(maxsize=1)
def _forms_by_name() -> dict[str, frozenset[str]]:
    from .known import _iso3_names
    out: dict[str, frozenset[str]] = {}
    for names in _iso3_names().values():
        for name in names:
            out[name] = names
    return out


def country_name_forms(name: str) -> frozenset[str]:
    """Normalised names of the country a gazetteer calls ``name`` ("Czechia": czechia, czech republic); the
    name alone when the gazetteer knows no such country."""
    key = normalise_name(name)
    return _forms_by_name().get(key, frozenset({key}))
