"""A side of a fight named through its people (issue 8, relshapes): "clashes between Hamas's fighters and the
army", "fighting between Sudan's army and X": a named owner with a possessive and a force or member noun is that
owner's side, so the list of sides reads on past the noun (`verbs.parties_between`).
"""

from __future__ import annotations

from .lexicon import POSSESSIVE

PEOPLE_WORDS = frozenset({"men", "gunmen", "loyalists", "supporters", "followers"})


def owned_force_end(reader, r) -> int | None:
    """The index after "'s fighters" when the reference r is followed by a possessive and a force noun."""
    k = r.end
    if reader.w(k) not in POSSESSIVE:
        return None
    k += 1
    while k < reader.hi and reader.doc[k].pos_ == "ADJ":
        k += 1                                   # "Hamas's armed fighters"
    lex = reader.lex
    if reader.w(k) in lex.member_nouns | lex.state_force_nouns | PEOPLE_WORDS:
        return k + 1
    return None
