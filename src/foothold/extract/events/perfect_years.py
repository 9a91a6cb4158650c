"""A yearless day or month told on a past perfect lies before the story's time: "Talks resumed in Lima (Agency,
February 3, 2021). In October Quito had recalled its ambassador, a step Lima called hasty." -- the past perfect
puts October before the February 2021 last told, so it is October 2020, not October 2021. The date phrase is set
to the year before when the last date told before it (a date phrase or a source note, not a "since"/"until" frame)
is of the same year and of an earlier month. A date with a written year, a weekday, a date on a verb in another tense,
and a past perfect whose month is not after the last date's keep their year. Read by ``extractor`` on the event dater's
dates, so every act the phrase times takes the corrected year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import framing_at
from .dating import WRITTEN_YEAR, EventDater
from .index import DocIndex
from .tense import past_perfect

# a month named in the phrase: a weekday ("on Sunday") is counted from the report's day, not given a year
MONTH_NAME = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])")


def _verb_of(tok):
    """The verb the date phrase hangs on (through nouns and prepositions), or None."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _reference(dater: EventDater, at: int, text: str):
    """The last date told before ``at``: a date phrase (no "since"/"until" frame) or a source note's date."""
    phrase = next((d for d in reversed(dater.dates) if d.start < at and d.iso and not framing_at(text, d.start)),
                  None)
    note = next((n for n in reversed(dater.notes) if n.start < at and n.date is not None and n.date.iso), None)
    if note is not None and (phrase is None or note.start > phrase.start):
        return note.date
    return phrase


def perfect_years(dater: EventDater, index: DocIndex, text: str) -> None:
    """Moves to the year before each yearless day or month a past perfect tells after a later date of its year."""
    changed = False
    out = []
    for d in dater.dates:
        new = d
        if d.precision in ("day", "month") and d.iso and len(d.iso) >= 7 and d.start is not None \
                and not WRITTEN_YEAR.search(text[d.start:d.end]) and MONTH_NAME.search(text[d.start:d.end]):
            toks = index.tokens_in(d.start, d.end)
            verb = _verb_of(index.ctx.doc[toks[0]]) if toks else None
            ref = _reference(dater, d.start, text) if verb is not None and past_perfect(verb) else None
            if ref is not None and ref.iso[:4] == d.iso[:4] and len(ref.iso) >= 7 and ref.iso[5:7] < d.iso[5:7]:
                new = replace(d, iso=f"{int(d.iso[:4]) - 1:04d}{d.iso[4:]}")
                changed = True
        out.append(new)
    if changed:
        dater.dates = out
        dater.starts = [d.start for d in out]
