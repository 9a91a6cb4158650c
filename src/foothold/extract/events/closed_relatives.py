"""A main verb the parser hangs inside a non-restrictive relative clause (issue 8, evargs3): "China, which has ties
to both the generals and the ethnic groups, called on all sides to cease fire". After a relative clause closing on a
plural noun ("the groups, called ...") the parser reads the main verb as a participle describing that noun, so the
sentence is left with no verb and its subject does nothing (skip `no_actor`); or, when another clause follows ("...,
and the UN mission said it was alarmed"), the subject is hung on that clause's verb, whose statement then swallows
the first act (skip `inside_statement`).

The shape read: a subject noun with a relative clause set off by commas ("X, which/who ...,"), then, right after the
closing comma, a past verb the parser hung as a participle (`acl`) on a word of that clause or on the subject itself,
with no "by"-agent of its own ("X, which ..., backed by Y, ..." is a description). The repair (a parse repair, run
with the extractor's others) makes that verb the subject's own: the sentence's main verb when the subject heads a
verbless sentence; when the subject was hung on a later verb that has a subject of its own, the two verbs become
conjuncts, each with its own subject."""

from __future__ import annotations
from ..doc_tokens import doc_tokens

RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that"})
PAST_TAGS = frozenset({"VBD", "VBN"})


def closing_relative(verb):
    """(the subject noun, its relative clause) when ``verb`` opens the predicate after "X, which ...,", else None."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in PAST_TAGS or verb.i < 2:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != "," or any(c.dep_ == "agent" for c in verb.children):
        return None
    for noun in [verb.head, *verb.head.ancestors]:
        clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i < verb.i), None)
        if clause is not None and noun.pos_ in ("NOUN", "PROPN"):
            return (noun, clause) if _set_off(clause, verb) else None
    return None


def _set_off(clause, verb) -> bool:
    """The relative clause opens with a relative word after a comma and ends at the comma before ``verb``."""
    doc = clause.doc
    own = [t.i for t in clause.subtree if t.i < verb.i]
    first = doc[own[0]]
    return (first.lower_ in RELATIVE_WORDS and first.i > 0 and doc[first.i - 1].text == ","
            and max(own) >= verb.i - 2)           # the closing comma hangs on the clause or on its subject


def _second_subject(noun, verb):
    """The later verb's own subject after ``verb`` ("..., and the mission said"): a subject hung on that verb, or one
    the parser coordinated with ``noun`` ("Norway ... and the mission"), else None."""
    head = noun.head
    own = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
    if own is not None:
        return own
    end = max(t.i for t in verb.subtree)
    return next((c for c in noun.children if c.dep_ == "conj" and c.i > end), None)


def _make_conjuncts(noun, verb, second) -> None:
    """"X, which ..., called on Y, and Z said ...": X called, Z said, the two verbs conjuncts."""
    other = noun.head
    if other.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = other.head, other.dep_
    other.head, other.dep_ = verb, "conj"
    noun.head, noun.dep_ = verb, "nsubj"
    if second.head.i == noun.i:                       # a subject read as coordinated with X: the later verb's own
        for cc in [c for c in noun.children if c.dep_ in ("cc", "punct") and verb.i < c.i < second.i]:
            cc.head = verb
        second.head, second.dep_ = other, "nsubj"


def repair_closed_relatives(doc) -> int:
    """Re-hangs each main verb read as a participle after a closed relative clause; returns how many."""
    moved = 0
    for verb in doc_tokens(doc):     # the events block's kept Token list (perf4)
        found = closing_relative(verb)
        if found is None:
            continue
        noun, _ = found
        if noun.dep_ == "ROOT":                       # "China, which ..., called on ...": a verbless sentence
            verb.head, verb.dep_ = verb, "ROOT"
            noun.head, noun.dep_ = verb, "nsubj"
        elif noun.dep_ == "nsubj" and noun.head.i > verb.i and (second := _second_subject(noun, verb)) is not None:
            _make_conjuncts(noun, verb, second)
        else:
            continue
        moved += 1
    return moved
