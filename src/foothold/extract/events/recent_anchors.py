"""An act told as having happened hours or a day before the news is current, not background (issue 8, evskip5).

"Iranian artillery shelled hills near Penjwen on Tuesday, a day after Iranian border forces clashed with Komala
fighters", "named a transitional leader on Wednesday, hours after they seized power": the README's conventions leave
background acts inside anchors out "unless they are current and reported nowhere else"; an "after" clause counted in
minutes, hours, days or a week before the act it places (the parser's npadvmod "a day", "hours", "two days" on the
clause's verb) or said to come "shortly"/"just"/"soon" after it tells the news of the last days, not the setting.
"since" clauses, and "after" clauses counted in months or years, stay background. Read in `timing.anchor_background`.
"""

from __future__ import annotations

RECENT_SPANS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "moment",
                          "moments"})
RECENT_ADVERBS = frozenset({"shortly", "just", "soon", "immediately"})


def _clause_head(verb):
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    return t


def recent_anchor(verb) -> bool:
    """The verb heads (or is a conjunct of) an "after" clause counted in hours or days before the act it places."""
    t = _clause_head(verb)
    if not any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children):
        left = t.left_edge.i - 1
        if left < 0 or t.doc[left].lower_ != "after":
            return False
        marker = t.doc[left]
        return any(c.dep_ == "npadvmod" and c.lower_ in RECENT_SPANS or c.dep_ == "advmod" and c.lower_ in RECENT_ADVERBS
                   for c in marker.children)
    return any(c.dep_ == "npadvmod" and c.lower_ in RECENT_SPANS or c.dep_ == "advmod" and c.lower_ in RECENT_ADVERBS
               for c in t.children)
