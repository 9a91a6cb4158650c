"""A case taken to a court or a tribunal sues (issue 8, evskip5; data/cases_taken.yaml).

"took the case to the Arbitration Institute of the Stockholm Chamber of Commerce", "took the dispute to the
International Court of Justice", "will take the matter to the Security Council": PLOVER ACCUSE covers "sue or bring
to court" (CAMEO 115 "bring lawsuit against"); `take`'s listed objects in plover.yaml are ground and power, so the case
read as the verb's other sense and was dropped. A case word taken "to" a forum (a court, a tribunal, a council, a
named body; the "to" on the verb or on the case) is ACCUSE allege; told as a future ("will take the matter to the
Council") the modality reads it as a warning. "The lawyer took the case", "took the matter up with X" stay out.
Read in `material.object_sense`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .index import DocIndex

CASES_PATH = Path(__file__).resolve().parents[2] / "data" / "cases_taken.yaml"


@dataclass(frozen=True)
class CaseWords:
    cases: frozenset[str]
    forums: frozenset[str]


@lru_cache(maxsize=2)
def case_words(path: str | None = None) -> CaseWords:
    """data/cases_taken.yaml: the case nouns and the forum nouns, validated when loaded."""
    return read_word_sets(path or CASES_PATH, CaseWords, "cases taken")


def _forum(tok, words: CaseWords, index: DocIndex) -> bool:
    """A court, a tribunal or a council by its noun, or a named body."""
    hit = index.actor_at(tok.i)
    return tok.lemma_.lower() in words.forums or tok.lower_ in words.forums or (
        hit is not None and hit.type == "organization")


def case_taken(verb, objects: list, index: DocIndex) -> bool:
    """The verb "take" with a case word as its object, taken "to" a forum."""
    if verb.lemma_.lower() != "take" or any(c.dep_ == "prt" for c in verb.children):
        return False          # "took the matter up with X": raised, no suit
    words = case_words()
    cases = [o for o in objects if o.dep_ == "dobj" and o.head.i == verb.i and o.lemma_.lower() in words.cases]
    return any(_forum(o, words, index) for h in [verb, *cases] for p in h.children
               if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj") if cases else False


def forum_parties(verb, index: DocIndex) -> set[str]:
    """The actors named in the "to" phrase a case is taken to ("to the Arbitration Institute of the Stockholm Chamber
    of Commerce"): the forum judges, it is not the party sued (PLOVER's recipient)."""
    if verb.lemma_.lower() != "take":
        return set()
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in case_words().cases)]
    return {hit.actor for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
            for t in p.subtree if (hit := index.actor_at(t.i)) is not None}
