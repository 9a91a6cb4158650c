"""Stances of a government release told with no speech verb (issue 8, evstate2; data/judged_stances.yaml).

- `judged_clause`: "Peru holds that the Shining Path is responsible for the bombing", "The Government considers
  that the vote was neither free nor fair": a judging verb with its own subject and a finite "that" clause states
  the judgement; the trigger finder makes it a statement candidate and the clause is its content.
- `alarmed_noting`: "The Ministry notes with concern the reports that ...", "is following with alarm the shelling
  of ...": a verb of noting or watching with a "with <alarm noun>" phrase disapproves of what it notes (PLOVER
  ACCUSE), whatever the noted clause's own words (its act is the topic, not the speaker's stance); "with regret"
  only before a "that" clause (`clause_alarm_nouns`: "has learnt with regret that X inaugurated a road"), and so
  is a verb of regret with one whose subject is not a pronoun (`regretting_verbs`: "regrets that X went ahead").
Read by `triggers.find_triggers` (candidates) and `speech.statement_reading` (the type).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

STANCES_PATH = Path(__file__).resolve().parents[2] / "data" / "judged_stances.yaml"
OWN_PRONOUNS = {"it", "we", "i", "they", "he", "she"}     # a regret about one's own act ("regretted that it could not")
SPEECH_HEADS = {"say", "state", "add", "tell", "announce", "declare", "stress", "note", "affirm", "insist"}


@dataclass(frozen=True)
class JudgedWords:
    judging_verbs: frozenset[str]
    alarm_nouns: frozenset[str]
    noting_verbs: frozenset[str]
    clause_alarm_nouns: frozenset[str]
    regretting_verbs: frozenset[str]


@lru_cache(maxsize=2)
def judged_words(path: str | None = None) -> JudgedWords:
    """data/judged_stances.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or STANCES_PATH, JudgedWords, "judged stances")


def _stated_here(verb) -> bool:
    """The verb is the sentence's own assertion: not a relative clause, a clause under a speech verb, a
    participle or an infinitive, and it has an active subject."""
    if verb.dep_ in ("relcl", "acl", "advcl", "xcomp", "pcomp", "csubj", "amod"):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_HEADS:
        return False
    if verb.tag_ in ("VBG", "VBN", "VB") and not any(c.dep_ == "aux" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def judged_clause(verb, words: JudgedWords | None = None) -> bool:
    """ "X holds that Y are responsible for Z": a judging verb with a finite "that" clause after it."""
    words = words or judged_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.judging_verbs or not _stated_here(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)
               for c in verb.children)


def _that_clause(verb):
    """The subject of a finite "that" clause after the verb, or None."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
    return None


def alarmed_noting(verb, words: JudgedWords | None = None) -> bool:
    """ "notes with concern the reports that ...": a noting verb whose "with" phrase names an alarm noun, and
    which notes something (an object or a clause)."""
    words = words or judged_words()
    lemma = verb.lemma_.lower()
    if lemma not in words.noting_verbs and lemma not in words.regretting_verbs or verb.dep_ in ("relcl", "amod"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    # evcand11: regret disapproves only of what a "that" clause tells ("has learnt with regret that X built ...");
    # "learned with regret of the death of" condoles
    clause = _that_clause(verb)
    if lemma in words.regretting_verbs:
        # "regrets that X went ahead"; "regretted that it could not attend" is its own
        return verb.pos_ == "VERB" and clause is not None and clause.lower_ not in OWN_PRONOUNS
    feelings = words.alarm_nouns | (words.clause_alarm_nouns if clause else frozenset())
    felt = any(c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i
               and any(o.dep_ == "pobj" and o.lemma_.lower() in feelings for o in c.children)
               for c in verb.children)
    if not felt:
        return False
    return any(c.dep_ in ("dobj", "ccomp", "prep") and c.i > verb.i and c.lower_ != "with" for c in verb.children) \
        or any(c.dep_ == "dobj" for c in verb.children)
