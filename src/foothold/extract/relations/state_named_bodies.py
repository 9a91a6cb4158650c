"""Bodies whose name closes on "of <country>" and whose head noun names a state's body only in that shape (issue 8,
relfresh): "the Trade Bank of Iraq", "the Export-Import Bank of China" are part_of the country, as "the Central Bank
of Iraq" is (roles.yaml `state_bodies`). "A Lebanese bank" or "Jordan's Arab Bank" say only where a bank is, so the
nouns (roles.yaml `bodies_named_of_state`) count only when the country closes the name itself."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import load_yaml
from .index import Ref
from .lexicon import ROLES_PATH, _strings


@lru_cache(maxsize=2)
def heads_named_of_state(path: str | None = None) -> frozenset[str]:
    """roles.yaml `bodies_named_of_state`, validated as every roles list is."""
    data = load_yaml(Path(path or ROLES_PATH).read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in _strings(data, "bodies_named_of_state"))


def named_of_state(reading, body: Ref, country: Ref) -> bool:
    """The body's name is '<...> <head> of [the] <country>', the country closing it: 'Trade Bank of Iraq'."""
    if country.end != body.end or country.start <= body.start + 1:
        return False
    of = country.start - 1 - (reading.w(country.start - 1) == "the")
    return reading.w(of) == "of" and reading.w(of - 1) in heads_named_of_state()
