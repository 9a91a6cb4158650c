"""A counted pair owning a subject's head acts through it (issue 8, args).

"The heads of the two countries' security services signed a ceasefire", "The two governments' envoys met in
Geneva": the subject names no one, but the pair noun possessing part of it ("the two countries'") stands for the two
parties named last (`arguments.named_pair`, which reads only a subject or object pair noun itself); the officials
or bodies it owns act for that pair.
"""

from __future__ import annotations


def owning_pair(tok, index, named_pair) -> list:
    """The pair a possessive pair noun inside the subject phrase ``tok`` stands for, or []."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ == "poss" and t.tag_ == "NNS":
            pair = named_pair(t, index, owning=True)
            if pair:
                return pair
    return []
