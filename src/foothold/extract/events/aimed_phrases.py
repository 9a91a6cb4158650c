"""Whom a doerless attack hit, named inside the phrase it was aimed at (issue 8, evskip6).

"Unknown gunmen opened fire on a bus carrying the mayor Ana Torres near the market", "masked men set fire to the
offices of the weekly La Voz": no doer is named (a bare "gunmen", "men"), and what the attack is aimed at -- a bus,
offices, a house -- is no actor, so the act was dropped for want of any party (`no_actor`), though the party it
hit is named inside that phrase. `targets.found_arguments` already reads an actor inside a doerless act's direct
object ("froze the assets of three Libyan banks"); this reads the phrase of its aiming preposition ("on", "at",
"against", "to" -- on the verb, or on a light verb's noun: "set fire | to") the same way, for attacks only (PLOVER
ASSAULT codes an unknown attacker with the party hit as target). Places and outlets' datelines are no target.
"""

from __future__ import annotations

from .index import DocIndex

AIMED_PREPS = frozenset({"on", "at", "against", "to", "upon"})


def aimed_phrase_parties(f, etype: str, index: DocIndex) -> list[str]:
    """The actors inside the "on"/"at"/"against"/"to" phrase of a doerless attack, in text order, or []."""
    if etype != "ASSAULT" or f.kind not in ("verb", "light"):
        return []
    tok = f.token
    heads = [tok, *([f.noun] if f.kind == "light" and f.noun is not None else [])]
    objects = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS and c.i > tok.i
               for o in c.children if o.dep_ == "pobj"]
    return phrase_parties(objects, index)


def phrase_parties(phrases, index: DocIndex, ground=None) -> list[str]:
    """The actors inside ``phrases`` (each a phrase's head token), in order and once each: no outlet, no place, and
    (``ground(token, phrase)``) no state that is only where the act fell (munition_targets.py)."""
    out: list[str] = []
    for phrase in phrases:
        for t in phrase.subtree:
            h = index.actor_at(t.i)
            if h is None or h.type in ("media", "place") or h.actor in out:
                continue
            if ground is not None and h.type == "country" and ground(t, phrase):
                continue
            out.append(h.actor)
    return out
