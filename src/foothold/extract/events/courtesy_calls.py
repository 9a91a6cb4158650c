"""A call paid on someone is a visit, not a request (issue 8, evtypes2).

"The envoy called on Grand Ayatollah X, who also endorsed the elections", "the minister called on the king in
Amman on Tuesday": "called on" with no act asked of the one called on (no "to" + verb after it, no "for") pays
them a visit (PLOVER CONSULT visit); "called on both sides to cease fire", "called on X for restraint" ask
(plover.yaml's "called on" phrase, REQUEST). Read in `triggers.find_triggers` on the phrase's match.
"""

from __future__ import annotations

from .lexicon import Trigger

CALLING_ON = frozenset({"called on", "call on", "calls on", "calling on"})
COURTESY_CALL = Trigger(type="CONSULT", mode="visit", sphere="political")


def courtesy_call(sent, words: str, last: int) -> Trigger | None:
    """CONSULT visit when the "called on" phrase ending at token ``last`` asks nothing of whom it names, else None."""
    if words not in CALLING_ON:
        return None
    doc = sent.doc
    after = [t for t in doc[last + 1:sent.end]]
    if not after or after[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PRON") or after[0].lower_ in ("them", "us"):
        return None
    for t in after:
        if t.lower_ in ("for", "upon") or t.text in ('"', "“", ":"):
            return None
        if t.lower_ == "to" and t.i + 1 < sent.end and doc[t.i + 1].tag_ in ("VB", "RB"):
            return None       # "called on X to V" (or "to immediately V")
        if t.lower_ == "not" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to":
            return None
    return COURTESY_CALL
