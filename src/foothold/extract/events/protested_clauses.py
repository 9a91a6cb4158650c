"""A protest told as what was said is a verbal complaint (issue 8, evtypes7): "the foreign ministry protested that
the treaty required prior consultation", "the union protested that it had not been consulted".

PLOVER (manual, PROTEST and ACCUSE): diplomatic protests and disagreements presented to an authority are ACCUSE
'disapprove'; PROTEST presumes physical activity, "not just an expression of opinion". A `protest` verb whose
complement is a finite "that" clause reports the words of the complaint, not a demonstration. Crowds ("thousands
protested that ...") are left to `senses.official_protest`'s crowd check. Read in `senses.official_protest`.
"""

from __future__ import annotations


def protested_clause(verb) -> bool:
    """The protest verb takes a "that" clause (or a reported clause with a finite verb of its own) as complement."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return True
    return False
