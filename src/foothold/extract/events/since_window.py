"""A present perfect framed by "since" a time of the publication's own year ("Since January, the militia has seized
two towns", published in March): the act fell between that time and the publication, so the text dates it to what
the two share -- their year, or their month when both are in one month. A "since" of an earlier year ("Since 2017,
the FBI has arrested ...") frames a past the text does not date and stays undated (gold notes §26)."""

from __future__ import annotations

from ...model import DateValue
from .index import DocIndex
from .tense import present_perfect

SINCE = "since"


def under_since(date, index: DocIndex) -> bool:
    """The date phrase is the object of "since" ("Since January", "since 3 March")."""
    toks = index.tokens_in(date.start, date.end)
    if not toks:
        return False
    t = index.ctx.doc[toks[0]]
    for _ in range(3):
        if t.lower_ == SINCE:
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def shared_part(since: DateValue, published: DateValue) -> DateValue | None:
    """What a time and the later publication share: the month when both fall in it, else the year; None when the
    time is of another year or after the publication."""
    if since.iso[:4] != published.iso[:4] or since.iso > published.iso:
        return None
    if since.precision in ("day", "month") and published.precision in ("day", "month") \
            and since.iso[:7] == published.iso[:7]:
        return DateValue(iso=since.iso[:7], precision="month")
    return DateValue(iso=since.iso[:4], precision="year")


def since_this_year(verb, explicit, published, index: DocIndex) -> DateValue | None:
    """The date a present perfect framed by "since" a time of the publication's year tells, or None."""
    if explicit is None or explicit.start is None or not explicit.iso or published is None or not published.iso:
        return None
    if not present_perfect(verb) or not under_since(explicit, index):
        return None
    return shared_part(explicit, published)
