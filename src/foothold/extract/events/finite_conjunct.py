"""The requester's own next verb parsed inside the request: "NBRO urges the authorities to grant access and calls on
X to end Y" (issue 8, evsense2). The parser hangs "calls" as a conjunct of the infinitive "grant"; a finite verb in
the governor's own tense cannot continue a bare infinitive, so it is the governor's conjunct (a parse repair run
with the extractor's others): its subject is the governor's, and it is no longer read as requested content.
The same holds a level up (evargs5): "X said the killings aimed to push the province into chaos and called on Y to
..." -- "called" continues "said", the nearest verb above in its own tense, not the infinitive "push"."""

from __future__ import annotations

FINITE = {"VBZ", "VBD"}


def finite_conjuncts(content) -> list:
    """Finite verbs conjoined to an infinitive complement, in its governor's tense and with no subject of their own."""
    governor = content.head
    if content.dep_ != "xcomp" or content.tag_ != "VB" or governor.tag_ not in FINITE or governor.pos_ != "VERB":
        return []
    return [c for c in content.children if c.dep_ == "conj" and c.tag_ == governor.tag_ and c.pos_ == "VERB"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]


def tensed_ancestor(content, tag: str):
    """The nearest verb above an infinitive in the given finite tense, climbing through participles and nouns
    ("said the killings aimed to push X": "said"), or None at the root (evargs5)."""
    t = content.head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.tag_ == tag:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def far_finite_conjuncts(content) -> list:
    """(conjunct, its verb) for finite verbs conjoined to a "to"-infinitive whose governor is no finite verb ("X said
    the killings aimed to push the province into chaos and called on Y to ..."): the nearest verb above in the
    conjunct's tense, when the conjunct has no subject of its own."""
    if content.dep_ != "xcomp" or content.tag_ != "VB" or content.head.tag_ in FINITE \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in content.children):
        return []
    out = []
    for c in content.children:
        if c.dep_ == "conj" and c.tag_ in FINITE and c.pos_ == "VERB" \
                and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            verb = tensed_ancestor(content, c.tag_)
            if verb is not None:
                out.append((c, verb))
    return out


def repair_finite_conjuncts(doc) -> int:
    """Re-hangs each such conjunct on the governor (or on the nearest verb of its tense above); returns how many."""
    moved = 0
    for content in doc:
        for verb in finite_conjuncts(content):
            verb.head = content.head
            moved += 1
        for verb, governor in far_finite_conjuncts(content):
            verb.head = governor
            moved += 1
    return moved
