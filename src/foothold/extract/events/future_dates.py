"""A date after the publication is no time the story runs on from (issue 8, dates7): "there will be no combat forces
in the country by December 31, 2021. The government reaffirmed its commitment to protect them." in a July 2021
statement: the reaffirmation is the statement's, not the deadline's. Read by `timing.sentence_time` (the running
date of the paragraph); the act whose own sentence tells such a date is dated by the other rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left


def after_publication(date, dater) -> bool:
    """``date`` lies after the publication date, compared at the coarser of the two precisions; never when the
    document date is only the end of a period its title names (the page came out after it)."""
    published = dater.published
    if published is None or dater.period_end or not published.iso or not date.iso:
        return False
    n = min(len(date.iso), len(published.iso))
    return n >= 4 and date.iso[:n] > published.iso[:n]


PAST_TAGS = ("VBD", "VBN")


def shift_bases_to_skip(verb, dates, dater) -> frozenset[int]:
    """Starts of the dates after the publication, when ``verb`` tells a past act (dates9): "Norway will recognise
    the state from 28 May, the prime minister announced today. Spain announced its own recognition on the same day":
    a past act's "the same day" or "the next day" counts from the story's last date told, never from a later date
    (a start, a deadline), which the act cannot follow."""
    return frozenset(d.start for d in dates if later_than_past_act(verb, d, dater))


def later_than_past_act(verb, date, dater) -> bool:
    """``date`` lies after the publication and ``verb`` tells a past act, which cannot count on from it."""
    return verb.tag_ in PAST_TAGS and after_publication(date, dater)


def past_act_later_dates(verb, dates, dater) -> set[int]:
    """Starts of the date phrases after the publication, when ``verb`` tells a past act (dates12): "The minister
    proposed a meeting of the three governments in Accra early next year", in a December statement: next year is the
    meeting's, a plan the proposal tells; the proposal itself is the story's, not a time after the report. Compared
    at the coarser precision (`after_publication`); a verb in the simple past or a past participle only. Only for a
    publication dated to the day (a month or year may be the period a later page is about: "title: September 2022
    border clashes", a page telling "The two states signed a treaty in March 2025"; ingest's day comes from a header,
    a date line, a dateline or a credit, `ingest.metadata.find_date`) and a date at most in the year after the
    publication's (a plan told soon; a date years later tells of a publication date that is wrong)."""
    published = dater.published
    if published is None or published.precision != "day":
        return set()
    return {d.start for d in dates if d.start is not None and d.iso and int(d.iso[:4]) <= int(published.iso[:4]) + 1
            and later_than_past_act(verb, d, dater)}


# a sentence's end between a date and a note: the note closes another sentence
_SENTENCE_END = re.compile(r"[.!?][\"')\u201d]?\s|\n")


def after_its_note(date, dater, text: str) -> bool:
    """``date`` lies after the date of the source note closing its own sentence (dates11): "demanded that
    independence come no later than 2025 (Agency, September 28, 2020). The prime minister rejected any fixed date":
    a deadline or a plan told in a report of 2020 is no time the story runs on from, whether or not the document
    has a publication date of its own. Compared at the coarser precision."""
    if date.end is None or not date.iso:
        return False
    i = bisect_left(dater.note_starts, date.end)
    if i >= len(dater.notes):
        return False
    note = dater.notes[i]
    if note.date is None or not note.date.iso or _SENTENCE_END.search(text, date.end, note.start):
        return False
    n = min(len(date.iso), len(note.date.iso))
    return n >= 4 and date.iso[:n] > note.date.iso[:n]
