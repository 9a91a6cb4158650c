"""Where a title is held, said between the title and its apposed holder (issue 8, relties7): "A spokesman for the
Green bloc in parliament, X, said", "the ambassador of Chile in Lima, X": a short "in" phrase (at most three words,
no person named) closes the title phrase before the comma, so the name after the comma is still its holder. Read by
`titles.read_titles`.

`past_coordinated_area` (relties12): a second place or country coordinated with the one a posting ended on ("the UN
resident coordinator for Chile and the Southern Cone, X") closes the title phrase as well."""

from __future__ import annotations

MAX_WORDS = 3


def past_locative(reader, end: int) -> int:
    """The comma's index when an "in" phrase of at most three words runs from token ``end`` to a comma followed by a
    name; else ``end``."""
    if reader.w(end) != "in":
        return end
    for k in range(end + 1, min(reader.hi, end + 2 + MAX_WORDS)):
        w = reader.w(k)
        if w == ",":
            return k if k > end + 1 and reader.person_at(k + 1) else end
        r = reader.idx.ref(k)
        if r is not None and r.type == "person" or w in ("and", "or", "(", ")", ";", "who", "which", "that"):
            return end
    return end


def past_coordinated_area(reader, end: int) -> int:
    """The comma's index when "and (the) <place or country>" runs from token ``end`` to a comma followed by a name
    and the word before ``end`` closes a place or country named after "for", "to" or "in"; else ``end``."""
    if reader.w(end) != "and":
        return end
    before = reader.idx.ref_ending(end - 1) if end > reader.lo else None
    if before is None or before.type not in ("place", "country") or before.demonym \
            or reader.w(before.start - 1 - (reader.w(before.start - 1) == "the")) not in ("for", "to", "in"):
        return end
    k = end + 1 + (reader.w(end + 1) == "the")
    area = reader.idx.ref_starting(k)
    if area is None or area.type not in ("place", "country") or area.demonym:
        return end
    return area.end if reader.w(area.end) == "," and reader.person_at(area.end + 1) else end
