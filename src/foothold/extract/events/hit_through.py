"""Whom an unnamed doer's attack hits, named inside the phrase it was aimed at (issue 8, evargs7): "Unidentified
men opened fire on a car carrying the journalists X and Y", "gunmen set fire to the offices of the party X",
"protesters threw stones at a convoy of the minister X". `targets.unnamed_parties` reads the acted-on phrase -- the
object, a passive's subject, or the preposition the trigger ends in ("called on") -- for a party inside it when the
act names no one; a multi-word trigger ending in its own object ("opened fire", "set fire", "forced their way") aims
through a preposition after that object, which it did not read, so the act had no party (skip no_actor). Only
hostile acts (ASSAULT, COERCE, PROTEST) aim this way; places stay scenes."""

from __future__ import annotations

AIMING_PREPS = frozenset({"on", "at", "to", "into", "against", "upon"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def aimed_through(verb, etype: str) -> list:
    """The objects of the aiming prepositions under ``verb`` or under its direct object ("opened fire on a car",
    "set fire to the house", "forced their way into the offices"), for a hostile act."""
    if etype not in HOSTILE_TYPES:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPS and p.i > verb.i
            for o in p.children if o.dep_ == "pobj"]
