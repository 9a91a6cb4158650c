"""An act done "on the orders of X", "under the directive of X", "at the behest of X" (issue 8, evargs12): X ordered
it. The phrase hangs on the act's verb with a preposition of place ("on", "under", "at") that `arguments` read as
the act's target ("Army units were deployed to the border on the orders of President X": X the target of the
deployment); X is who had it done, the source where the act names no doer of its own ("the army units deployed at
the crossings since July under the directive of the Commander-in-Chief, X" -- the golds give the one ordering as
the doer of an agentless deployment), and never its target."""

from __future__ import annotations

ORDER_PREPS = frozenset({"on", "under", "at", "upon"})
# nouns of an order whose "of"-object is the one ordering
ORDER_NOUNS = frozenset({"order", "orders", "directive", "directives", "instruction", "instructions", "direction",
                         "behest", "command", "commands", "authority"})


def ordering_phrases(verb) -> list[tuple]:
    """(preposition, the "of"-object naming who ordered) for each such phrase on ``verb``."""
    out = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ORDER_PREPS:
            continue
        for noun in p.children:
            if noun.dep_ != "pobj" or noun.lower_ not in ORDER_NOUNS:
                continue
            for of in noun.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    out.extend((p, o) for o in of.children if o.dep_ == "pobj")
    return out
