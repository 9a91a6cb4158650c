"""Stances a statement takes with no cue word (issue 8, statements2; data/stated_stances.yaml).

- `wants_act`: "said it wanted the result of the election respected", "said it wants all foreign forces to leave":
  the speaker wants another's act done, a demand (PLOVER REQUEST).
- `upholds_allegation`: "found that allegations of Emirati weapons deliveries were credible": an allegation the
  speaker holds true accuses (PLOVER ACCUSE).
Read in `speech.statement_reading` only when nothing else typed the statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .hostile_aims import negated_between, said_tokens

STANCES_PATH = Path(__file__).resolve().parents[2] / "data" / "stated_stances.yaml"
SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class StanceWords:
    wanting_verbs: frozenset[str]
    allegation_nouns: frozenset[str]
    upholding_words: frozenset[str]


@lru_cache(maxsize=2)
def stance_words(path: str | None = None) -> StanceWords:
    """data/stated_stances.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or STANCES_PATH, StanceWords, "stated stances")


def _another_act(want) -> bool:
    """The wanted thing is an act of another: a complement clause with its own subject ("wants X to leave"), or an
    object with a verb in its phrase ("wanted the result respected")."""
    for c in want.children:
        if c.dep_ in ("ccomp", "xcomp") and any(s.dep_ in SUBJECTS for s in c.children):
            return True
        if c.dep_ == "dobj" and any(t.pos_ == "VERB" and t.i > c.i for t in c.subtree):
            return True
    return False


def wants_act(speech, words: StanceWords | None = None) -> bool:
    """The speech verb says its speaker wants another's act, not negated."""
    words = words or stance_words()
    return any(t.lemma_.lower() in words.wanting_verbs and t.pos_ == "VERB" and t.head.i == speech.i
               and _another_act(t) and not negated_between(t, speech) for t in said_tokens(speech))


def upholds_allegation(speech, words: StanceWords | None = None) -> bool:
    """The speech verb says an allegation is true ("allegations ... were credible"), not negated."""
    words = words or stance_words()
    for t in said_tokens(speech):
        if t.dep_ not in SUBJECTS or t.lemma_.lower() not in words.allegation_nouns:
            continue
        pred = t.head
        upheld = pred.lower_ in words.upholding_words or any(
            c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in words.upholding_words for c in pred.children)
        if upheld and not negated_between(pred, speech):
            return True
    return False
