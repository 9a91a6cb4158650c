"""The state a party is expelled from is the doer of the expulsion when the text names no other (issue 8,
newswire2): "Two Iraqi diplomats were expelled from Jordan", "forty migrants were deported from Spain".

A passive of an expelling verb with no by-agent and a named country as the object of its "from": the country
expels (PLOVER SANCTION expel, COERCE deport: the state ordering people out is the actor). Tests:
tests/test_events_expelled_from.py.
"""

from __future__ import annotations

EXPELLING_VERBS = frozenset({"expel", "deport", "evict", "banish", "extradite", "exile"})


def expelling_state(verb, index) -> str | None:
    """The country a passive expulsion is from, when no agent is named; else None."""
    if verb.lemma_.lower() not in EXPELLING_VERBS:
        return None
    children = list(verb.children)
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        return None
    if any(t.dep_ in ("agent", "prep") and t.lower_ == "by" for t in verb.subtree):
        return None                # a doer is named, wherever the parser hung "by X" ("from Chad by Sudan")
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for obj in prep.children:
            hit = index.actor_at(obj.i) if obj.dep_ == "pobj" else None
            if hit is not None and hit.type == "country":
                return hit.actor
    return None
