"""A date inside "before + gerund" times the gerund's happening (issue 8, dates8): "Police briefly detained him before
releasing him on 11 November" -- the release was on the 11th, the detention before it, so that day dates neither the
detention nor a clause coordinated with it ("crossed into X and applied for asylum; police detained him before
releasing him on 11 November"); the story's running date (a chronicle entry's, a dateline's) or its year dates them,
as an "N days before the vote" clause is left to the happening it counts from (`timing.told_date`). "Prior to
releasing" is read alike. An "after + gerund" date is left to the anchor rules ("arrested after returning on Monday":
anchors still date the act, `date_owner.ANCHORS`).

Read by `timing.other_clause_dates` and `timing.in_relative_clause` (no running date either).
"""

from __future__ import annotations

CLIMB = 8


def opens_before(gerund) -> bool:
    """``gerund`` is the object of "before" or "prior to"."""
    head = gerund.head
    return head.lower_ == "before" or head.lower_ == "to" and head.head.lower_ == "prior"


def in_before_gerund(date_tok, trigger) -> bool:
    """The date token lies in a "before + gerund" phrase that does not hold ``trigger``."""
    t = date_tok
    for _ in range(CLIMB):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        if t.tag_ == "VBG" and t.dep_ == "pcomp" and opens_before(t):
            return all(x.i != trigger.i for x in t.subtree)
        t = t.head
    return False
