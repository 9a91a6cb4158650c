"""A "since" date of another clause does not time a simple past or present act (issue 8, dates10).

"since March" tells how long a state has lasted, and English hangs it on a perfect ("had lost millions since March",
"units deployed at the crossings since July"). Told in a clause other than the act's -- the content of a report, a
participle describing an object -- it frames that clause's state: "The governor told reporters that merchants had lost
millions since March and thanked Tehran for its cooperation" (the thanking is the story's, not March's), "The
Commission thanks the ministry and the units deployed at the crossings since July" (the thanks are the statement's
present). `timing.explicit_date` skips such dates; the act is then dated as an undated one (running date, source note,
the report's present).

Not read: a date inside a happening's phrase ("since the 2008 war, after which X recognised Y"); a "since" date hung on the act's own verb (`since_window.py`, `timing.told_undated`), an act in the present
perfect ("has held the town since March and shelled the villages": the perfect's frame is its own), a noun trigger.
"""

from __future__ import annotations

from .clause_dates import clause_head
from .date_owner import phrase_head
from .index import DocIndex
from .tense import present_perfect


def bare_since(head) -> bool:
    """The date phrase is itself the object of "since" ("since March"), not a year inside a happening's name ("since
    the 2008 war, after which Moscow recognised ...": the war is what the later clause is timed by)."""
    return head.dep_ == "pobj" and head.head.lower_ == "since"


def since_elsewhere(trigger, dates, index: DocIndex) -> set[int]:
    """Starts of the "since" date phrases hung on a verb other than ``trigger`` (a verb in neither perfect)."""
    if trigger.pos_ not in ("VERB", "AUX") or present_perfect(trigger):
        return set()
    doc = trigger.doc
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks or not bare_since(phrase_head(toks, doc)):
            continue
        head = clause_head(doc[toks[0]], trigger)
        if head is not None and head.i != trigger.i:
            out.add(d.start)
    return out
