"""A name that opens a clause of its own ends a title's list of bodies (issue 8, relties4): "killed X, the deputy head
of the Popular Mobilization Forces, and Kataib Hezbollah vowed revenge" -- the parser makes "Kataib Hezbollah" the
subject of "vowed", so it is no second body X heads (title_phrases.coordinated_bodies read ", and <body>" as one).
"""

from __future__ import annotations


def opens_clause(reader, r) -> bool:
    """Some token of the mention is the subject of a verb."""
    return any(reader.doc[k].dep_ in ("nsubj", "nsubjpass") and reader.doc[k].head.pos_ in ("VERB", "AUX")
               for k in range(r.start, r.end))
