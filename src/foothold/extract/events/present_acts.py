"""An act told in the simple present is the report's own present: "The ministry condemns the seizure of the
trawler by the coast guard in the early hours of 12 March", published on 13 March, condemns on the publication's
date; the 12 March told after the verb (the parser may hang it on the verb) times the seizure its phrase tells, and
so does "rejects the claims ..., including the statement by the minister on 2 May". A present tense cannot be timed
by a day before the publication, so such a date told after the verb dates no such act (``timing.explicit_date``).

"on Wednesday, 11 March" is such a phrase too (dates9: the date finder reads "11 March" alone after the weekday's
comma). Not read: a bare date after a comma (a photo caption: "march in a parade outside the capital, Sept. 22, 2011"), a
date before the verb ("On 12 March the coast guard seizes ...", a chronicle's historic present), a date
on or after the publication ("meets X on Friday", a plan), a present with "today", a text with no publication date.
"""

from __future__ import annotations

import re
from datetime import date

from .index import DocIndex

PRESENT_TAGS = ("VBZ", "VBP")
# the date is told in a phrase of time ("on 12 March", "in the early hours of 12 March"); a bare date after a comma
# is a photo caption's or a dateline's ("march in a parade outside Tehran, Sept. 22, 2011"), its present historic
TIME_PREPS = {"on", "of", "in", "at", "during", "from", "by", "over", "between"}


def _iso_day(iso: str, last: bool) -> date | None:
    """The first (or, with ``last``, the last) day an ISO date of any precision covers."""
    try:
        if len(iso) >= 10:
            return date.fromisoformat(iso[:10])
        if len(iso) == 7:
            y, m = int(iso[:4]), int(iso[5:7])
            if not last:
                return date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        if len(iso) == 4:
            return date(int(iso), 12, 31) if last else date(int(iso), 1, 1)
    except ValueError:
        return None
    return None


# "welcomes the signing yesterday in New York": a day counted back from the report right after the noun it times
# (dates11)
COUNTED_BACK = re.compile(r"(?i)^(?:yesterday|last\s+(?:night|week|month))\b")


def noun_then_day(before, d, index: DocIndex) -> bool:
    """The date phrase ``d`` is a day counted back from the report ("yesterday", "last week") right after a noun
    (``before``), which it times: "welcomes the signing yesterday of the treaty"; or after a name closing the noun's
    phrase, "condemns the attack on a convoy near Tarma yesterday" (dates12)."""
    return before.pos_ in ("NOUN", "PROPN") and bool(COUNTED_BACK.match(index.ctx.document.text[d.start:d.end]))


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def weekday_before(comma) -> bool:
    """ "on Wednesday, 11 March": the comma after a weekday told in a phrase of time, before the day it names (the
    date finder reads the day alone, dates9); "on the night of Friday 21 August": the weekday itself (dates10)."""
    doc = comma.doc
    if comma.lower_ in WEEKDAYS:
        return comma.i > 0 and doc[comma.i - 1].lower_ in TIME_PREPS
    return comma.text == "," and comma.i > 1 and doc[comma.i - 1].lower_ in WEEKDAYS \
        and doc[comma.i - 2].lower_ in TIME_PREPS


def simple_present(verb) -> bool:
    """ "condemns", "reject": a finite verb in the simple present (no auxiliary; "is suspending" is read apart)."""
    return verb.tag_ in PRESENT_TAGS and verb.pos_ == "VERB" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def past_dates_after_present(verb, dates, published, index: DocIndex) -> set[int]:
    """Starts of the date phrases told after a simple-present ``verb`` in its sentence that end before the
    publication's day: they time a past thing the verb's phrase tells, not the verb's act."""
    if published is None or not published.iso or published.precision != "day" or not simple_present(verb):
        return set()
    today = _iso_day(published.iso, last=False)
    if today is None:
        return set()
    # "condemns the attack ... on 6 November and calls on X to ...": a date told after the first of coordinated
    # present verbs, in its phrase, is no act's of the coordination (dates8)
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i and simple_present(first.head):
        first = first.head
    at = index.tok_start[first.i]
    out = set()
    for d in dates:
        if d.start is None or d.start <= at or not d.iso:
            continue
        toks = index.tokens_in(d.start, d.end)
        first = index.ctx.doc[toks[0]] if toks else None
        before = first.doc[first.i - 1] if first is not None and first.i > 0 else None
        if before is None or before.lower_ not in TIME_PREPS and not (before.lower_ == "the" and before.i > 0
                                                                      and before.doc[before.i - 1].lower_ in TIME_PREPS) \
                and not weekday_before(before) and not noun_then_day(before, d, index):
            continue
        end = _iso_day(d.iso, last=True)
        if end is not None and end < today:
            out.add(d.start)
    return out
