"""Meetings called off (issue 8, evrecall3; vocabulary in data/cancellations.yaml): "Iraq cancelled the visit the
Turkish defence minister was due to make", "Brasilia called off a visit by Argentina's foreign minister", "the
ministry scrapped the talks planned for June". The PLOVER manual: "Cancellation of meetings are REJECT and therefore
verbal conflict" (mode `meet`). Read before the measures (data/measures.yaml), where a cancelled permission or flight
stays a SANCTION; a meeting noun only, so "cancelled the licence" is left to them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .lexicon import Trigger

CANCELLATIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "cancellations.yaml"
CANCELLED_MEETING = Trigger(type="REJECT", mode="meet", sphere="political")


@dataclass(frozen=True)
class CancellingWords:
    cancelling_verbs: frozenset[str]
    meeting_nouns: frozenset[str]


@lru_cache(maxsize=2)
def cancelling_words(path: str | None = None) -> CancellingWords:
    """data/cancellations.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or CANCELLATIONS_PATH, CancellingWords, "cancellations")


def _verb_keys(verb) -> set[str]:
    """The verb's lemma, and with its particle ("call off") or particle and preposition ("pull out of")."""
    lemma = verb.lemma_.lower()
    keys = {lemma}
    for prt in (c for c in verb.children if c.dep_ == "prt"):
        keys.add(f"{lemma} {prt.lower_}")
        keys.update(f"{lemma} {prt.lower_} {p.lower_}" for p in verb.children if p.dep_ == "prep")
    return keys


def _called_off(verb):
    """What the verb calls off: its direct object (or a passive's subject), or the object of "pull out of"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return objects


def cancellation_trigger(verb) -> Trigger | None:
    """REJECT meet for a verb of cancelling whose object is a meeting, a visit or talks, else None."""
    if verb.pos_ != "VERB":
        return None
    words = cancelling_words()
    if not _verb_keys(verb) & words.cancelling_verbs:
        return None
    for obj in _called_off(verb):
        compound = " ".join(t.lower_ for t in obj.subtree if t.dep_ == "compound" and t.head.i == obj.i)
        if obj.lemma_.lower() in words.meeting_nouns or f"{compound} {obj.lemma_.lower()}" in words.meeting_nouns:
            return CANCELLED_MEETING
    return None
