"""The place an "its" before a place head's title stands for (issue 8, relties8): "A delegation of X province led by
its governor, Y, visited Z", "the council of X and its mayor, Y". `sentence.pronoun_owner` takes only an organisation
or a country for "its" and passes places by; before a title that only a place holds (data/place_heads.yaml: governor,
mayor, prefect ...) the place named nearest before the pronoun is the owner, when no organisation, country or person
is named between them (outside a closed relative clause). Read by `title_modifiers._modifier_pronoun_owner`, so the
title is then read as "X Governor Y" is (the holder leads the place)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .index import Ref

DATA = Path(__file__).resolve().parents[2] / "data" / "place_heads.yaml"


@dataclass(frozen=True)
class PlaceHeadWords:
    titles: frozenset[str]


@lru_cache(maxsize=2)
def place_head_titles(path: str | None = None) -> frozenset:
    """data/place_heads.yaml `titles` as word tuples."""
    return frozenset(tuple(t.split()) for t in read_word_sets(path or DATA, PlaceHeadWords, "place heads").titles)


def place_its_owner(reader, words: tuple, j: int) -> Ref | None:
    """The place an "its" at token j stands for before the title `words`, else None."""
    if reader.w(j) != "its" or words not in place_head_titles():
        return None
    r = next(reader.refs_before(j), None)       # the nearest actor named before it (Sentence.refs_before)
    return r if r is not None and r.type == "place" and not r.demonym else None
