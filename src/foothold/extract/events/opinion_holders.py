"""A statement whose subject is an unnamed class of commentators (issue 8, spurious8): "Russian commentators warned
that Moscow was losing ground", "Some analysts accused X of stalling the talks", "Western experts said ...". The view
of a kind of people no one names is no act of the story, in any tense (`generic_subjects` reads present simples of
any unnamed plural); the demonym before the noun ("Russian") is where they write, not a party speaking. The subject is
a plural noun of data/opinion_holders.yaml with no possessor, name, number, apposition or phrase after it ("analysts
at the Carnegie Endowment", "the bank's economists" are someone's), bare or under a determiner, quantifier or
adjective. Checked in `unfactual._TRIGGER_CHECKS` beside `_generic_subject`, reason `generic`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

OPINION_HOLDERS_PATH = Path(__file__).resolve().parents[2] / "data" / "opinion_holders.yaml"


@dataclass(frozen=True)
class OpinionHolderWords:
    holder_nouns: frozenset[str]


@lru_cache(maxsize=2)
def opinion_holder_words(path: str | None = None) -> OpinionHolderWords:
    """data/opinion_holders.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or OPINION_HOLDERS_PATH, OpinionHolderWords, "opinion_holders")


def unnamed_commentators(subject) -> bool:
    """ "analysts", "some analysts", "Russian commentators": a plural commentator noun naming no one."""
    if subject.lower_ not in opinion_holder_words().holder_nouns or subject.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("poss", "compound", "nummod", "appos", "prep", "acl", "relcl")
                   for c in subject.children)


def commentators_speak(verb) -> bool:
    """Whether ``verb`` (a verb trigger) has an unnamed class of commentators as its subject."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and unnamed_commentators(subjects[0])
