"""Statement and release style: what a reaction verb's object tells about time.

An official statement reacts to others' deeds ("welcomed the decision of the Council in June",
"condemned the announcement made on 3 May"): a date inside the object noun phrase times the deed
reacted to, not the reaction, which a release makes on its own date line.
"""

from __future__ import annotations

# the types whose verbs react to another's deed (welcome, praise, condemn, reject)
REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


def object_deed_dates(f, dates, index) -> set[int]:
    """Start offsets of the date phrases inside the common-noun object of ``f``'s reaction verb."""
    trigger = f.token
    if f.kind != "verb" or f.trigger is None or f.trigger.type not in REACTION_TYPES or trigger.pos_ != "VERB":
        return set()
    doc = trigger.doc
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks:
            continue
        t = doc[toks[0]]
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.i > 0 and doc[t.i - 1].text == "(":
            continue                # only "in June", "on 3 May" told of the noun; a note "(May 7, 2020)" dates the statement
        below_noun = False          # the date modifies something inside the object, not the object itself
        for _ in range(12):
            if t.head.i == t.i:
                break
            if t.head.i == trigger.i:
                if t.dep_ == "dobj" and t.pos_ == "NOUN" and below_noun:
                    out.add(d.start)
                break
            below_noun = True
            t = t.head
    return out
