"""The day a decided measure takes effect (issue 8, evcand8): "today decided to lower the level of relations with X,
with effect from 24 February", "the ban applies with effect from 1 May". The act is the decision, dated by the
sentence's other date ("today"); the "with effect from" / "effective from" / "effective as of" date tells when it
applies, as a "since"/"until" date frames a state (the golds date the decision: a measure "with effect from today"
is dated the same). ``takes_effect(date, index)``: the date phrase follows such words in its sentence. Read in
``timing.framing_dates`` and ``timing.explicit_date``, which set such a date aside: another date of the sentence, or
the story's day, times the act.
"""

from __future__ import annotations

from .decree_acts import decreed_from

EFFECT_LEADS = (("with", "effect", "from"), ("with", "effect", "as", "of"), ("effective", "from"),
                ("effective", "as", "of"), ("effective",), ("taking", "effect", "on"), ("takes", "effect", "on"),
                ("take", "effect", "on"))


def takes_effect(date, index) -> bool:
    """The date phrase is led by "with effect from", "effective (from / as of)", "taking effect on"."""
    toks = index.tokens_in(date.start, date.end)
    if not toks:
        return False
    doc = index.ctx.doc
    first = toks[0]
    start = doc[first].sent.start
    if decreed_from(doc, first):
        return True               # "signed a decree suspending flights from July 8" (decree_acts.py)
    for lead in EFFECT_LEADS:
        at = first - len(lead)
        if at >= start and tuple(doc[i].lower_ for i in range(at, first)) == lead:
            return True
    return False
