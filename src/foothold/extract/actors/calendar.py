"""A date's words are no part of the name written after them (irq21): "On 21 October Kataib Hezbollah's official",
"On 2 June Houthi Movement officials", "on Monday Hamas said": the NER or a name run took the date in."""

from __future__ import annotations

import re

from ..dates import MONTHS, WEEKDAYS

CALENDAR = "|".join(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
# a day-first date ("21 October ") or a weekday opening a name, a capitalised word after it
OPENING_DATE = re.compile(rf"(?:\d{{1,2}} )?(?:{CALENDAR})\b,? (?=[A-Z])")
MONTH_ONLY = re.compile(rf"(?:{'|'.join(w.capitalize() for w in MONTHS)}) ")
# a time preposition opening a sentence before the month ("In May Sistani's office ...", "By March Kagame had ...":
# actors24, evargs9); "May" after any other capitalised word is a name's ("Theresa May")
TIME_OPENERS = frozenset({"In", "On", "By", "Since", "Until", "Till", "During", "From", "Through", "Throughout",
                          "Before", "After", "Early", "Late", "Mid", "Last", "Next", "This"})


def date_opening(text: str, start: int, end: int) -> int:
    """Characters of a date opening the name text[start:end] (0 when none): a day number and month, a weekday, or a
    month after a day number, a lower-case word or a time preposition opening the sentence ("21 October", "in October",
    "In May"). "Theresa May", "the March 23 Movement" keep theirs: a name or "the" before the month, a number after
    it."""
    m = OPENING_DATE.match(text, start, end)
    if m is None:
        return 0
    if MONTH_ONLY.fullmatch(m.group(0)):
        before = text[max(0, start - 12):start].split()
        last = before[-1] if before else ""
        if not (last.isdigit() or last.isalpha() and last.islower() and last != "the" or last in TIME_OPENERS):
            return 0
    return m.end() - start


def trim_dates(text: str, found: list[list]) -> None:
    """Cut a date's words off the front of each person or body found ([start, end, type, label, core start,
    core end] items, edited in place)."""
    for f in found:
        if f[2] not in ("organization", "person", "media"):
            continue
        cut = date_opening(text, f[0], f[1])
        if cut and f[0] + cut < f[1]:
            f[0] += cut
            f[4] = max(f[4], f[0])
