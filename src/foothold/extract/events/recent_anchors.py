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


def told_in_anchor(verb) -> bool:
    """The verb's act is kept only as a recent anchor's (it heads an "after" clause `recent_anchor` reads)."""
    from .tense import in_anchor_clause
    return in_anchor_clause(verb) and recent_anchor(verb)


def reported_elsewhere(events: list, meta: list[dict]) -> tuple[list, list[dict], int]:
    """The README's "reported nowhere else": a recent anchor's act (meta `recent_anchor`) is dropped when another
    sentence of the document tells an act of its type with one of its parties ("hours after they seized power" in the
    lede, the coup told again below). Returns the events and meta kept and how many were dropped."""
    keep_e, keep_m, dropped = [], [], 0
    for ev, info in zip(events, meta):
        if info.get("recent_anchor"):
            parties = set(ev.source) | set(ev.target)
            if any(o is not ev and o.type == ev.type and m.get("sent") != info.get("sent")
                   and parties & (set(o.source) | set(o.target)) for o, m in zip(events, meta)):
                dropped += 1
                continue
        keep_e.append(ev)
        keep_m.append(info)
    return keep_e, keep_m, dropped
