"""A time counted from a happening the paragraph dates (issue 8, dates7): "Venezuela held a referendum on December
3 ... Two days before the vote, the court had ordered Venezuela ..." (December 1); "Two days before the vote, the
foreign secretary flew to Kathmandu (Note, September 19). The assembly adopted it on September 20" (September 18).
"N days/weeks before/after the X" in the act's own clause, with no date phrase of the sentence timing the act, counts
from the paragraph's date phrase nearest before the sentence, else the first after it (a source note dates a report,
a "since"/"until" frame or a describing date no happening); a month-dated happening gives its month for a count
of days. With no such date the act stays as `tense.relative_time` and `timing.told_date` leave it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import DateValue
from .analysis import COUNTS, own_clause
from .dating import moved_day

HAPPENING_OFFSET = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|ten|\d+) (?P<unit>day|week)s? "
                              r"(?P<dir>before|after|ahead of) the\b", re.I)


def happening_offset(trigger, sent, dater, index, off_story) -> DateValue | None:
    """The day (or month) an "N days before the X" in ``trigger``'s own clause counts to, or None."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    m = HAPPENING_OFFSET.search(sent.text)
    if m is None:
        return None
    doc = sent.doc
    span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
    own = own_clause(trigger)
    if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        own |= own_clause(trigger.head)     # "Two days before the vote, X flew to Y and urged Z": both verbs
    if span is None or not all(t.i in own for t in span):
        return None
    text = index.ctx.document.text
    s_start, s_end = index.tok_start[sent.start], index.tok_end[sent.end - 1]
    p_start = text.rfind("\n\n", 0, s_start) + 1
    p_end = text.find("\n\n", s_end)
    p_end = len(text) if p_end < 0 else p_end
    before = [d for d in dater.dates_in(p_start, s_start) if not off_story(d)]
    after = [d for d in dater.dates_in(s_end, p_end) if not off_story(d)]
    told = before[-1] if before else after[0] if after else None
    if told is None or told.precision not in ("day", "month"):
        return None
    n = m.group("n").lower()
    days = (int(n) if n.isdigit() else COUNTS[n]) * (7 if m.group("unit").lower() == "week" else 1)
    days = -days if m.group("dir").lower() != "after" else days
    moved = moved_day(told, days) if told.precision == "day" else DateValue(iso=told.iso[:7], precision="month")
    if moved is None:
        return None
    return replace(moved, start=index.tok_start[span.start], end=index.tok_end[span.end - 1], text=m.group(0))
