"""A verb's preposition hung on its adverb particle (issue 8, evargs3): "Israeli forces pulled back from the town".
The parser reads "back" as an adverb and hangs "from the town" on it, so a trigger whose sense needs "from"
(`pull`: RETREAT only "from"/"out") found none and was skipped (`no_prep`). The prepositions under such a particle
are the verb's own."""

from __future__ import annotations

PARTICLES = frozenset({"back", "away", "out", "off"})


def particle_preps(verb) -> list:
    """The prepositions hung on the verb's adverb particle ("pulled back | from X")."""
    return [p for a in verb.children if a.dep_ in ("advmod", "prt") and a.lower_ in PARTICLES
            for p in a.children if p.dep_ == "prep"]
