"""Signing a one-party instrument is no accord: "the warrant, signed by a judge on Wednesday", "signed a decree".

plover.yaml reads `sign` as an accord concluded (SUPPORT). A warrant, a decree, a law or a bill signed by the one
authority that issues it, and a statement "signed by" its author, conclude nothing between parties (spurious6:
owndocs26 04 "the statement, signed by the group's security official", owndocs28 02 "the warrant, signed by a judge").
A statement signed by two parties as its object ("the two presidents signed a statement on ...") is a joint
declaration and stays, as do letters exchanged ("signed separate letters").
"""

from __future__ import annotations

INSTRUMENTS = frozenset({"warrant", "decree", "law", "bill", "legislation", "ordinance", "edict", "order",
                         "petition", "subpoena", "summons", "verdict", "ruling", "sentence"})
AUTHORED = frozenset({"statement", "communique", "communiqué", "message", "letter", "note", "post"})


def signed_instrument(verb, objects) -> bool:
    """Whether ``verb`` (sign) signs an instrument of one authority or a text "signed by" its author."""
    if verb.lemma_.lower() != "sign":
        return False
    held = list(objects) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    described = verb.head if verb.dep_ == "acl" and verb.head.i != verb.i else None
    if any(o.lemma_.lower() in INSTRUMENTS for o in held + ([described] if described is not None else [])):
        return True
    by_agent = any(c.dep_ == "agent" for c in verb.children)
    return by_agent and any(o.lemma_.lower() in AUTHORED for o in held + ([described] if described is not None else []))
