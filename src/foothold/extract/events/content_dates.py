"""A date inside what an accusation or a praise is for (issue 8, docs26: statements and notices): "The Government
accuses X of killing civilians at Moura in March 2022", "accused Y of helping Z kill W in January" — the date times
the deed accused, not the accusation, which a statement makes on its own date; nor does the story move on to it.
Read by `timing.explicit_date` (the act's own date) and `timing.sentence_time` (the running date)."""

from __future__ import annotations

from .releases import REACTION_TYPES

CONTENT_PREPS = ("of", "for")           # "accused X of ...", "praised Y for ..."


def content_deed_dates(f, dates, index) -> set[int]:
    """Start offsets of the dates inside the of/for-complement of ``f``'s reaction verb."""
    verb = f.token
    if f.kind != "verb" or f.trigger is None or f.trigger.type not in REACTION_TYPES or verb.pos_ != "VERB":
        return set()
    complements = {c.i for c in verb.children if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS
                   and any(g.dep_ in ("pcomp", "pobj") and g.pos_ in ("VERB", "NOUN") for g in c.children)}
    if not complements:
        return set()
    doc = verb.doc
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if toks and any(a.i in complements for a in doc[toks[0]].ancestors):
            out.add(d.start)
    return out
