"""A promise of harm against someone threatens (issue 8, evtype3: the right happening typed wrong).

"promised a firm hand against the rebels", "vowed a harsh response against the attackers": what is promised is
aimed against a party, so the promise is PLOVER THREATEN ("statements of intent to take future negative
action"), not AGREE. A promise of help against someone ("pledged support against the insurgency") is still a
promise of help: an object that is a cooperative event noun keeps AGREE.
"""
from __future__ import annotations

from .triggers import noun_trigger

PROMISING = frozenset({"promise", "vow", "pledge"})
HELPING = frozenset({"AID", "SUPPORT", "COOPERATE"})


def promised_harm(lex, verb, etype: str) -> bool:
    """An AGREE promise whose object (not a cooperative act) is aimed "against" someone."""
    if etype != "AGREE" or verb.lemma_.lower() not in PROMISING:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if _cooperative(lex, obj):
            continue
        if any(p.dep_ == "prep" and p.lower_ == "against" and any(o.dep_ == "pobj" for o in p.children)
               for h in (obj, verb) for p in h.children):
            return True
    return False


def _cooperative(lex, noun) -> bool:
    """An event noun of cooperation, a cooperative statement cue ("support", "assistance") or a noun naming a verb
    of help ("aid"); "a firm hand" is none ("hand" as a verb hands over ground)."""
    hit = noun_trigger(noun, lex)
    if hit is not None:
        return lex.quads.get(hit[0].type, "").endswith("cooperation")
    lemma = noun.lemma_.lower()
    verb = lex.verbs.get(lemma)
    return verb is not None and verb.type in HELPING or any(
        lemma in lex.cues.get(t, ()) or noun.lower_ in lex.cues.get(t, ()) for t in HELPING | {"AGREE"})
