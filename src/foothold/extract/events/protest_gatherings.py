"""Protesters assembling and marches held (issue 8, evcand4; vocabulary in data/protest_gatherings.yaml): "On 12 June
protesters gathered outside the National Assembly", "thousands of demonstrators converged on the square", "the
students' union held a 'Solidarity March' in the district against the demand", "the archbishop led a march to the
capital". PLOVER PROTEST demo ("demonstrate or rally"). A crowd the text does not name as protesting ("crowds gathered
to mourn") is left, and so is a march of troops (`plover.yaml` `incursion`). Whom the protest is aimed at comes from
the usual arguments and `protest_scene` (the body or mission it stands outside)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .lexicon import Trigger

GATHERINGS_PATH = Path(__file__).resolve().parents[2] / "data" / "protest_gatherings.yaml"
DEMONSTRATION = Trigger(type="PROTEST", mode="demo", sphere="political")


@dataclass(frozen=True)
class GatheringWords:
    assembling_verbs: frozenset[str]
    protesting_nouns: frozenset[str]
    march_nouns: frozenset[str]
    march_verbs: frozenset[str]


@lru_cache(maxsize=2)
def gathering_words(path: str | None = None) -> GatheringWords:
    """data/protest_gatherings.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or GATHERINGS_PATH, GatheringWords, "protest gatherings")


def _protesting(noun, words: GatheringWords) -> bool:
    """The crowd's noun, or the noun its quantity is of ("thousands of protesters", "hundreds of demonstrators")."""
    if noun.lemma_.lower() in words.protesting_nouns or noun.lower_ in words.protesting_nouns:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in words.protesting_nouns or o.lower_ in words.protesting_nouns)
        for o in p.children) for p in noun.children)


def assembled_protest(verb) -> Trigger | None:
    """PROTEST demo for protesters gathering, else None."""
    if verb.pos_ != "VERB":
        return None
    words = gathering_words()
    if verb.lemma_.lower() not in words.assembling_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return DEMONSTRATION if subj is not None and _protesting(subj, words) else None


def held_march(verb):
    """(the march noun, PROTEST demo) for a march held, staged or led ("held a 'Solidarity March'"), else None."""
    if verb.pos_ != "VERB":
        return None
    words = gathering_words()
    if verb.lemma_.lower() not in words.march_verbs:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in words.march_nouns or obj.lower_ in words.march_nouns:
            return obj, DEMONSTRATION
    return None
