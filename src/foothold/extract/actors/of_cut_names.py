"""A body's name the NER cut right after its "of" (issue 8, relties3): "the Alliance of" + "Sahel" (a place the
dictionary tagged) + "States". The NER's span ending in "of" says the name goes on; it runs over the capitalised
words after it (a place or demonym among them, no state, closed by a word that is no place: "the Union of South
American Nations", "the Community of Sahel-Saharan States"), so the place inside is no actor of its own and the body is found whole. A run that ends
before a capitalised word it cannot take, or takes none, leaves the span as it was."""

from __future__ import annotations

from spacy.tokens import Span

MAX_WORDS = 4
OPEN_TYPES = ("", "ORG", "NORP", "LOC", "organization", "place")   # a state after "of" is the body's state


def of_cut_name(span: Span) -> Span:
    """The span extended over the capitalised words after its closing "of"."""
    doc = span.doc
    if span.label_ not in ("ORG", "organization") or len(span) < 2 or span[-1].lower_ != "of" \
            or "\n" in span[-1].whitespace_:
        return span
    k = span.end
    while k < len(doc) and k - span.end < MAX_WORDS and doc[k].text[:1].isupper() \
            and (doc[k].is_alpha or "-" in doc[k].text) and doc[k].ent_type_ in OPEN_TYPES \
            and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == span.end or (k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha) \
            or doc[k - 1].ent_type_ not in ("", "ORG", "organization"):
        return span                              # a name closes on a word of its own ("States"), not on a place
    return Span(doc, span.start, k, label=span.label_)
