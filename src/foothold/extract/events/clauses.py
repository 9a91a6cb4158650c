"""A past clause with its own subject after a present or modal one is told, not inherited (irq21): "Bagheri warned
that the United States must leave Syria, and Ayoub threatened to retake ...": the parser hangs the second clause on
"leave", but its own subject and simple past make it the narrative's act, not the warning's content."""

from __future__ import annotations

PRESENT_OR_BASE = frozenset({"VB", "VBP", "VBZ"})


def own_past_clause(verb) -> bool:
    """A conjunct verb in the simple past with a subject of its own, its head a base or present form."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ in PRESENT_OR_BASE \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children)
