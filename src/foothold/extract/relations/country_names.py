"""A gazetteer country's other names (issue 8, reltitle8): geonames calls the country of Prague "Czechia", the text and
countries.yaml call it "Czech Republic"; a city's state must be found under the name the text gives its country
actor. `TokenIndex.state_of_place` reads `country_name_forms` for every country a city name may stand in, so a
"PRAGUE, 19 April 2021 -" dateline, a scene ("In Prague, ...") or a visit's destination finds the Czech Republic.

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
