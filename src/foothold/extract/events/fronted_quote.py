"""A quotation told before its speech verb ("'Russia has sought to ...,' said the under secretary"): the statement's
evidence starts at the quotation however long it is, so that it holds what was said, not only its last words."""

from __future__ import annotations

OPENING_QUOTES = {'"', "\u201c", "'", "\u2018", "``"}


def fronted_quote(verb) -> bool:
    """The speech verb's quoted content (ccomp or parataxis) stands before it and opens with a quotation mark."""
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("ccomp", "parataxis"):
            first = c.left_edge
            before = first.nbor(-1) if first.i > first.sent.start else None
            if first.text in OPENING_QUOTES or before is not None and before.text in OPENING_QUOTES:
                return True
    return False
