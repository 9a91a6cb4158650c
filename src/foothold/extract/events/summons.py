"""The protest that goes with a summons is the summons (issue 8, spurious4): "summoned the ambassador and handed him
a note of protest", "summoned the charge d'affaires to deliver a formal protest", "summoned X to protest against the
strikes". A ministry summoning an envoy complains once; the tuning gold codes one ACCUSE over the summons (owndocs6,
7, 14, 16, 19, 26), and the note or purpose read as a second event was a duplicate. A demand told beside the
summons ("summoned X and demanded the release of its staff") is a REQUEST of its own (owndocs25) and is left alone.
"""

from __future__ import annotations

from ...model import Event
from .protest_notes import COMPLAINT_WORDS, protest_note

SUMMONING = {"summon"}
COMPLAINT_TYPES = {"ACCUSE", "PROTEST"}


def summons_of_protest(tok, ev: Event, events: list[Event], meta: list[dict]) -> Event | None:
    """The summons event whose protest the candidate (trigger ``tok``) tells, or None."""
    summons = _summoning_head(tok)
    if summons is None or not _a_complaint(tok, ev):
        return None
    return next((o for o, m in zip(events, meta) if m["tok"] == summons.i), None)


def _summoning_head(tok):
    """The summoning verb the trigger is joined to ("and handed him") or is the purpose of ("to deliver")."""
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in SUMMONING:
        return None
    if tok.dep_ == "conj" or tok.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                    for c in tok.children):
        return head
    return None


def _a_complaint(tok, ev: Event) -> bool:
    """The act is a complaint: a protest verb or noun, or a note of protest handed over."""
    if ev.type not in COMPLAINT_TYPES:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    return tok.lemma_.lower() in COMPLAINT_WORDS or protest_note(objects) \
        or any(o.lemma_.lower() in COMPLAINT_WORDS for o in objects)
