"""Where the judgement of a characterizing verb starts (issue 8, evtype3: the right happening typed wrong).

"called the agreement a violation of Somalia's sovereignty": the statement is typed by what the object is
called (ACCUSE: a violation), not by the object's own word ("agreement" is an AGREE cue). The judgement is the
object predicate ("oprd": "a violation"), or the object of "as" ("described the deal as a betrayal"); the
object named before it only says what is judged.
"""
from __future__ import annotations


def judgement_start(verb) -> int | None:
    """The index of the first word of what ``verb`` calls its object, when an object comes before it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    oprd = next((c for c in verb.children if c.dep_ == "oprd" and c.i > obj.i), None)
    if oprd is not None:
        return oprd.left_edge.i
    as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
    if as_prep is not None and any(o.dep_ == "pobj" for o in as_prep.children):
        return as_prep.i
    return None
