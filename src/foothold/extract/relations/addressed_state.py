"""A bare-titled holder addressing the story's state (issue 8, reltitle11): "NAIROBI - Prime Minister X thanked Kenya
for its help", "President X called on Kenya to reopen the border", "X said he was grateful to Kenya". The state the
story's guess would give the holder is the one he speaks to, thanks or blames: he is its other party, a visitor or
a counterpart, so the guess must not hold him in it. The state must stand by its name (not a demonym nor a possessor,
"thanked Kenya's people" may be his own) as the object of an addressing verb of the holder's own clause or of a
clause he opens with "he"/"she" ("said he was grateful to Kenya"); roles.yaml `addressed_states`."""

from __future__ import annotations

from pathlib import Path

from .index import Ref
from .tie_words import section_words

OWN_PRONOUNS = {"he", "she"}


def addressing_words(path: str | Path | None = None) -> dict:
    """roles.yaml `addressed_states`: `object_verbs` (a set of lemmas) and `prep_words` (lemma -> prepositions)."""
    return section_words("addressed_states", ("object_verbs",), ("prep_words",), str(path) if path else None)


def holder_clauses(reader, holder: Ref) -> list:
    """The verbs (or predicate adjectives' copulas) of which the holder is the subject: its own verb, the conjuncts
    sharing that subject, and a "he"/"she" clause the verb opens ("said he was grateful")."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "nsubj":
        return []
    out, todo = [], [tok.head]
    while todo:
        verb = todo.pop()
        if verb in out:
            continue
        out.append(verb)
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                todo.append(c)
            elif c.dep_ in ("ccomp", "xcomp") and (c.dep_ == "xcomp" or any(
                    g.dep_ == "nsubj" and g.lower_ in OWN_PRONOUNS for g in c.children)):
                todo.append(c)
    return out


def addressed_tokens(verb, words: dict) -> list:
    """The tokens an addressing verb (or its predicate adjective) takes as the one addressed."""
    out = []
    heads = [verb] + [c for c in verb.children if c.dep_ == "acomp"]
    for h in heads:
        lemma = h.lemma_.lower()
        if lemma in words["object_verbs"]:
            out += [c for c in h.children if c.dep_ == "dobj"]
        preps = words["prep_words"].get(lemma)
        if preps:
            out += [g for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ in preps
                    for g in c.children if g.dep_ == "pobj"]
            if lemma == "call":                 # "called on Kenya": "on" read as a particle, Kenya as object
                if any(c.dep_ == "prt" and c.lower_ in preps for c in h.children):
                    out += [c for c in h.children if c.dep_ == "dobj"]
    return out + [c for t in out for c in t.conjuncts]


def addresses_state(reader, holder: Ref, state: str) -> bool:
    """The holder's own clause addresses `state` by name (see the module's docstring)."""
    words = addressing_words()
    for verb in holder_clauses(reader, holder):
        for tok in addressed_tokens(verb, words):
            r = reader.idx.ref(tok.i)
            if r is not None and r.type == "country" and r.actor == state and not r.demonym \
                    and reader.w(r.end) != "'s":
                return True
    return False
