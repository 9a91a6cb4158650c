"""A title's portfolio written before the title: "Iraqi National Security Adviser X", "the Federal Health Minister X".

The NER may tag the capitalised words before a title word as an organisation. When those words are ordinary English
(after an optional demonym) with no body's head word, no acronym and no dictionary entry, and a title word and a
capitalised holder's name follow, they qualify the title ("National Security" is the adviser's field), not a body.
"Kenyan Senate Speaker X" (a head word) and "Ansar Allah Spokesman X" (no English words) stay bodies.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..dictionary import Lexicon
from ..nlp import english_words

INITIALS = re.compile(r"(?:[A-Z]\.)+")     # "S.", "D.Y."


def _portfolio_words(words: list[str], dictionary) -> list[str]:
    """The entity's words after a leading demonym ("Iraqi" of "Iraqi National Security")."""
    return words[1:] if words and dictionary.is_demonym(words[0]) else words


def names_a_title_portfolio(span: Span, core: str, lexicon: Lexicon, dictionary) -> bool:
    """The ORG entity is a portfolio qualifying the title and holder right after it."""
    words = core.split()
    field = _portfolio_words(words, dictionary)
    vocabulary = english_words()
    if span.label_ != "ORG" or not field or not vocabulary or lexicon.type_by_head(core) \
            or dictionary.lookup(core) is not None:
        return False
    if any(w.isupper() or w.lower() not in vocabulary for w in field):
        return False
    doc, k = span.doc, span.end
    if k >= len(doc) or not lexicon.is_title_token(doc[k]) or "\n" in span[-1].whitespace_:
        return False
    while k < len(doc) and lexicon.is_title_token(doc[k]):
        k += 1
    # the holder's first word: a name, or an initial ("External Affairs Minister S. Jaishankar", actors19)
    return k < len(doc) and doc[k].text[:1].isupper() and (doc[k].is_alpha or INITIALS.fullmatch(doc[k].text) is not None)
