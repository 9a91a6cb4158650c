"""An unquoted "today" or "tonight" of the sentence, outside its source notes (issue 8, dates13).

"Today, the ministry designated ..." is the publication's day (`timing.told_date`), and with no publication date
known no other year dates it (`timing.told_undated`). A word of an outlet's name inside a parenthesised source note
("X denied any role (Baghdad Today, July 13, 2020)", "(USA Today, 3 May)") is no time of the sentence: the note's own
date dates the act, as FORMAT.md's citations give it.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc_tokens import span_tokens
from .speakers import quoted

TODAY = {"today", "tonight"}


def in_note(at: int, dater) -> bool:
    """The character offset ``at`` lies inside one of the document's source notes."""
    i = bisect_right(dater.note_starts, at) - 1
    return i >= 0 and dater.notes[i].start <= at < dater.notes[i].end


def told_today(sent, dater, index) -> bool:
    """The sentence holds an unquoted "today"/"tonight" that is no word of a source note."""
    return any(t.lower_ in TODAY and not quoted(t, sent) and not in_note(index.tok_start[t.i], dater)
               for t in span_tokens(sent))
