"""A minister's one-word portfolio that the actor layer read as an organisation (issue 8, conv4): "the Minister of
Energy, X" with "Energy" an organisation actor. The eval makers code a minister whose ministry is not named
`member_of` his state (seed notes 11: "the Minister of Electricity, Majid Mahdi Hantoush"), so the word is the
portfolio (title_phrases.minister_portfolio), not a body he serves: one capitalised token, no acronym."""

from __future__ import annotations


def portfolio_actor(reader, j: int) -> bool:
    """The organisation mention at token j is a single title-case word, the portfolio after "Minister of"."""
    r = reader.idx.ref_starting(j)
    if r is None or r.type != "organization" or r.end != j + 1:
        return False
    tok = reader.doc[j]
    return tok.is_title and not tok.text.isupper() and tok.pos_ in ("PROPN", "NOUN")
