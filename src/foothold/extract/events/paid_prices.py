"""Paying a price is an idiom of loss, not a payment: "the Diyala basin will pay the price of that restraint".

plover.yaml reads `pay` as AID (payment); with "price" or "toll" as its object ("will pay the price for it", "paid a
heavy toll") nothing is paid to anyone (spurious6: owndocs22 04). A warning that someone "would pay a price" is the
warning's content, typed by the warning verb. Paying money, salaries or compensation is read as before.
"""

from __future__ import annotations

LOSSES = frozenset({"price", "toll"})


def paid_price(verb) -> bool:
    """Whether ``verb`` is "pay" with a price or toll as its object."""
    return verb.lemma_.lower() == "pay" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in LOSSES for c in verb.children)
