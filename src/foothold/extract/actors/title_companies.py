"""A title word opening a company's name (actors21): "General Dynamics", "General Motors" tagged as organisations are
no general named Dynamics, and no title whose portfolio follows ("General Dynamics and
Thales" names two companies). The words after the title being all ordinary English words (the lemma of "Motors"
too), none opening a person's name in the Phoenix dictionaries, marks a name of things, not a person's: "Major General
Ryder", "General Haftar" stay people. Read by `classify` and `roles._in_title_complement`."""

from __future__ import annotations

from ...lexicons import phoenix_given_names
from ..nlp import english_words


def common_words_after_title(tokens) -> bool:
    """Every token after the title is an ordinary English word (WordNet's lower-case entries)."""
    words = english_words()
    given = phoenix_given_names()              # "General Martin", "General Austin": names English also has
    return bool(words) and bool(tokens) and all((t.lower_ in words or t.lemma_.lower() in words)
                                                and t.lower_ not in given for t in tokens)


def opens_a_company(token) -> bool:
    """The title word opens an entity the NER tagged as an organisation whose other words are ordinary English words."""
    if token.ent_iob_ != "B" or token.ent_type_ != "ORG":
        return False
    doc, j = token.doc, token.i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    rest = doc[token.i + 1:j]
    return 1 <= len(rest) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in rest) \
        and common_words_after_title(rest)
