"""A title's name that the parser made its conjunct (issue 8, evargs14).

"The fair was opened by Ghana's ambassador, Kofi Mensah, and Togo's Minister of Trade, Yawa Kouigan, who signed a
memorandum with ...": in a list the parser often hangs the name set off by commas after a title as the title's
conjunct, not its apposition, so the relative clause on the title ("who signed") found only the possessor of the
title (Togo) and made the state the doer. A person's name that is a conjunct of a title noun, with a comma right
before it and no "and"/"or" between title and name, is the title's apposition: the holder named is the doer, as
`arguments.head_actors` reads an apposed name over the possessor that describes it (FORMAT.md: the person acting is
the source; news-dev codes the named official, not the state of the title)."""

from __future__ import annotations

from functools import lru_cache

from .index import ActorHit, DocIndex
from .titles import title_phrases

COORDINATORS = frozenset({"and", "or", "as well as"})


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """The last word of each single title of roles.yaml ("minister", "ambassador", "governor", ...)."""
    return frozenset(p[-1] for p in title_phrases())


def comma_conjunct_name(tok, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """[(the person, its token)] for a title ``tok`` whose conjunct is a name set off by a comma, or []."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in title_heads():
        return []
    own = index.actor_at(tok.i)
    if own is not None and own.type == "person":
        return []
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "conj" or c.i < tok.i:
            continue
        hit = index.actor_at(c.i)
        if hit is None or hit.type != "person":
            continue
        first = min(t.i for t in c.subtree)
        if first <= tok.i or doc[first - 1].text != "," \
                or any(t.dep_ == "cc" or t.lower_ in COORDINATORS for t in doc[tok.i + 1:first]):
            return []
        return [(ActorHit(hit.actor, hit.type, index.tok_start[c.i], index.tok_end[c.i]), c.i)]
    return []
