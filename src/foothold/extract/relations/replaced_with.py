"""Who a holder is replaced with (issue 8, reltitle12): "the decision to dismiss the army commander, General X, and to
replace him with Brigadier Y", "the president replaced the army commander, General X, with Brigadier Y" — Y takes the
title X held, so Y is bound to X's title as the subject of "Y replaced X" is (`titles.successor`; the time is
dropped: Y holds it now). The replacing verb is roles.yaml `succession_verbs` and stated (`Sentence.stated`); it takes
the holder's own phrase as object, or a "him"/"her" as the object of a verb conjoined to the one that takes the
holder's phrase ("dismiss X and replace him with Y"); Y is the person its "with" names."""

from __future__ import annotations

from .index import Ref

PRONOUNS = ("him", "her")


def replacement_of(reader, holder: Ref) -> Ref | None:
    """The person the holder's title passes to by "replace ... with Y", else None."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "dobj":
        return None
    verb = tok.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    for v in verbs:
        if v.lemma_.lower() not in reader.lex.succession_verbs or not reader.stated(v):
            continue
        if v is not verb and not any(c.dep_ == "dobj" and c.lower_ in PRONOUNS for c in v.children):
            continue                               # "dismissed X and replaced the cabinet with Y": not X's title
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "with"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                r = reader.idx.ref(obj.i)
                if r is not None and r.type == "person" and r.actor != holder.actor:
                    return r
    return None
