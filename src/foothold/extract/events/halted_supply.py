"""Supply stopped (issue 8, evvocab2 second pass; vocabulary in data/halted_supply.yaml): "Turkish operators stopped
pumping oil from the Kurdistan Region", "Russia ceased supplying gas to Moldova". PLOVER SANCTION (CAMEO 161/162):
the halting verb's subject cuts an exchange; the gerund it governs is read as negated, so the halt is the act."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .lexicon import Trigger

HALTED_SUPPLY_PATH = Path(__file__).resolve().parents[2] / "data" / "halted_supply.yaml"
SUPPLY_CUT = Trigger(type="SANCTION", mode="sanctions", sphere="economic")


@dataclass(frozen=True)
class SupplyWords:
    halting_verbs: frozenset[str]
    supply_verbs: frozenset[str]


@lru_cache(maxsize=2)
def supply_words(path: str | None = None) -> SupplyWords:
    """data/halted_supply.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or HALTED_SUPPLY_PATH, SupplyWords, "halted supply")


def halted_supply(verb):
    """(gerund, trigger) when a halting verb governs a supplying gerund ("stopped pumping oil"), else None."""
    if verb.pos_ != "VERB":
        return None
    words = supply_words()
    if verb.lemma_.lower() not in words.halting_verbs:
        return None
    for c in verb.children:
        if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" and c.lemma_.lower() in words.supply_verbs:
            return c, SUPPLY_CUT
    return None
