"""Harm a stated future means by making someone answer, or by means used to that end (issue 8, evcand3): "The United
States will hold to account those who fuel this war", "will bring the killers to justice", "will use every tool to
hold accountable those who ...". PLOVER THREATEN ("statements of intent to take future negative action"); read by
futures.harm_meant beside its "hold accountable". Vocabulary in data/answerable.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

ANSWERABLE_PATH = Path(__file__).resolve().parents[2] / "data" / "answerable.yaml"


@dataclass(frozen=True)
class AnswerableWords:
    answering_verbs: frozenset[str]
    answering_nouns: frozenset[str]
    answering_adjectives: frozenset[str]
    means_verbs: frozenset[str]


@lru_cache(maxsize=2)
def answerable_words(path: str | None = None) -> AnswerableWords:
    """data/answerable.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or ANSWERABLE_PATH, AnswerableWords, "answerable")


def made_to_answer(verb, words: AnswerableWords | None = None) -> bool:
    """ "hold to account", "bring to justice", "hold accountable those who ...": an answering verb with a "to" whose
    object is an answering noun (the parser may read "to account" as an infinitive), or an answering adjective on
    its object (the parser hangs "accountable" there when the object follows it)."""
    words = words or answerable_words()
    if verb.lemma_.lower() not in words.answering_verbs:
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() in words.answering_nouns for o in c.children):
            return True
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in words.answering_nouns \
                and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            return True
        if c.dep_ == "dobj" and any(a.lower_ in words.answering_adjectives for a in c.children):
            return True
    return False


def means_to_harm(verb, harms, words: AnswerableWords | None = None) -> bool:
    """ "use every tool to hold X accountable": a verb of means whose purpose infinitive ``harms`` says hurts."""
    words = words or answerable_words()
    if verb.lemma_.lower() not in words.means_verbs:
        return False
    return any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(m.dep_ == "aux" and m.lower_ == "to"
                                                                          for m in c.children) and harms(c)
               for c in verb.children)
