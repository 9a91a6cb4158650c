"""Who "led by" / "run by" leads when the nearest name is not the led body (spurious10; read in `cues.read_cue`).

"Observers from the Economic Community of West African States, led by former president X, said ...": the participle
hangs on the common noun the "from" phrase qualifies (observers, delegates, fighters from a body), so X leads that
group, not the body it came from. "Remnants of the X, led by Y" and "members of the X movement, led by Y" (the tuning
golds: Y leads X) keep their "of": only "from" marks an origin. The other shape is read in `cues.read_cue` itself:
"X, the channel of Y, Z, run by W" -- the nearest name before the cue is an outlet or a person (Z), so W runs Z, and
the body named earlier in the list (Y) is not W's.
"""

from __future__ import annotations


def sent_from_body(reader, i: int) -> bool:
    """The cue verb at i modifies a common noun outside any name that has a "from" phrase ("observers from X")."""
    cue = reader.doc[i]
    if cue.dep_ != "acl" or cue.pos_ != "VERB":
        return False
    head = cue.head
    if head.i >= i or head.pos_ != "NOUN" or reader.idx.ref(head.i) or reader.apposition_anchor(head.i):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children)
