"""Backing told as the manner of another act is no act of its own (issue 8, spurious4): "was re-elected speaker in
January 2022 with the backing of the Sadrist movement", "won 134 votes with the backing of the ruling party",
"founded with the help of Iran's Revolutionary Guards". The phrase says how the verb's act came about; the act is the
verb's (the election, coded), and no tuning gold codes the backing beside it (two documents in two sets). Backing
told as a verb ("the party backed him") or as a noun of its own ("the party announced its backing for X") stays.
"""

from __future__ import annotations

BACKING_NOUNS = frozenset({"backing", "support", "help", "blessing", "approval", "consent", "endorsement"})
MANNER_PREPOSITIONS = frozenset({"with", "without"})


def backing_as_manner(trigger) -> str | None:
    """ "manner" when the trigger is a backing noun in a "with the backing of" phrase (the parser may hang it on the
    verb's object: "won 134 votes in the chamber with the backing of X")."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in BACKING_NOUNS or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    if prep.lower_ not in MANNER_PREPOSITIONS or prep.head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        return None
    return "manner"
