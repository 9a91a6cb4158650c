"""Parties that form a named alliance (issue 8, relties3): "Niger, Mali and Burkina Faso formed the Alliance of
Sahel States", "Chile, Peru and Colombia founded the Pacific Alliance". The alliance is a body the text names, and
its founders are its members (part_of), as "X joined Y" makes them; verbs.allied_by_pact ties the parties to each
other only when the pact has no name of its own ("formed an alliance", "signed a defence pact")."""

from __future__ import annotations


def named_pact_members(reading, verb, pacts, parties) -> bool:
    """Each subject party part_of the named alliance the verb forms; True when the pact is named."""
    named = [r for o in pacts if (r := reading.ref_of(o)) is not None and r.type == "organization"]
    if not named:
        return False
    subjects = [s for s in reading.subject_of(verb) if s.type in ("country", "organization")]
    for body in named:
        for s in subjects:
            if s.actor != body.actor:
                first, last = reading.span_of(s, body, tokens=[verb])
                reading.found.add(s, "part_of", body, first, last, confidence=0.6)
    return True
