"""A range of days or months is dated by its first day: "12 March to 4 April. Rebels held the ferry crossing and
shelled the port." -- the entry's acts are of 12 March, the range's start, and the range's end ("to 4 April")
times nothing the story tells (``dating.ranges_and_running_years`` already gives a yearless start the end's written
year). Only a range joined by "to" or a dash heading its line as an entry's date ("12 March to 4 April." or
"12-14 March:"); "on 3 May and 5 May" tells two days, "until 4 April" the end of a state, and a range inside a sentence
("lasted from 27 September to 10 November, and ended with a ceasefire") ends where its next act is dated, all kept. Read by ``EventDater`` when it collects the dates.
"""

from __future__ import annotations

import re

RANGE_TO = re.compile(r"^\s*(?:to|[\u2013\u2014-])\s*$")
# the range heads its line and closes it or its first sentence: a monitor's or chronology's entry heading
HEAD_AFTER = re.compile(r"^\s*(?:\d{4})?\s*(?:[.:\u2013\u2014-]|\n|$)")


def heads_line(text: str, start: int) -> bool:
    """Only blanks (or "From") stand before ``start`` on its line."""
    return text[text.rfind("\n", 0, start) + 1:start].strip().lower() in ("", "from")


def without_range_ends(dates: list, text: str) -> list:
    """``dates`` less each day or month that closes a range opened by the date phrase right before it."""
    out = []
    for k, d in enumerate(dates):
        prev = dates[k - 1] if k else None
        if prev is not None and d.precision in ("day", "month") and prev.precision in ("day", "month") \
                and prev.end is not None and d.start is not None and prev.end <= d.start \
                and RANGE_TO.match(text[prev.end:d.start]) and prev.iso and d.iso and prev.iso <= d.iso \
                and heads_line(text, prev.start) and HEAD_AFTER.match(text[d.end:d.end + 8]):
            continue
        out.append(d)
    return out
