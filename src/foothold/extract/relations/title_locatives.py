"""Where a title is held, said between the title and its apposed holder (issue 8, relties7): "A spokesman for the
Green bloc in parliament, X, said", "the ambassador of Chile in Lima, X": a short "in" phrase (at most three words,
no person named) closes the title phrase before the comma, so the name after the comma is still its holder. Read by
`titles.read_titles`."""

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
