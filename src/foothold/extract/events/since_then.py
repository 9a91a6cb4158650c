"""A present perfect framed by "since then" (issue 8, dates8): "In August 2022 the parliament declared X a sponsor of
terrorism, and since then the government has closed the border to its citizens", in a statement of January 2023.
"Since then" counts from the last date told, as "since August 2022" would: the act fell between that date and the
publication, so it is dated as `since_window.py` dates "Since January, X has seized two towns" -- to what the two
share when that date is of the publication's year, else undated (a past the text does not date, gold notes §26). The
date told before is the frame, not the act's own time.

Read by `timing.date_event` for a verb in the present perfect with "since then" / "since that time" / "ever since" on
it. A "since" with its own date is `since_window.py`'s.
"""

from __future__ import annotations

from .since_window import shared_part
from .tense import present_perfect

THEN_WORDS = frozenset({"then"})
THAT_NOUNS = frozenset({"time", "date", "day", "moment", "point"})


def since_then_token(verb):
    """The "since" of a "since then" / "since that time" / "ever since" phrase on ``verb``, or None."""
    for c in verb.children:
        if c.lower_ != "since" or c.dep_ not in ("prep", "advmod", "mark"):
            continue
        kids = list(c.children)
        if not kids and c.i > 0 and verb.doc[c.i - 1].lower_ == "ever":
            return c                    # "has ever since refused ..."
        for k in kids:
            if k.lower_ in THEN_WORDS:
                return c
            if k.lower_ in THAT_NOUNS and any(d.lower_ == "that" for d in k.children):
                return c
    return None


def since_then_date(verb, dater, index):
    """(framed, date): whether ``verb`` is a present perfect framed by "since then", and the date it takes -- what
    the last date told before the "since" and the publication share, or None (undated)."""
    if not present_perfect(verb):
        return False, None
    since = since_then_token(verb)
    if since is None:
        return False, None
    told = dater.last_told_before(index.tok_start[since.i])
    published = dater.published
    if told is None or not told.iso or published is None or not published.iso:
        return True, None
    return True, shared_part(told, published)
