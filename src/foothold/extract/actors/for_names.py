"""A body's name that goes on with "for" and what it stands for (issue 8, actors24): "the Lesotho Congress" + "for
Democracy", "the Movement" + "for Democratic Change", "the Centre" + "for Strategic and International Studies",
"the Union" + "for the Republic". The NER often closes the name at its head word; the capitalised words after "for"
are part of it when no other name of their own (a person, a state, a place) is there."""

from __future__ import annotations

from spacy.tokens import Span

from ..dates import MONTHS, WEEKDAYS
from ..dictionary import Lexicon

BODY_LABELS = frozenset({"ORG", "organization"})
OWN_NAME_TAGS = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                           "PERCENT", "QUANTITY"})   # a name of its own after "for": "the Fund for Ukraine" is no one body
CALENDAR = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
MAX_WORDS = 5           # "for the Defence of Human Rights": five words after "for" at most
INNER = frozenset({"and", "of", "the"})   # small words inside the cause ("Strategic and International Studies")


def for_named_body(span: Span, lexicon: Lexicon) -> Span:
    """The body's span extended over "for" + (the) + capitalised words (small words between them), when the span
    ends in an organisation's head word and the cause closes before a lower-case word or a stop on the same line."""
    doc = span.doc
    if span.label_ not in BODY_LABELS or lexicon.head_words.get(span[-1].text) != "organization":
        return span
    k = span.end
    if k + 1 >= len(doc) or doc[k].lower_ != "for" or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k].whitespace_:
        return span
    k += 1
    if doc[k].lower_ == "the":
        k += 1
    last = None
    while k < len(doc) and k - span.end <= MAX_WORDS + 1:
        tok = doc[k]
        if tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ not in OWN_NAME_TAGS \
                and tok.text not in CALENDAR and not lexicon.is_title_token(tok):
            last = k + 1
        elif tok.lower_ not in INNER or last is None:
            break
        if "\n" in tok.whitespace_:
            break
        k += 1
    if last is None or last < len(doc) and doc[last].text[:1].isupper():
        return span                 # the capitalised run goes on past the limit: no clean cause
    return Span(doc, span.start, last, label=span.label_)
