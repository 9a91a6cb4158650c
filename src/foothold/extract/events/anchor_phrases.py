"""A date inside an anchoring prepositional phrase is no running date when its sentence tells another (issue 8,
dates12).

"12 March 2021 - The president announced that he would stand again, after the death in February of his chosen
successor. The opposition called the candidacy illegal.": February is the death's, a background happening the
"after" phrase anchors the news to (news-dev README: "after..." acts are background); the entry's own date, 12 March,
is the time the story runs on from, so the opposition's call is of that day, not February.

Read by `timing.sentence_time` (the date the story moves on to): of the sentence's current dates, those hung under
an "after"/"following" preposition are passed over when another is left. A sentence whose only date is the anchor's
("Following the occupation in 2003, X led ...") keeps it, as before (dates11 left it so: the running date serves
such acts elsewhere).
"""

from __future__ import annotations

from .index import DocIndex

ANCHOR_PREPS = frozenset({"after", "following"})
REACH = 8


def in_anchor_phrase(date, index: DocIndex) -> bool:
    """The date phrase hangs, through nouns and prepositions (no verb), under an "after"/"following" preposition:
    "after the death in February of X", "following the vote on 3 May"."""
    toks = index.tokens_in(date.start, date.end) if date.start is not None else []
    if not toks:
        return False
    t = index.ctx.doc[toks[0]]
    for _ in range(REACH):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.dep_ == "prep" and t.lower_ in ANCHOR_PREPS:
            return True
    return False


def past_anchors(current: list, index: DocIndex) -> list:
    """``current`` (the sentence's dates the story may run on from, in order) without those in an anchoring phrase,
    when any other is left; else ``current`` as it is."""
    kept = [d for d in current if not in_anchor_phrase(d, index)]
    return kept if kept else current
