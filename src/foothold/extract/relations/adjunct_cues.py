"""A hostile or supportive act named in a time adjunct, with no doer of its own, is not the clause subject's (issue 8,
precision2): "Since the defeat of the Tamil Tigers in 2009, India has built ports", "After the rocket attack on the
refinery, the minister said ...". The adjunct only dates the clause; who defeated or attacked is not told, so the
subject is tied to no one. An act with its own doer ("After its defeat of X", "Following the army's offensive
against X") is read as before (`cues.act_agent`, possessors).
"""

from __future__ import annotations

TIME_PREPOSITIONS = {"after", "since", "before", "following", "during", "until", "amid", "amidst", "prior"}
THROUGH = {"pobj", "prep", "compound", "amod", "nmod", "conj", "appos"}


def unowned_act_in_time_adjunct(reader, i: int) -> bool:
    """The cue at token i heads, or hangs in, a noun phrase governed by a time preposition on the clause, and no
    possessor or named modifier in that phrase tells whose act it is."""
    tok = reader.doc[i]
    noun = tok.head if tok.pos_ == "ADP" else tok
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    head = noun
    for _ in range(8):
        if head.pos_ in ("ADP", "SCONJ") and head.lower_ in TIME_PREPOSITIONS and head.dep_ == "prep" \
                and head.head.pos_ in ("VERB", "AUX"):
            return not owned(reader, noun)
        if head.dep_ not in THROUGH or head.head is head:
            return False
        head = head.head
    return False


def owned(reader, noun) -> bool:
    """The act noun names its doer: a possessor ("its defeat", "the army's offensive") or an actor modifying it."""
    for c in noun.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("compound", "amod", "nmod") and reader.idx.ref(c.i) is not None:
            return True
        if c.dep_ == "prep" and c.lower_ == "by":
            return True
    return False
