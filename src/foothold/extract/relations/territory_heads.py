"""A head of government's title only some states' or territories' governments use, for an office other bodies also
have (issue 8, reltitle9): "Chief Executive X said ..." in a story naming Hong Kong leads Hong Kong, and so does
"Hong Kong's Chief Executive, X" (a "chief executive" leads what its phrase names, but a plain leads title over a
state serves it). Read from roles.yaml `national_titles` (the states using the title) for titles in `leads`, in
`TitleRelations`' leads branch: only when the phrase names no body ("chief executive of the bank") and no possessor
that is no state ("the company's chief executive": `owned_titles.owned_by_thing`), the bare title is written in
capitals as an office ("Chief Executive X", not "chief executive X"), and the document names exactly one of the
title's states."""

from __future__ import annotations

from .owned_titles import owned_by_thing


def territory_head(reader, t):
    """The state (a Ref) the holder of ``t`` leads as its head of government, else None."""
    if t.words not in reader.lex.national_titles or t.obj is not None or t.premodifier is not None:
        return None
    national = reader.national_state(t)
    if national is None:
        return None
    if t.country is not None:
        return t.country if not t.country.demonym and t.country.actor == national.actor else None
    if owned_by_thing(reader, t) or not all(reader.doc[j].text[:1].isupper() for j in range(t.title_start, t.title_end)):
        return None
    return national
