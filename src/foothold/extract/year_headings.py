"""Year headings: a line that is only a year ("2024", "2024:") heads the dated entries below it.

A chronology page or a timeline section writes its entries as "- October 4: ..." under a year line; the
entries' yearless days belong to that year, not to the last date written in full before the heading nor to
the document date (extract/dates.py `find_dates`).
"""
from __future__ import annotations

import re

YEAR_LINE = re.compile(r"^[ \t]*((?:1[6-9]|20)\d\d)[ \t]*:?[ \t]*$", re.M)


def year_headings(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every line that holds only a year, in text order."""
    return [(m.start(1), int(m.group(1))) for m in YEAR_LINE.finditer(text)]


def heading_before(headings: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The last year heading that starts before offset ``at``, if any."""
    before = [h for h in headings if h[0] < at]
    return before[-1] if before else None
