"""The requester's own next verb parsed inside the request: "NBRO urges the authorities to grant access and calls on
X to end Y" (issue 8, evsense2). The parser hangs "calls" as a conjunct of the infinitive "grant"; a finite verb in
the governor's own tense cannot continue a bare infinitive, so it is the governor's conjunct (a parse repair run
with the extractor's others): its subject is the governor's, and it is no longer read as requested content."""

from __future__ import annotations

FINITE = {"VBZ", "VBD"}


def finite_conjuncts(content) -> list:
    """Finite verbs conjoined to an infinitive complement, in its governor's tense and with no subject of their own."""
    governor = content.head
    if content.dep_ != "xcomp" or content.tag_ != "VB" or governor.tag_ not in FINITE or governor.pos_ != "VERB":
        return []
    return [c for c in content.children if c.dep_ == "conj" and c.tag_ == governor.tag_ and c.pos_ == "VERB"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]


def repair_finite_conjuncts(doc) -> int:
    """Re-hangs each such conjunct on the governor; returns how many."""
    moved = 0
    for content in doc:
        for verb in finite_conjuncts(content):
            verb.head = content.head
            moved += 1
    return moved
