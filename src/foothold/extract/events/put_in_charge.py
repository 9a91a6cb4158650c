"""Persons put in charge (issue 8, evcand5): "the parliament created a reconstruction fund and put X's son Y in charge
of it", "President X placed Y in command of the army". Putting a person in charge or in command of a body or a task
appoints them (PLOVER SUPPORT appointment; as `office.took_command`, "took command of X", does for the one taking it).
Read here: `put`/`place` with a direct object and an "in" phrase whose noun is `charge` or `command`; the one put in
charge is the target. "placed X under arrest", "put X in prison" are plover.yaml's `placing` (COERCE)."""

from __future__ import annotations

from .lexicon import Trigger

PUTTING = frozenset({"put", "place"})
OFFICES = frozenset({"charge", "command"})
IN_CHARGE = Trigger(type="SUPPORT", mode="appointment", sphere="political", target_types=("person",))


def put_in_charge(verb) -> Trigger | None:
    """SUPPORT appointment for "put/placed X in charge/command (of Y)", else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PUTTING:
        return None
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    return IN_CHARGE if any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in OFFICES and not any(d.dep_ == "det" for d in o.children)   # not "in the command post"
        for o in p.children) for p in verb.children) else None
