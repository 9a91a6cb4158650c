"""The city a bare mayor heads (issue 8, reltitle6): "Security forces in Moscow set up checkpoints and the mayor, X,
declared Monday a non-working day", "In Derna, residents set fire to the house of the mayor, X" — the holder leads
the one city its sentence sets something in ("in <city>") before the title, as the golds code it. A city is a place
actor no region noun follows ("in Najaf province" is none); two such places before the title, or a title naming its own place ("Moscow Mayor X", "the mayor
of Y"), leave the older reading. Title words in roles.yaml `city_heads`, validated when loaded."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...yamlfile import read_word_sets
from .index import Ref
from .lexicon import ROLES_PATH, _phrase


@dataclass(frozen=True)
class CityHeadWords:
    titles: frozenset


@lru_cache(maxsize=2)
def city_head_titles(path: str | None = None) -> frozenset:
    """roles.yaml `city_heads.titles` as title word tuples."""
    words = read_word_sets(path or ROLES_PATH, CityHeadWords, "roles (city_heads)", section="city_heads")
    return frozenset(_phrase(t) for t in words.titles)


def mayors_city(reader, t, holder: Ref | None) -> Ref | None:
    """The one city set by "in" before a bare mayor's title in its sentence, else None."""
    if holder is None or t.words not in city_head_titles() or t.obj or t.premodifier or t.country:
        return None
    if not reader.sitting(t):
        return None                          # "the former mayor, X": no guess
    cities = {r.actor: r for j in range(reader.lo, t.start)
              if reader.w(j - 1) == "in" and (r := reader.idx.ref_starting(j)) is not None and is_city(reader, r)}
    return Ref(next(iter(cities)), "place", t.title_start, t.title_end) if len(cities) == 1 else None


def is_city(reader, r: Ref) -> bool:
    """A place named by itself, not a region ("in the Kurram district", "in Najaf province") nor a country."""
    return r.type == "place" and reader.w(r.end) not in reader.lex.region_nouns
