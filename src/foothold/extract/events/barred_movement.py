"""Movement barred is COERCE restrict (issue 8, evtypes3; vocabulary in data/barred_movement.yaml).

"the army barred residents from moving south of the river at night", "soldiers surrounded the parliament and barred
its speaker from entering": the barring verb's "from" phrase holds a verb of going somewhere, so the act restricts
movement (PLOVER COERCE restrict: "restrictions on ... movement, including cordoning off areas"), not the SANCTION of
a cut exchange ("barred the banks from dollar transactions" holds no movement). Read in `material.object_sense`
only where the verb's own lexicon sense did not hold; a state as the place gone to ("barred from entering the United
States") is a travel ban, left as read. A border or crossing closed "to" people on the move ("closed its land
crossings to foreign pilgrims") restricts their movement too (`closed_to_travellers`), where a closure against a
state or its carriers is a SANCTION.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .index import DocIndex

BARRED_MOVEMENT_PATH = Path(__file__).resolve().parents[2] / "data" / "barred_movement.yaml"
STATES = {"country", "organization"}


@dataclass(frozen=True)
class BarredMovementWords:
    barring_verbs: frozenset[str]
    movement_verbs: frozenset[str]
    travelling_people: frozenset[str]


@lru_cache(maxsize=2)
def barred_movement_words(path: str | None = None) -> BarredMovementWords:
    """data/barred_movement.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or BARRED_MOVEMENT_PATH, BarredMovementWords, "barred movement")


def movement_barred(verb, index: DocIndex) -> bool:
    """The barring verb keeps someone from going somewhere that is no named state or body."""
    words = barred_movement_words()
    if verb.lemma_.lower() not in words.barring_verbs:
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or gerund.lemma_.lower() not in words.movement_verbs:
                continue
            places = [o for c in gerund.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
            places += [o for p in gerund.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
                       for o in p.children if o.dep_ == "pobj"]
            if any((h := index.actor_at(o.i)) is not None and h.type in STATES for o in places):
                return False       # "barred from entering the United States": a travel ban
            return True
    return False


def closed_to_travellers(verb) -> bool:
    """A closing verb's "to" phrase names people on the move: "closed its crossings to foreign pilgrims"."""
    people = barred_movement_words().travelling_people
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in people for o in p.children) for p in verb.children)


ENTRY_NOUNS = frozenset({"entry"})


def entry_barred(verb) -> bool:
    """evtypes8: a barring verb whose object is entry for people on the move: "barred entry to foreigners who had been
    in X", "barred the entry of foreign travellers arriving from X", "banned entry for tourists". The movement of
    people is restricted (PLOVER COERCE restrict; seed notes 25: a visa forced on a visitor is COERCE restrict; two
    tuning documents code the shape COERCE three times), not the REJECT of plover.yaml `bar`, which keeps "barred
    entry to the inspectors" (a mission refused)."""
    words = barred_movement_words()
    if verb.lemma_.lower() not in words.barring_verbs:
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ENTRY_NOUNS):
        phrases = [p for h in (obj, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "of", "for")]
        if any(o.dep_ == "pobj" and o.lemma_.lower() in words.travelling_people for p in phrases for o in p.children):
            return True
    return False

