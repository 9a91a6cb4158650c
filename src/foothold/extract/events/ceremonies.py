"""Ceremonies attended (issue 8, evvocab2 second pass; vocabulary in data/ceremonies.yaml): "Muizzu attended Modi's
swearing-in", "the Kenyan president attended the inauguration of Ghana's new president", "Putin attended the
funeral of X". PLOVER SUPPORT (ceremony; homage for a funeral or memorial), CAMEO 017 symbolic act; the attendant
is the source, whose ceremony it is (a possessor, an of-object) the target, read by the light-verb arguments."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .lexicon import Trigger

CEREMONIES_PATH = Path(__file__).resolve().parents[2] / "data" / "ceremonies.yaml"
CEREMONY = Trigger(type="SUPPORT", mode="ceremony", sphere="political", noun=True, of="target")
HOMAGE = Trigger(type="SUPPORT", mode="homage", sphere="political", noun=True, of="target")


@dataclass(frozen=True)
class CeremonyWords:
    attending_verbs: frozenset[str]
    ceremony_nouns: frozenset[str]
    homage_nouns: frozenset[str]


@lru_cache(maxsize=2)
def ceremony_words(path: str | None = None) -> CeremonyWords:
    """data/ceremonies.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or CEREMONIES_PATH, CeremonyWords, "ceremonies")


def _noun_keys(noun) -> set[str]:
    """The noun's lemma and form, and with its hyphenated particle ("swearing-in")."""
    keys = {noun.lemma_.lower(), noun.lower_}
    keys |= {f"{noun.lower_}-{c.lower_}" for c in noun.children if c.dep_ == "prt"}
    return keys


def _has_owner(noun) -> bool:
    """Whose ceremony it is is written: a possessor ("Mahama's swearing-in") or an of-object ("the funeral of X").
    A guest at a ceremony of no one named does nothing (events/attended.py: "attended the ceremony in Nairobi")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(c.dep_ == "pobj" for c in child.children):
            return True
    return False


def attended_ceremony(verb):
    """(noun, trigger) of someone's ceremony the verb's subject attends, else None."""
    if verb.pos_ != "VERB":
        return None
    words = ceremony_words()
    if verb.lemma_.lower() not in words.attending_verbs:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and _has_owner(c)):
        keys = _noun_keys(obj)
        if keys & words.ceremony_nouns:
            return obj, CEREMONY
        if keys & words.homage_nouns:
            return obj, HOMAGE
    return None
