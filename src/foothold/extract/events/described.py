"""A doer named far back by the description the text gave it: "the Syrian National Army, a coalition of rebel
factions, attacked ... . Ankara regards the YPG as ... . The rebels entered the town": "the rebels" is the actor
whose apposition called it a rebel coalition, not the group named last (issue 8, evsense2).

Writers name a party once with a descriptive apposition and then refer to it by the common noun of that
description; the nearest actor of the right type is often another party mentioned in between."""

from __future__ import annotations

from .index import ActorHit, DocIndex

# how far back a description is looked for: the paragraph, at most this many tokens
DESCRIPTION_WINDOW = 250
STOP_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis"}   # a clause boundary ends the walk


def _described_actor(word, index: DocIndex):
    """The named actor whose apposition holds ``word`` ("X, a coalition of rebel factions"), else None."""
    t = word
    while t.head.i != t.i and t.dep_ not in STOP_DEPS:
        if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN"):
            hit = index.actor_at(t.head.i)
            if hit is not None and hit.type in ("organization", "country", "person"):
                return hit
            return None
        if t.head.pos_ in ("VERB", "AUX"):
            return None
        t = t.head
    return None


def described_doer(tok, index: DocIndex):
    """The actor a definite common noun ("the rebels", "the coalition") stands for when the same noun, earlier
    in its paragraph, was part of an apposition describing a named actor; the nearest such description."""
    if tok.pos_ != "NOUN" or [c.lower_ for c in tok.children if c.dep_ != "punct"] != ["the"] \
            or index.actor_at(tok.i) is not None:
        return None
    lemma = tok.lemma_.lower()
    para = index.paragraph[tok.i]
    for j in range(tok.i - 1, max(-1, tok.i - DESCRIPTION_WINDOW), -1):
        if index.paragraph[j] != para:
            break
        word = tok.doc[j]
        if word.lemma_.lower() != lemma or index.actor_at(j) is not None:
            continue
        hit = _described_actor(word, index)
        if hit is not None:
            return ActorHit(hit.actor, hit.type, index.tok_start[tok.i], index.tok_end[tok.i])
    return None
