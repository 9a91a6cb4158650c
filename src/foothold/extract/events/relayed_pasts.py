"""A date inside a past perfect relayed by a saying verb is no running date of the paragraph (issue 8, dates9).

"The minister told the members that the ministry had arrested eleven suspects in August. He declined to name their
brigade." in a hearing of 15 September: August times the arrests the minister relayed, a past before the telling;
the story runs on at the telling's time (the hearing's day), so the next sentence's undated act is not of August.
The relayed act itself keeps its own date (`timing.explicit_date`). Read by `timing.sentence_time` only.
"""

from __future__ import annotations

from .index import DocIndex
from .tense import backshifted, past_perfect

CLIMB = 8


def governing_verb(date, index: DocIndex):
    """The verb a date phrase hangs on (through nouns and prepositions), or None (flashbacks.py reads it too)."""
    toks = index.tokens_in(date.start, date.end)
    if not toks:
        return None
    t = index.ctx.doc[toks[0]]
    for _ in range(CLIMB):
        if t.pos_ in ("VERB", "AUX") and t.i != toks[0]:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def in_relayed_past(date, index: DocIndex) -> bool:
    """The date phrase hangs (through nouns and prepositions) on a past perfect that a past saying verb relays."""
    verb = governing_verb(date, index)
    return verb is not None and past_perfect(verb) and backshifted(verb)
