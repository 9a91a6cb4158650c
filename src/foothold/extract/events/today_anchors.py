""""Today" over an anchor's date (issue 8, dates8): "The Secretary-General takes note of the decision of the Council
today to terminate the mandate of the mission, following the request of the Government on 16 June that the mission
withdraw." The 16 June is the request's, told in a "following"/"after" phrase that anchors the act; the act's own
time is "today", hung on the act or on the noun its clause tells ("the decision ... today to terminate"), so it is
the publication's day. Without "today" an anchor's date still dates the act (`date_owner.ANCHORS`); a "today" on
another verb ("said today that ...") or inside a quotation is left.

Read by `timing.told_date`.
"""

from __future__ import annotations

from .speakers import quoted
from ..doc_tokens import span_tokens

TODAY_WORDS = frozenset({"today"})
ANCHOR_WORDS = frozenset({"following", "after"})
CLIMB = 10


def own_today(trigger, sent) -> bool:
    """An unquoted "today" hangs on ``trigger`` or on a noun above it ("the decision today to terminate")."""
    above = {a.i for a in trigger.ancestors}
    return any(t.lower_ in TODAY_WORDS and not quoted(t, sent)
               and (t.head.i == trigger.i or t.head.i in above and t.head.pos_ in ("NOUN", "PROPN"))
               for t in span_tokens(sent))


def in_anchor_phrase(date_tok, trigger) -> bool:
    """The date token lies in a "following"/"after" phrase that does not hold ``trigger``."""
    t = date_tok
    for _ in range(CLIMB):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        if t.lower_ in ANCHOR_WORDS and t.dep_ in ("prep", "advcl", "advmod") and t.i != date_tok.i:
            return all(x.i != trigger.i for x in t.subtree)
        t = t.head
    return False


def today_over_anchor(trigger, explicit, sent, index) -> bool:
    """The act's date phrase ``explicit`` is an anchor's while the act is told as done today."""
    if explicit is None or explicit.start is None:
        return False
    toks = index.tokens_in(explicit.start, explicit.end)
    return bool(toks) and in_anchor_phrase(index.ctx.doc[toks[0]], trigger) and own_today(trigger, sent)
