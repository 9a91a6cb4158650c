"""Retribution and kept pledges a statement says will come (issue 8, statements2; data/retribution.yaml).

Read in `speech.statement_reading` when no cue or other rule typed the statement, on the clause the speech verb
says, if its verb is a future ("will", "would", "shall"):
- `retribution`: "the killing would not go unpunished", "will not rest until the remnants of X are defeated" (the
  relenting verbs of data/refusals.yaml, whoever the subject, with a conflict act awaited), "X's partners would pay
  for its acts": harm promised in return (PLOVER THREATEN).
- `kept_pledge`: "said the army would keep its commitments": a promise (PLOVER AGREE), when the subject names no
  party but the speaker's side.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .arguments import phrase_actors, subject_of
from .index import DocIndex
from .refusals import refusal_words
from .speakers import speaker_sides

RETRIBUTION_PATH = Path(__file__).resolve().parents[2] / "data" / "retribution.yaml"
FUTURES = {"will", "'ll", "shall", "would", "'d", "wo"}


@dataclass(frozen=True)
class RetributionWords:
    unpunished_stems: frozenset[str]
    misdeed_nouns: frozenset[str]
    keeping_verbs: frozenset[str]
    pledge_objects: frozenset[str]


@lru_cache(maxsize=2)
def retribution_words(path: str | None = None) -> RetributionWords:
    """data/retribution.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or RETRIBUTION_PATH, RetributionWords, "retribution")


def _future(verb) -> bool:
    return verb is not None and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in FUTURES for c in verb.children)


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _unpunished(verb, words: RetributionWords) -> bool:
    """ "go unpunished", "be left unanswered": an un-participle of a retribution verb hung on the verb."""
    for t in verb.subtree:
        low = t.lower_
        if t.head.i in (verb.i, *(c.i for c in verb.children)) and low.startswith("un") and low.endswith("ed"):
            stem = low[2:]
            if stem[:-2] in words.unpunished_stems or stem[:-1] in words.unpunished_stems:
                return True
    return False


def _until_conflict(lex, verb) -> bool:
    """An "until" clause or phrase on the verb whose verb is a conflict trigger ("until X are defeated")."""
    for c in verb.children:
        inner = c if c.dep_ == "advcl" and any(m.lower_ == "until" for m in c.children) else None
        if c.dep_ == "prep" and c.lower_ == "until":
            inner = next((o for o in c.children if o.pos_ in ("VERB", "AUX")), None)
        if inner is not None:
            trig = lex.verbs.get(inner.lemma_.lower())
            if trig is not None and lex.quads.get(trig.type, "").endswith("conflict"):
                return True
    return False


def _pays_for_misdeed(verb, words: RetributionWords) -> bool:
    """ "would pay for its acts": "pay" with no money paid and a "for" phrase naming a misdeed."""
    if verb.lemma_.lower() != "pay" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and o.dep_ == "pobj" and o.lemma_.lower() in words.misdeed_nouns
               for c in verb.children for o in c.children)


def retribution(lex, content, words: RetributionWords | None = None) -> bool:
    """The said future promises harm in return."""
    if not _future(content):
        return False
    words = words or retribution_words()
    if _negated(content):
        return _unpunished(content, words) or content.lemma_.lower() in refusal_words().relenting_verbs \
            and _until_conflict(lex, content)
    return _pays_for_misdeed(content, words)


def kept_pledge(lex, content, speech, index: DocIndex, words: RetributionWords | None = None) -> bool:
    """The said future keeps a pledge ("would keep its commitments"), its subject no party but the speaker's side."""
    if not _future(content) or _negated(content):
        return False
    words = words or retribution_words()
    if content.lemma_.lower() not in words.keeping_verbs:
        return False
    objects = [c for c in content.children if c.dep_ == "dobj"]
    objects += [o for c in content.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
                if o.dep_ == "pobj"]          # "would abide by the truce"
    if not any(o.lemma_.lower() in words.pledge_objects for o in objects):
        return False
    subj, _ = subject_of(content)
    named = {h.actor for h, _ in phrase_actors(subj, index)} if subj is not None else set()
    return not named or named <= speaker_sides(lex, speech, index)
