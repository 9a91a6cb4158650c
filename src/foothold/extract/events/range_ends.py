"""A range of days or months is dated by its first day: "12 March to 4 April. Rebels held the ferry crossing and
shelled the port." -- the entry's acts are of 12 March, the range's start, and the range's end ("to 4 April")
times nothing the story tells (``dating.ranges_and_running_years`` already gives a yearless start the end's written
year). Only a range joined by "to" or a dash; "on 3 May and 5 May" tells two days, "until 4 April" the end of a
state, both kept. Read by ``EventDater`` when it collects the dates.
"""

from __future__ import annotations

import re

RANGE_TO = re.compile(r"^\s*(?:to|[\u2013\u2014-])\s*$")


def without_range_ends(dates: list, text: str) -> list:
    """``dates`` less each day or month that closes a range opened by the date phrase right before it."""
    out = []
    for k, d in enumerate(dates):
        prev = dates[k - 1] if k else None
        if prev is not None and d.precision in ("day", "month") and prev.precision in ("day", "month") \
                and prev.end is not None and d.start is not None and prev.end <= d.start \
                and RANGE_TO.match(text[prev.end:d.start]) and prev.iso and d.iso and prev.iso <= d.iso:
            continue
        out.append(d)
    return out
