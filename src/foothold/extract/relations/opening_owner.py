"""Whose an "its" opening a sentence before a title is (issue 8, relties7): "Chile did not comment. Its ambassador in
Lima, X, said ..." (the country the sentence before makes its subject: X member_of Chile), "Protests organised by the
Y Coalition brought the city to a standstill. Its chairman, X, said ..." (no actor subject: the one organisation the
sentence before names). The index's topic (the organisation last named as a clause subject, perhaps paragraphs back)
is the caller's last resort. Read by `title_modifiers._modifier_pronoun_owner`."""

from __future__ import annotations

from .index import Ref
from .opening_pronoun import OpeningPronoun

KINDS = ("organization", "country")


def opening_its_owner(reader, j: int) -> Ref | None:
    """The organisation or country an "its" at token j, the sentence's first, stands for; None when the sentence
    before has no actor subject of those kinds and names no one organisation (or j opens no sentence)."""
    if j != reader.lo or reader.lo == 0:
        return None
    owner = OpeningPronoun.previous_subject(reader, reader.doc[j], KINDS)
    if owner is not None:
        return owner
    prev = reader.doc[reader.lo - 1].sent
    named: dict[str, Ref] = {}
    k = prev.start
    while k < prev.end:
        r = reader.idx.ref_starting(k)
        if r is None:
            k += 1
            continue
        if r.type == "organization" and not r.demonym:
            named.setdefault(r.actor, r)
        k = max(r.end, k + 1)
    if len(named) != 1:
        return None
    r = next(iter(named.values()))
    return Ref(r.actor, r.type, j, j + 1)
