"""Protests joined (issue 8, evcand8; vocabulary in data/joined_protests.yaml and data/protest_gatherings.yaml).

A named party taking part in a protest is its PROTEST demo (PLOVER "demonstrate or rally"), told as joining it or
as being among its crowd: "former President X, another candidate of the Collective, was among the marchers", "the
opposition leader joined the protesters outside parliament", "X joined the march on Monday". ``joined_protest(verb)``
gives PROTEST demo for "be among" a protesting crowd (`protest_gatherings.yaml` `protesting_nouns`) and for a joining
verb whose object is such a crowd or a protest (`march_nouns`, `protest_nouns`); the subject is the protester, as the
usual arguments read it. "was among the dead", "joined the government", "joined the talks" are not read here. Read in
``triggers.find_triggers`` beside the other shape triggers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .protest_gatherings import DEMONSTRATION, gathering_words

JOINED_PATH = Path(__file__).resolve().parents[2] / "data" / "joined_protests.yaml"


@dataclass(frozen=True)
class JoinedWords:
    joining_verbs: frozenset[str]
    protest_nouns: frozenset[str]


@lru_cache(maxsize=2)
def joined_words(path: str | None = None) -> JoinedWords:
    """data/joined_protests.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or JOINED_PATH, JoinedWords, "joined protests")


def _noun_in(noun, words) -> bool:
    return noun.lemma_.lower() in words or noun.lower_ in words


def joined_protest(verb):
    """PROTEST demo for "X was among the marchers", "X joined the protesters / the march", else None."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    crowd = gathering_words()
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return DEMONSTRATION if any(
            c.dep_ == "prep" and c.lower_ == "among" and any(
                o.dep_ == "pobj" and _noun_in(o, crowd.protesting_nouns) and not any(
                    a.dep_ in ("acl", "relcl") for a in o.children)        # "among the protesters killed"
                for o in c.children) for c in verb.children) else None
    joined = joined_words()
    if lemma not in joined.joining_verbs:
        return None
    protests = crowd.protesting_nouns | crowd.march_nouns | joined.protest_nouns
    return DEMONSTRATION if any(c.dep_ == "dobj" and _noun_in(c, protests) for c in verb.children) else None
