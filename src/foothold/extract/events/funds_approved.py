"""Sums approved for a named party (issue 8, evcand5): "the IMF approved a 1.3 billion dollar programme for Zambia",
"the bank approved a $300 million facility for Ghana", "the council allocated 20 million euros to Niger". A body
approving, disbursing or allocating a sum of money for a named recipient gives it (PLOVER AID economic), whatever
noun names the sum (programme, facility, package, tranche): the amount is what makes it money. Read only with a
money amount in the object ("$", a currency word, or a number of a currency) and a for/to phrase naming the
recipient; "approved the government's programme" names no sum and stays plover.yaml's `approve`."""

from __future__ import annotations

from .lexicon import Trigger

APPROVING = frozenset({"approve", "disburse", "allocate", "earmark"})
CURRENCIES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "riyal", "dinar", "ruble", "rouble", "franc",
                        "$", "€", "£", "usd", "eur"})
RECIPIENT_PREPS = frozenset({"for", "to"})
FUNDED = Trigger(type="AID", mode="economic", sphere="economic", needs_target=True)


def _sum(noun) -> bool:
    """The object is a sum of money: a currency sign or word in the words before its head."""
    return any(t.i <= noun.i and (t.lemma_.lower() in CURRENCIES or t.lower_ in CURRENCIES or t.tag_ == "$")
               for t in noun.subtree)


def funds_approved(verb) -> Trigger | None:
    """AID economic for a sum approved for or allocated to a named recipient, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in APPROVING:
        return None
    sums = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and _sum(c)]
    if not sums:
        return None
    named = [o for h in (verb, sums[0]) for p in h.children if p.dep_ in ("prep", "dative")
             and p.lower_ in RECIPIENT_PREPS for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return FUNDED if named else None
