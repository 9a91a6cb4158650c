"""A relative clause on an "any" phrase tells a case that may come, not an act: "Iran would hit any American warship
that threatened Iranian vessels", "warned against any cabinet that leaves out a component of the country".

"any" makes the noun phrase a class of cases the speaker has in mind (a condition of a threat, a warning, a
promise), so what its relative clause says they do has not happened (spurious6: owndocs28 06; none of the tuning
gold codes such a clause). A relative clause on a definite or counted phrase ("the warship that threatened Iranian
vessels on Sunday") is read as before.
"""

from __future__ import annotations

OPEN_DETERMINERS = frozenset({"any", "whichever", "whatever"})


def on_any_phrase(verb) -> bool:
    """Whether ``verb`` (or the first verb it is joined to) heads a relative clause on a noun determined by "any"."""
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "relcl" or v.head.i == v.i:
        return False
    return any(c.dep_ == "det" and c.lower_ in OPEN_DETERMINERS for c in v.head.children)
