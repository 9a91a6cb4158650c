"""An emergency declared as a military posture (issue 8, evtype3: the right happening typed wrong).

A state of emergency or martial law restricts freedoms at home (PLOVER COERCE restrict); declared with a general
mobilisation ("declared martial law and a general mobilisation") or along a frontier ("declared a state of
emergency along its northern border") it readies forces against a neighbour: PLOVER MOBILIZE, "all military or
police moves that fall short of the actual use of force".
"""
from __future__ import annotations

MOBILISATIONS = frozenset({"mobilisation", "mobilization"})
FRONTIERS = frozenset({"border", "frontier", "borders", "frontiers"})
ALONG = frozenset({"along", "on", "at", "near"})


def military_emergency(verb) -> bool:
    """The declaring verb's objects include a mobilisation, or it (or its object) is placed along a frontier."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if any(o.lemma_.lower() in MOBILISATIONS for o in objects):
        return True
    holders = [verb, *objects, *(t for o in objects for t in o.subtree if t.dep_ == "pobj")]
    return any(p.dep_ == "prep" and p.lower_ in ALONG and any(
        o.dep_ == "pobj" and o.lemma_.lower() in FRONTIERS for o in p.children)
        for h in holders for p in h.children)
