"""A yearless date takes its year from the source note closing its sentence (issue 8, dates2).

"Police detained the leader in June and flew him to the capital (Agency, June 22, 2024)": the note dates the report
of that very sentence, so "June" is June 2024 (or the year before, for a month later in the year than the note's),
whatever year the story told last ("Baku expelled two diplomats in December 2023." just before) or the document's
date would lend it. Read by `dating.EventDater` after `dating.ranges_and_running_years`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import DateValue

WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# a sentence or paragraph ends between the date and the note: the note is another sentence's
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[A-Z\"\u201c]|\n")


def noted_year(d: DateValue, text: str, notes) -> DateValue:
    """``d`` with the year of the first dated note after it in its sentence, when ``d`` was written without one."""
    if d.precision not in ("day", "month") or len(d.iso) < 7 or WRITTEN_YEAR.search(text[d.start:d.end]):
        return d
    note = next((n for n in notes if n.start >= d.end), None)
    if note is None or note.date is None or note.date.precision not in ("day", "month") \
            or SENTENCE_END.search(text, d.end, note.start):
        return d
    year = int(note.date.iso[:4]) - (1 if d.iso[5:7] > note.date.iso[5:7] else 0)
    return replace(d, iso=f"{year:04d}{d.iso[4:]}")


def noted_years(dates: list[DateValue], text: str, notes) -> list[DateValue]:
    """Every date phrase, yearless ones dated by the note closing their sentence."""
    return [noted_year(d, text, notes) for d in dates]
