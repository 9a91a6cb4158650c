"""An accord a signing verb concludes is that act, not another happening: "X and Y signed an agreement on Friday"
(the parser hangs the day on the noun) is dated by that day, while "condemned the attack on Friday" keeps the day
the attack's."""

from __future__ import annotations

from .triggers import Found, through_quantifier

CONCLUDED_TYPE = "SUPPORT"      # PLOVER: ratify, sign or finalize an agreement


def signed_accords(lex, f: Found) -> set[int]:
    """Token indexes of the accord nouns a SUPPORT verb takes as its object ("signed a pact", "ratified the treaty")."""
    if f.kind != "verb" or f.trigger is None or f.trigger.type != CONCLUDED_TYPE:
        return set()
    return {n.i for c in f.token.children if c.dep_ in ("dobj", "nsubjpass")
            if (n := through_quantifier(c)).lemma_.lower() in lex.concluding_objects}


def accord_dates(lex, f: Found, dates, index) -> set[int]:
    """Starts of the date phrases hung by a preposition on an accord ``f`` signs ("signed an agreement on Friday")."""
    accords = signed_accords(lex, f)
    if not accords:
        return set()
    doc = f.token.doc
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        t = doc[toks[0]] if toks else None
        for _ in range(3):      # from a date's first word ("the", "October") to the head of its phrase
            if t is None or t.dep_ == "pobj" or t.head.i == t.i:
                break
            t = t.head
        if t is not None and t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i in accords:
            out.add(d.start)
    return out
