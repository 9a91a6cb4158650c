"""A demonym glued after a prefix inside a body's name names no state (issue 8, actors23): "the Inter-American
Commission on Human Rights", "the Inter-American Development Bank", "the Pan-American Health Organization" name no
United States, as "the Organization of American States" does not (`states._demonyms` reads this for demonyms
inside a longer name). Prefixes: data in `PREFIXES` (Latin ones that make a region's adjective, not a state's)."""

from __future__ import annotations

from spacy.tokens import Doc

PREFIXES = frozenset({"inter", "intra", "pan", "trans"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def prefixed_demonym(doc: Doc, i: int) -> bool:
    """Token i is a demonym glued after "Inter-", "Pan-" ... (or one token "Inter-American" split by the caller)."""
    if i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return doc[i - 2].lower_ in PREFIXES
    return False
