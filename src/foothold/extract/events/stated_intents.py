"""Stated intentions to take part or go ahead (data/stated_intents.yaml; issue 8, evstmt).

"Said his supporters would join the march", "said the government would listen to the public", "said Kuwait would
proceed with the development of the field": a future of the speaker's own side (`speech.future_type` found the side
and no listed act, "intent") whose verb joins, hears, opens or goes ahead with something is a stated intention to
cooperate, AGREE (PLOVER AGREE; the tuning golds code such intentions). A passive ("would be offered contracts"), a
negated one, or one whose object is force or a probe ("would open fire", "would join the fighting", "would open an
investigation") is not read; nor are the verbs the golds leave uncoded (keep, use, defend, challenge, judge, study).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

STATED_INTENTS_PATH = Path(__file__).resolve().parents[2] / "data" / "stated_intents.yaml"


@dataclass(frozen=True)
class IntentWords:
    engaging_verbs: frozenset[str]
    barred_objects: frozenset[str]


@lru_cache(maxsize=2)
def intent_words(path: str | None = None) -> IntentWords:
    """data/stated_intents.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or STATED_INTENTS_PATH, IntentWords, "stated_intents")


def _objects(verb):
    """The verb's objects: direct, and of its prepositions ("proceed with X", "participate in X")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "npadvmod") and c.pos_ in ("NOUN", "PROPN"):
            yield c
        elif c.dep_ in ("prep", "dative"):
            yield from (o for o in c.children if o.dep_ == "pobj")


def engaging_intention(content, words: IntentWords | None = None) -> bool:
    """Whether a stated future of the speaker's own side (no listed act named) joins, hears, opens or goes ahead with
    something: an active, unnegated engaging verb none of whose objects is force or a probe."""
    if content is None or content.pos_ not in ("VERB", "AUX"):
        return False
    words = words or intent_words()
    if content.lemma_.lower() not in words.engaging_verbs:
        return False
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in content.children):
        return False
    return not any(o.lemma_.lower() in words.barred_objects or o.lower_ in words.barred_objects
                   for o in _objects(content))
