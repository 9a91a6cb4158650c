"""A person's name ending in a body's head word (issue 8, actors21): "the Vice Minister of Commerce, Zhang
Gang," ("Gang" closes "the 18th Street Gang"), "Li Qiang", "Wang Yi". A name the NER tagged as a person, of two
words, not after "the", apposed to a title, whose first word is no listed actor or demonym and no English word
unless it opens a person's name in the Phoenix dictionaries, is the person ("the Vice Minister of X, Zhang Gang,"):
a body named by its head word is written with "the" or with an English or place word before the head. A name not
apposed so keeps its head's type ("Zijin Mining took control", "the head of Harakat Huquq")."""

from __future__ import annotations

from ...lexicons import phoenix_given_names
from ..nlp import is_english_word


def person_despite_head(span, dictionary, lexicon) -> bool:
    doc = span.doc
    if span.label_ != "PERSON" or len(span) != 2 or not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False
    first = span[0]
    if dictionary.is_demonym(first.text) or dictionary.lookup(first.text) is not None or is_english_word(first) \
            and first.lower_ not in phoenix_given_names():
        return False
    return _apposed_to_title(span, lexicon)


def _apposed_to_title(span, lexicon) -> bool:
    """", Zhang Gang," after a phrase holding a title word within eight words."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].text != "," or span.end < len(doc) and doc[span.end].text not in (",", ".", ";"):
        return False
    return any(lexicon.is_title_token(t) for t in doc[max(0, i - 9):i - 1])
