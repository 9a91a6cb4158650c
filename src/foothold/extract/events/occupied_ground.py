"""CAMEO's "occupy territory" (code 192) read from a verb of motion needs ground to occupy (issue 8, spurious13).

PETRARCH2's MOVE block codes "move into X" as 192 whatever X is, so "the rig was moved into place", "Tuilaepa
conceded and moved into opposition", "Burkina Faso has moved from France's orbit into Russia's" were COERCE seize.
An occupation takes ground: a named place (a proper noun: "moved into Crimea") or one of plover.yaml's
`ground_nouns` ("moved into the town", "the border district"), as the direct object or the object of the motion's
preposition. ``occupies_ground(verb, lex)``, read by `cameo.fallback_trigger` for a 192 candidate: False when
nothing the verb moves into is ground. Troops moving into a named country stay the incursion they are
(plover.yaml `incursion`, read before the fallback).
"""

from __future__ import annotations

OCCUPY_CODES = frozenset({"192"})
MOTION_PREPS = frozenset({"into", "in", "to", "onto", "inside"})


def occupies_ground(verb, lex) -> bool:
    """Something the verb acts on or moves into is a named place or a ground noun."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in MOTION_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return any(h.pos_ == "PROPN" or h.lemma_.lower() in lex.ground_nouns
               or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in h.children) for h in heads)
