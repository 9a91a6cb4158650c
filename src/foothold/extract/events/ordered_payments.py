"""A payment ordered is a demand on the payer (issue 8, evtypes3; vocabulary in data/ordered_payments.yaml).

"South Korea's Supreme Court ordered the steel maker to pay four workers", "the tribunal ordered Ankara to pay
compensation to Iraq": `triggers.ordered_party` reads an order to a named state as a demand (REQUEST) and leaves an
order to anyone else to be carried out, its act the event ("ordered troops to withdraw"). A payment ordered of
another party is not the orderer's own act done: no payment has happened, the order asks for it (the tuning golds
code both REQUEST; the PLOVER manual would code a court-ordered payment SANCTION, never AID).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set

ORDERED_PAYMENTS_PATH = Path(__file__).resolve().parents[2] / "data" / "ordered_payments.yaml"


@lru_cache(maxsize=2)
def payment_verbs(path: str | None = None) -> frozenset[str]:
    """data/ordered_payments.yaml: the verbs' lemmas, validated when loaded."""
    return read_word_set(path or ORDERED_PAYMENTS_PATH, "payment_verbs", "ordered payments")


def ordered_payer(verb):
    """The object of an order to pay ("ordered Nippon Steel to pay ..."), or None."""
    payer = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if payer is None:
        return None
    paid = any(c.dep_ == "xcomp" and c.i > payer.i and c.lemma_.lower() in payment_verbs()
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
    return payer if paid else None
