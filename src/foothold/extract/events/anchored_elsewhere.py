"""An anchoring clause's date does not time the act it places when the sentence dates that act otherwise (issue 8,
dates10).

"7 May 2020 - Hours after parliament approved the cabinet on the night of 6 May, the group's official warned him ...":
6 May is the approval's (the anchor, news-dev README: "after..." acts are background); the warning came after it, and
the entry's own date, 7 May, times it. `timing.explicit_date` skips the dates inside an "after"/"since"/"before"
clause (`timing.anchored_date`) that does not hold the trigger when another date of the sentence, not the report's
own (a wire dateline), is left to time the act.

Not read: a sentence whose only other date is the dateline ("KYIV, May 7 - Hours after the vote on 6 May, ..."): the
anchor's day stays the nearest time told; a trigger inside the anchoring clause (its own date); a noun trigger.
"""

from __future__ import annotations

import re

from .index import DocIndex
from .tense import ANCHOR_MARKS

MARKS = ANCHOR_MARKS | {"before"}
ENTRY_MARK = re.compile("[ \\t]*[-\u2013\u2014:]")


def anchor_clause(tok):
    """The verb heading the "after"/"since"/"before" clause that holds ``tok`` after its subordinator, or None (a date
    before the subordinator, "7 May 2020 - Hours after ...", is no part of the clause the parser may hang it in)."""
    t = tok
    for _ in range(10):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in MARKS and c.i < tok.i for c in t.children):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def entry_date_before(dater, s_start: int, text: str) -> bool:
    """The sentence is on a line that opens with a date phrase and a dash or colon ("7 May 2020 - Hours after ..."):
    a chronology entry's date (the sentence splitter may cut the date off, "7" alone)."""
    line_start = text.rfind("\n", 0, s_start) + 1
    d = next((d for d in dater.dates if d.start is not None and line_start <= d.start <= s_start + 1), None)
    if d is None or d.end is None or text[line_start:d.start].strip(" \t-\u2013\u2014*\u2022") != "":
        return False
    return ENTRY_MARK.match(text, d.end) is not None


def anchored_elsewhere(trigger, dates, index: DocIndex, report=frozenset(), skip=frozenset(),
                       entry=lambda: False) -> set[int]:
    """Starts of the date phrases inside an anchoring clause that does not hold ``trigger``, when the sentence has a
    date outside every such clause (none of ``report`` or ``skip``) or ``entry()`` (read only then) tells it opens a
    dated entry."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return set()
    doc = trigger.doc
    anchored = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        clause = anchor_clause(doc[toks[0]]) if toks else None
        if clause is not None and not (clause.left_edge.i <= trigger.i <= clause.right_edge.i):
            anchored.add(d.start)
    if not anchored:
        return set()
    if any(d.start not in anchored and d.start not in report and d.start not in skip for d in dates) or entry():
        return anchored
    return set()
