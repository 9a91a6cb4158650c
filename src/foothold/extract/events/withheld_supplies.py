"""Supplies withheld are COERCE withhold (issue 8, evtypes4; words in data/withheld_supplies.yaml).

PLOVER's COERCE `withhold` is "shut off power/internet/water/utilities or withhold food/medical supplies"; its SANCTION
"requires recipient" and is the cut of an exchange between parties. So a utility supply cut "to" a place that is no
state ("cut the supply of electricity to the province for a week") withholds a public good (COERCE withhold), where a
cut "to" a country, or with no receiver named ("cut its gas supply by half"), stays the SANCTION read before
(`supply_withheld`). Read in `material.object_sense` on a SANCTION already found. (A country's own borders closed at
once were COERCE restrict here until the closures round; they are now the makers' SANCTION border closure, see
border_closures.py.)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .index import DocIndex

WITHHELD_SUPPLIES_PATH = Path(__file__).resolve().parents[2] / "data" / "withheld_supplies.yaml"
STATES = {"country", "organization"}


@dataclass(frozen=True)
class WithheldSupplyWords:
    cutting_verbs: frozenset[str]
    utilities: frozenset[str]
    supply_nouns: frozenset[str]


@lru_cache(maxsize=2)
def withheld_supply_words(path: str | None = None) -> WithheldSupplyWords:
    """data/withheld_supplies.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or WITHHELD_SUPPLIES_PATH, WithheldSupplyWords, "withheld supplies")


def _utility_flow(noun, words: WithheldSupplyWords) -> bool:
    """ "electricity", "the supply of gas", "gas supplies", "fuel deliveries": a noun carrying a public good."""
    lemma = noun.lemma_.lower()
    if lemma in words.utilities:
        return True
    if lemma not in words.supply_nouns:
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words.utilities for c in noun.children) \
        or any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in words.utilities for o in (*p.children, *(
                cj for o in p.children for cj in o.conjuncts))) for p in noun.children)


def _receivers(heads) -> list:
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"]


def supply_withheld(verb, objects, index: DocIndex) -> bool:
    """A cutting verb on a utility supply whose "to" phrase names a place that is no state."""
    words = withheld_supply_words()
    if verb.lemma_.lower() not in words.cutting_verbs:
        return False
    flows = [o for o in objects if _utility_flow(o, words)]
    if not flows:
        return False
    receivers = _receivers([verb, *flows])
    if not receivers:
        return False              # "cut its gas supply by half": the exchange cut, as the golds code it
    for r in receivers:
        hit = index.actor_at(r.i)
        if hit is not None and hit.type in STATES:
            return False          # "cut gas supplies to Moldova": an exchange between states (SANCTION)
        if hit is None and r.pos_ == "PROPN":
            return False          # a name the actor step did not read: left as read
    return True

