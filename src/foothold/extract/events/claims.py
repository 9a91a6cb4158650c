"""A claim of responsibility dates by the attack it claims.

"Rockets struck the city on Monday night ... A group claimed the attack on Tuesday": the claim is coded as the
claimant's attack (PLOVER ASSAULT, plover.yaml light verb `claim` and "claimed responsibility"), and an event's date
is the happening's, so the claim takes the date of the attack its definite noun points back to, not the day it was
claimed (the convention in DEVELOPING.md, "Dates of claimed attacks").
"""

from __future__ import annotations

CLAIM_LEMMAS = {"claim"}
CREDIT_NOUNS = {"responsibility", "credit"}
DEFINITE = {"the", "this", "these", "that", "those", "both"}
OWN_DATE_DEPS = {"relcl", "acl", "compound", "amod", "nmod", "nummod"}


def _pointing_back(noun) -> bool:
    """A definite noun phrase ("the attack", "these attacks"), which names a happening told before."""
    return any(d.dep_ == "det" and d.lower_ in DEFINITE for d in noun.children)


def claimed_noun(verb):
    """The definite noun a claim verb takes: "claimed the attack", "claimed responsibility for these attacks"
    (the for-phrase on the credit noun or on the verb); None for any other verb or an indefinite object."""
    if verb.lemma_.lower() not in CLAIM_LEMMAS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [c for c in objects if c.lower_ in CREDIT_NOUNS] + [verb]
    claimed = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
               for o in p.children if o.dep_ == "pobj"]
    claimed += [c for c in objects if c.lower_ not in CREDIT_NOUNS]
    return next((n for n in claimed if _pointing_back(n)), None)


def _points_back(ev, m: dict, doc, date_tokens) -> bool:
    """The event claims a definite attack that no clause or modifier of its own dates ("claimed the bombing that
    killed 40 on February 14", "the February 14 bombing" are dated there; "claimed the attack on Tuesday" is not:
    the parser hangs the claim's day on the noun as often as on the verb)."""
    noun = claimed_noun(doc[m["tok"]]) if ev.type == "ASSAULT" else None
    return noun is not None and not any(t.i in date_tokens for c in noun.children if c.dep_ in OWN_DATE_DEPS
                                        for t in c.subtree)


def claimed_attack_dates(events: list, meta: list[dict], doc, date_tokens=frozenset()) -> int:
    """Each claim of a definite attack takes the date of the nearest attack told before it that is no claim;
    returns how many claims were redated."""
    claims = {k for k, (ev, m) in enumerate(zip(events, meta)) if _points_back(ev, m, doc, date_tokens)}
    moved = 0
    for k in sorted(claims):
        at = meta[k]["tok"]
        before = [(m["tok"], ev) for j, (ev, m) in enumerate(zip(events, meta))
                  if j not in claims and ev.type == "ASSAULT" and m["tok"] < at and ev.date is not None]
        if before:
            events[k].date = max(before, key=lambda b: b[0])[1].date
            moved += 1
    return moved
