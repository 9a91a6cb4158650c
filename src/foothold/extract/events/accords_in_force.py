"""Ceasefires taking effect (issue 8, statements3; vocabulary in data/accords_in_force.yaml).

"A six-month ceasefire between the government and the rebels took effect on August 3", "the cessation of hostilities
between X and Y entered into force at 04:00": a truce that begins to hold is the parties' RETREAT (PLOVER "observing a
ceasefire"), not a seizure ("took") or a deployment ("entered"). Other measures taking effect ("the sanctions took
effect") are not read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

ACCORDS_PATH = Path(__file__).resolve().parents[2] / "data" / "accords_in_force.yaml"
HOSTILITIES = {"hostility", "hostilities", "fighting"}


@dataclass(frozen=True)
class InForceWords:
    truce_nouns: frozenset[str]
    effect_nouns: frozenset[str]


@lru_cache(maxsize=2)
def in_force_words(path: str | None = None) -> InForceWords:
    """data/accords_in_force.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or ACCORDS_PATH, InForceWords, "accords in force")


def _took_effect(verb, words: InForceWords) -> bool:
    """ "took effect"; "entered into force", "came into effect"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ in words.effect_nouns for c in verb.children)
    return lemma in ("enter", "come") and any(
        p.dep_ == "prep" and p.lower_ == "into" and any(o.lower_ in words.effect_nouns for o in p.children)
        for p in verb.children)


def _truce(noun, words: InForceWords) -> bool:
    if noun.lemma_.lower() not in words.truce_nouns and noun.lower_ not in words.truce_nouns:
        return False
    if noun.lemma_.lower() != "cessation":
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in HOSTILITIES for o in p.children)
               for p in noun.children)


def truce_took_effect(verb) -> bool:
    """The verb tells a truce taking effect: its subject a truce noun, the verb "took effect" or "entered into
    force"."""
    if verb.pos_ != "VERB":
        return False
    words = in_force_words()
    subj = _truce_subject(verb)
    return subj is not None and _truce(subj, words) and _took_effect(verb, words)


def _truce_subject(verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" and (subj is None or subj.tag_ in ("WDT", "WP")):
        subj = verb.head        # "the ceasefire that entered into force on 29 April"
    return subj


def truce_parties(verb, args, index) -> None:
    """ "the cessation of hostilities between Israel and Hezbollah took effect": the parties named anywhere in the
    truce's phrase ("between", a possessor) hold it. (Those who "confirmed the ceasefire that entered into force" are
    not read as its parties: the confirmation is their act, dated apart.)"""
    subj = _truce_subject(verb)
    found = [(h, t.i) for t in subj.subtree if t.pos_ == "PROPN" and (h := index.actor_at(t.i)) is not None
             and h.type in ("country", "organization", "person")]
    seen, parties = set(), []
    for h, i in found:
        if h.actor not in seen:
            seen.add(h.actor)
            parties.append((h, i))
    if parties:
        args.source = []
        args.add("source", parties, index)
