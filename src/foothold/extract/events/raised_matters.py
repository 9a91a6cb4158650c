"""A matter raised with a named party is a consultation whatever the matter (issue 8, evskip5; data/raised_matters.yaml).

"raised the water shortage with Iran's ambassador", "raised the fishing dispute with the Chilean minister": the
wire vocabulary's `raise` (CAMEO "* CONCERNS" 040, PLOVER CONSULT) lists the matter words (an issue, a question, a
case); any other matter read as the verb's other sense and the talk was dropped. A noun raised "with" a named person,
body or state (the "with" on the verb or on the noun) puts it to that party; what is raised as a level ("raised
tariffs with ...", "raised its stake") is no matter and stays out. Read in `material.object_sense`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set
from .index import DocIndex

RAISED_PATH = Path(__file__).resolve().parents[2] / "data" / "raised_matters.yaml"
PARTY_TYPES = frozenset({"person", "organization", "country"})


@lru_cache(maxsize=2)
def raised_levels(path: str | None = None) -> frozenset[str]:
    """data/raised_matters.yaml: things raised as a level or a sum, no matter put to anyone, validated when loaded."""
    return read_word_set(path or RAISED_PATH, "raised_levels", "raised matters")


def _party_with(heads, index: DocIndex) -> bool:
    """A "with" phrase on one of the heads names a person, a body or a state (or its apposition does)."""
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ != "with":
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                for t in (o, *(a for a in o.children if a.dep_ == "appos"), *(c for c in o.children
                                                                               if c.dep_ == "poss")):
                    hit = index.actor_at(t.i)
                    if hit is not None and hit.type in PARTY_TYPES:
                        return True
    return False


def matter_raised_with(verb, objects: list, index: DocIndex) -> bool:
    """The verb "raise" with a noun matter and a named party it was raised with."""
    if verb.lemma_.lower() != "raise":
        return False
    matters = [o for o in objects if o.head.i == verb.i and o.dep_ == "dobj" and o.pos_ == "NOUN"]
    if not matters or any(o.lemma_.lower() in raised_levels() or o.lower_ in raised_levels() for o in matters):
        return False
    return _party_with([verb, *matters], index)
