"""A named media outlet suspended, blocked or banned is censorship (issue 8, statements2; data/outlet_restrictions.yaml).

"the media regulator suspended the BBC and Voice of America", "blocked TikTok across the territory": the verb's
listed objects ("suspended aid", "blocked the resolution") miss an outlet, so the verb read as its other sense; a
named media actor as its object makes it PLOVER COERCE (mode `ban`). Read in `material.object_sense`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set
from .index import DocIndex

RESTRICTIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "outlet_restrictions.yaml"


@lru_cache(maxsize=2)
def restricting_verbs(path: str | None = None) -> frozenset[str]:
    """data/outlet_restrictions.yaml: the verbs' lemmas, validated when loaded."""
    return read_word_set(path or RESTRICTIONS_PATH, "restricting_verbs", "outlet restrictions")


@lru_cache(maxsize=2)
def media_nouns(path: str | None = None) -> frozenset[str]:
    """data/outlet_restrictions.yaml: common nouns of outlets ("the channel's licence"), validated when loaded."""
    return read_word_set(path or RESTRICTIONS_PATH, "media_nouns", "outlet restrictions")


def outlet_restricted(verb, objects: list, index: DocIndex) -> bool:
    """The verb restricts and one of its objects is a named media actor, or names one or an outlet noun in its own
    phrase ("the French broadcasters RFI and France 24", "the channel's licence"; evtypes)."""
    if verb.lemma_.lower() not in restricting_verbs():
        return False
    return any(_media(o, index) or any(_media(c, index) for c in _held_by(o)) for o in objects)


def _media(tok, index: DocIndex) -> bool:
    hit = index.actor_at(tok.i)
    return hit is not None and hit.type == "media" or hit is None and tok.lemma_.lower() in media_nouns()


def _held_by(noun) -> list:
    """Who the object is or belongs to: its appositions, possessor and "of" phrase ("suspended the licence of the
    channel X", evtypes6), with their conjuncts."""
    held = [c for c in noun.children if c.dep_ in ("appos", "poss")]
    held += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return held + [k for c in held for k in c.conjuncts]
