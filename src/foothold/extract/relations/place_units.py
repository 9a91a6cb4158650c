"""A body's local unit named by its place (issue 8, relties6): "X, the head of the Lagos office of Reuters", "head of
the Brno diocese of the Czech Catholic Church", "commander of the Kharkiv branch of the Civic Guard" -- the title's
of-phrase opens with a place that only locates the unit; the unit is the organisation's after "of". The holder heads
a unit the text names no further, so serves the organisation (`Title.within`: member_of), never leads the place
(title_phrases.parse_object took the place for the object). The unit is one or more lower-case nouns; a country or
a place after "of" ("the Kharkiv region of Ukraine") is no organisation's unit and stays the place readers'."""

from __future__ import annotations

from .index import Ref

BODIES = ("organization", "media")


def place_unit_owner(reader, r: Ref) -> Ref | None:
    """The organisation owning the unit a place mention opens ("the Lagos office of Reuters"), or None."""
    if r.type != "place":
        return None
    k = r.end
    while k < reader.hi and reader.doc[k].pos_ == "NOUN" and reader.doc[k].is_lower and reader.idx.ref(k) is None:
        k += 1
    if k == r.end or reader.w(k) != "of":
        return None
    owner = reader.idx.ref_starting(k + 1 + (reader.w(k + 1) == "the"))
    return owner if owner is not None and owner.type in BODIES and not owner.demonym else None
