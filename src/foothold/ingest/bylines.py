"""A report's byline line: the issuer and the label it gives itself, closed by the report's date (issue 8, docs27).

    Arabian Press Freedom Centre, report of 10 December 2020
    Regional Media Monitor, Iraq desk, 14 September 2020
    An investigation by the Seoul-based Korea Maritime Transparency Project, 2 March 2021

Reports, monitor digests, investigations and hearing summaries put such a line under their headline instead of a wire
dateline or a "Published:" line. It is a paragraph of its own, near the top, that ends in a full date after a comma
or "of"/"on", with no sentence in it: that date is the report's, and the body named in it is who the report's
unattributed "we" is (`events/arguments.py` reads `byline_span`)."""

from __future__ import annotations

import calendar
import re

from ..model import DateValue

HEAD_PARAGRAPHS = 6        # the byline sits under the headline, before the body
BYLINE_MAX = 160           # characters: a longer paragraph is prose
# the closing date, after a comma or "of"/"on": ", 14 September 2020", " of 10 December 2020", ", March 2, 2021"
CLOSING_DATE = re.compile(r"(?:,|\bof|\bon)\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"
                          r"\s*$")
SENTENCE_END = re.compile(r"[.!?][\"'\u201d]?\s+[A-Z]|[.!?]\s*$")


def _paragraphs(text: str):
    """(start, paragraph) for the first paragraphs of ``text``: runs of lines between blank lines."""
    for m in re.finditer(r"(?:[^\n]*\S[^\n]*\n?)+", text):
        yield m.start(), m.group().rstrip("\n")


def byline(text: str) -> tuple[DateValue, tuple[int, int]] | None:
    """(the date a byline line closes with, the line's span), or None when the top of ``text`` has no byline."""
    from .metadata import _date_in_line             # metadata calls us as its last fallback
    for n, (start, para) in enumerate(_paragraphs(text)):
        if n >= HEAD_PARAGRAPHS:
            return None
        if "\n" in para or len(para) > BYLINE_MAX or SENTENCE_END.search(para):
            continue
        m = CLOSING_DATE.search(para)
        found = _date_in_line(m.group("date")) if m else None
        if not found or found[0].precision != "day" or not para[:m.start()].strip():
            continue
        value, (s, e) = found
        at = start + m.start("date")
        value.text, value.start, value.end = m.group("date")[s:e], at + s, at + e
        return value, (start, start + len(para))
    return None


def byline_date(text: str) -> DateValue | None:
    found = byline(text)
    return found[0] if found else None


def byline_span(text: str) -> tuple[int, int] | None:
    found = byline(text)
    return found[1] if found else None


# a byline closed by a month only: "Briefing by Press Freedom Watch, April 2024"
MONTH_CLOSING = re.compile(r"(?:,|\bof|\bon)\s+(?P<month>[A-Z][a-z]+)\s+\d{4}\s*$")


def issuer_span(text: str) -> tuple[int, int] | None:
    """The span of the line naming who the report is by: its byline, or a byline line closed by a month alone
    (evargs3). The month-closed line dates nothing (the report's own date stays the dated byline's or the header's);
    it only tells who the report's unattributed "we" is."""
    dated = byline_span(text)
    if dated is not None:
        return dated
    for n, (start, para) in enumerate(_paragraphs(text)):
        if n >= HEAD_PARAGRAPHS:
            return None
        if "\n" in para or len(para) > BYLINE_MAX or SENTENCE_END.search(para):
            continue
        m = MONTH_CLOSING.search(para)
        if m and m.group("month") in MONTHS and para[:m.start()].strip():
            return start, start + len(para)
    return None


MONTHS = frozenset(calendar.month_name[1:])
