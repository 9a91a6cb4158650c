"""The start of a measure told after the publication (issue 8, dates8): "The Board decided today to suspend the
licence of the channel for one month, starting tomorrow, Friday 17 July", "The President has ordered the closure of
the border from six o'clock tomorrow morning, Friday 15 September, until further notice", in a text published on
the 16th or the 14th. The date after "starting" / "from" / "effective" / "as of" tells when the measure takes
effect; the deciding or ordering the text reports is the publication's (its day), not that later day.

Read by `timing.explicit_date`: such a date times no act, and an act whose sentence gives it no other date is the
publication's. A start date on or before the publication ("imposed a curfew from 10 June", published on the 12th)
is the act's as before; so is any date that no start word opens.
"""

from __future__ import annotations

from ..dates import MONTHS, WEEKDAYS
from .future_dates import after_publication
from .index import DocIndex

# the words opening a measure's start: "starting tomorrow", "from midnight", "effective 1 May", "as of Monday"
START_WORDS = frozenset({"starting", "beginning", "from", "effective", "commencing"})
START_PAIRS = frozenset({("as", "of"), ("as", "from"), ("effect", "from")})
# the words a start phrase may hold between its start word and the date ("from six o'clock tomorrow morning, Friday")
TIME_WORDS = frozenset({"tomorrow", "today", "tonight", "morning", "afternoon", "evening", "night", "midnight", "noon",
                        "midday", "o'clock", "a.m.", "p.m.", "am", "pm", "hours", "hrs", "gmt", "utc", "local",
                        "time", "at", "on", "the", "next", "this", "dawn"})
REACH = 9           # tokens looked back from the date to its start word


def opened_by_start(first) -> bool:
    """The date phrase whose first token is ``first`` is opened by a start word, with only times, numbers and
    commas between."""
    doc = first.doc
    sent_start = first.sent.start
    for j in range(first.i - 1, max(sent_start - 1, first.i - 1 - REACH), -1):
        t = doc[j]
        low = t.lower_
        if low in START_WORDS:
            return True
        if j > sent_start and (doc[j - 1].lower_, low) in START_PAIRS:
            return True
        if t.is_punct or t.like_num or low in TIME_WORDS or low in WEEKDAYS or low.rstrip(".") in MONTHS \
                or t.ent_type_ in ("TIME", "DATE"):
            continue
        return False
    return False


def measure_starts(dates, dater, index: DocIndex) -> set[int]:
    """Starts of the date phrases of ``dates`` that open a measure after the publication."""
    out = set()
    for d in dates:
        if d.start is None or not after_publication(d, dater):
            continue
        toks = index.tokens_in(d.start, d.end)
        if toks and opened_by_start(index.ctx.doc[toks[0]]):
            out.add(d.start)
    return out


def infinitive_start(date, index: DocIndex) -> bool:
    """The date phrase opens a measure in a to-infinitive ("30 November: the two customs services agreed to extend
    the opening hours from January. The governor thanked them ..."; dates12): January is when the agreed measure
    starts, a time to come whatever year the date finder gave it, so it is no running date of the paragraph
    (`timing.sentence_time`): the next sentence is the entry's day."""
    toks = index.tokens_in(date.start, date.end) if date.start is not None else []
    if not toks:
        return False
    first = index.ctx.doc[toks[0]]
    if not opened_by_start(first):
        return False
    t = first
    for _ in range(8):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    return False
