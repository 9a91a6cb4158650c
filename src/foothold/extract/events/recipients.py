"""A type whose PLOVER definition needs a recipient, told with none (issue 8, evtype). PLOVER SANCTION ("reductions
in existing, routine, or cooperative relations") requires a recipient; a border closure aimed at no one
("the junta closed the country's borders", no other party named in the sentence) is a restriction of movement,
PLOVER COERCE restrict ("impose restrictions on political freedoms or movement"), not a reduction of relations
with a state. With another party in the sentence ("cut ties with X and closed its border") the closure is aimed at
it, though its phrase does not name it."""

from __future__ import annotations

# SANCTION modes that, with no recipient, restrict movement at home (COERCE restrict)
MOVEMENT_CLOSURES = {"border closure"}


def recipientless_type(etype: str, mode: str | None, targets: list[str], others_named: bool) -> tuple[str, str | None]:
    """The type and mode of an act once its recipients are known."""
    if etype == "SANCTION" and mode in MOVEMENT_CLOSURES and not targets and not others_named:
        return "COERCE", "restrict"
    return etype, mode


def others_in_sentence(sent, index, doers: list[str]) -> bool:
    """A party other than the doers is named in the sentence."""
    hits = (index.actor_at(t.i) for t in sent)
    return any(h is not None and h.actor not in doers and h.type in ("country", "organization", "person") for h in hits)
