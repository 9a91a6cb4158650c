"""Officials put out of office (issue 8, evargs5; vocabulary in data/dismissals.yaml): "the president sacked the
central bank governor", "X dismissed the police chief", "fired his interior minister, Y", "removed Prime Minister
Z", "the court suspended the governor of the province". CAMEO 172 (administrative sanctions: firing officials) is
PLOVER COERCE. The verbs' other senses read other objects: "dismissed the charge" (REJECT), "suspended aid"
(SANCTION), "fired missiles at" (ASSAULT); an office holder as the object (a title noun, or a proper noun the parser
tags as a person) is what makes the dismissal, so this reading is tried before plover.yaml's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .lexicon import Trigger

DISMISSALS_PATH = Path(__file__).resolve().parents[2] / "data" / "dismissals.yaml"
DISMISSAL = Trigger(type="COERCE", mode="restrict", sphere="political")


@dataclass(frozen=True)
class DismissingWords:
    dismissing_verbs: frozenset[str]
    office_nouns: frozenset[str]


@lru_cache(maxsize=2)
def dismissing_words(path: str | None = None) -> DismissingWords:
    """data/dismissals.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or DISMISSALS_PATH, DismissingWords, "dismissals")


def _verb_keys(verb) -> set[str]:
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {p.lower_}" for p in verb.children if p.dep_ == "prt")}


def office_holder(noun, words: DismissingWords) -> bool:
    """The noun names an office holder: a title noun ("the police chief", "his interior minister") or a person's
    name ("Defence Minister X" read as a proper noun tagged PERSON)."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PERSON"
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words.office_nouns


def dismissed(verb) -> list:
    """The office holders the verb puts out of office: its direct objects (and their conjuncts), or a passive's
    subject; [] when the verb is no dismissing verb or acts on something else."""
    if verb.pos_ != "VERB":
        return []
    words = dismissing_words()
    if not _verb_keys(verb) & words.dismissing_verbs:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return []
    first = objects[0]
    return [o for o in [first, *first.conjuncts] if office_holder(o, words)] if office_holder(first, words) else []


def dismissal_trigger(verb) -> Trigger | None:
    """COERCE for a verb dismissing, sacking, firing, removing or suspending an office holder, else None."""
    return DISMISSAL if dismissed(verb) else None
