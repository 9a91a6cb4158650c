"""A closing "where"/"when" clause right after a date takes that date (issue 8, dates9).

"The two sides reviewed the visit that the minister paid to Santiago last month, where she met her counterpart": the
meeting happened on that visit, last month. The parser often hangs such a "where" clause on a noun far from the
dated verb ("paid" read as a participle of "minister"), so the date looks like another clause's
(`timing.other_clause_dates`) and the act fell to the report's month. The shape read here needs no parse of the
clause it elaborates: the trigger's own clause opens with "where"/"when" right after a comma, and a date phrase of
the sentence ends right before that comma; that date times the act (also the point of a "since"/"until" frame: "since 2015, when the army seized the
town": `when_clauses.frame_point`, dates11). Read by `timing.explicit_date` only when no other date of the sentence times the act (a clause with a date of
its own keeps it). `shift_reach.closing_setting` reads the same clauses for counted shifts ("the next day").
"""

from __future__ import annotations

from .index import DocIndex
from .when_clauses import frame_point

SETTING_ADVERBS = {"where", "when"}


def closing_clause_date(trigger, dates, index: DocIndex, background=lambda d: False):
    """The date phrase ending right before the ", where/when" that opens ``trigger``'s clause (or the clause of the
    verb it is a later conjunct of), or None."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    t = trigger
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.head.i < t.i:
        t = t.head          # "..., where she met X and thanked Y"
    adverb = next((c for c in t.children if c.dep_ == "advmod" and c.lower_ in SETTING_ADVERBS and c.i < t.i), None)
    if adverb is None or adverb.i < 2 or adverb.i != t.left_edge.i:
        return None
    doc = trigger.doc
    if doc[adverb.i - 1].text != ",":
        return None
    last = adverb.i - 2
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        # "since 12 May, when Chad expelled the ambassador": the frame's point is the expulsion's day (when_clauses)
        if toks and toks[-1] == last and (not background(d) or frame_point(adverb, d, index.ctx.document.text)):
            return d
    return None
