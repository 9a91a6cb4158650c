"""The second object of a double-object verb that the parser hung as an apposition of the first (issue 8, evcand12):
"Orban wished his dear friend a quick recovery" parses "recovery" as an apposition of "friend", so the object a sense
needs (goodwill.py: a recovery wished) is never met. An indefinite common noun apposed after an object with no comma,
colon, dash or bracket before it is read as such; a true apposition is set off ("struck Qana, a village in the south")
and is not."""

from __future__ import annotations

SETTING_OFF = frozenset({",", ";", ":", "(", "-", "–", "—"})


def second_objects(objects) -> list:
    """The misparsed second objects of ``objects`` (tokens), in order."""
    out = []
    for o in objects:
        for a in o.children:
            if a.dep_ != "appos" or a.pos_ != "NOUN" or a.i < o.i:
                continue
            if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children):
                continue
            start = a.left_edge.i
            if start > 0 and a.doc[start - 1].text not in SETTING_OFF:
                out.append(a)
    return out
