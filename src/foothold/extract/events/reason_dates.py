"""A date told in a reason clause times the reason, not the act it explains (issue 8, dates7): "refused to sign the
declaration because it did not condemn the attacks on the border in September" (September is the attacks', the
refusal keeps the story's time); "resigned because of the raids in March". A date outside the reason clause ("On
Monday X resigned because ...") and one in a reason clause that holds the act itself are left to the other rules.
"""

from __future__ import annotations

REASON_WORDS = {"because"}


def in_reason_clause(date_tok, trigger) -> bool:
    """The date token hangs, below the trigger's own clause, in a clause or phrase opened by "because"."""
    own = {trigger.i, *(a.i for a in trigger.ancestors)}
    t = date_tok
    for _ in range(14):
        if t.i in own or t.head.i == t.i:
            return False
        if t.lower_ in REASON_WORDS and t.dep_ == "prep" \
                or t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in REASON_WORDS for c in t.children):
            return True
        t = t.head
    return False


def reason_dates(trigger, dates, index) -> set[int]:
    """Starts of the date phrases of a reason clause that does not hold the trigger."""
    doc = trigger.doc
    return {d.start for d in dates if (toks := index.tokens_in(d.start, d.end))
            and in_reason_clause(doc[toks[0]], trigger)}
