"""A side's tie told inside what a thanks or praise is for is the thanked party's deed (spurious11).

"X thanked the Coalition for its help in the war against Y", "X praised Z for its support of W": the hostile or
aligned cue sits in the reason of the thanks (a "for" phrase hung on a thanking verb), so it tells what the thanked
party did, never a tie of the one who thanks. Reads the dependency parse only; the events side skips the same
reasons (`events/skips.THANKING`).
"""

from __future__ import annotations

from ..events.skips import THANKING


def in_thanked_reason(tok) -> bool:
    """True when `tok` lies inside a "for" phrase whose head is a thanking verb ("thanked X for ...")."""
    t = tok
    for _ in range(12):                       # the reason phrase is short; a bounded walk up the heads
        head = t.head
        if head.i == t.i:
            return False
        if t.lower_ == "for" and t.dep_ == "prep" and head.lemma_.lower() in THANKING:
            return True
        if t.dep_ in ("ccomp", "advcl", "relcl", "conj") and t.pos_ in ("VERB", "AUX"):
            return False                      # a clause of its own: its own subject's deed
        t = head
    return False
