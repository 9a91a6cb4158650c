"""Signing a court's writ is no accord: "the warrant, signed by a judge of the investigation court on Wednesday".

plover.yaml reads `sign` as an accord concluded (SUPPORT). A warrant, subpoena or summons signed by the judge who
issues it concludes nothing between parties (spurious6: owndocs28 02). Tried and taken back: a statement, letter or
message "signed by" its authors (owndocs26 04 "the statement, signed by the group's security official") cost a fresh
set (owndocs29) a matched event, so some gold codes such signings; a decree, law or order signed is left too (it
usually tells the act it orders, "signed a decree dissolving the assembly"; not measured apart).
"""

from __future__ import annotations

INSTRUMENTS = frozenset({"warrant", "subpoena", "summons"})


def signed_instrument(verb, objects) -> bool:
    """Whether ``verb`` (sign) signs a warrant, subpoena or summons (its object, passive subject or the noun a
    reduced relative describes: "the warrant, signed by a judge")."""
    if verb.lemma_.lower() != "sign":
        return False
    held = list(objects) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and verb.head.i != verb.i:
        held.append(verb.head)
    return any(o.lemma_.lower() in INSTRUMENTS for o in held)
