"""A title inside an organisation's name run: "Zambian National Assembly Speaker X Y" tagged as one body.

The NER may read a body's name, the title of its head and the holder's name as one organisation. A title word right
after a body's head word, followed by two or more name words, splits the run: the body before it, the person after
it (the title then widens the person as anywhere else, and the state before the body stays mentioned).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..dictionary import Lexicon


def _holder_name_words(span: Span, k: int, lexicon: Lexicon) -> int:
    """Where the holder's name starts after the title words from token k, or -1 when no name of two words follows."""
    doc = span.doc
    j = k
    while j < span.end and lexicon.is_title_token(doc[j]):
        j += 1
    names = [t for t in doc[j:span.end] if t.text[:1].isupper() and t.is_alpha and not lexicon.head_words.get(t.text)]
    return j if j > k and len(names) >= 2 and len(names) == span.end - j else -1


def _split_title_inside(span: Span, lexicon: Lexicon) -> list[Span]:
    """The body and the holder of a body-title-name run the NER tagged as one organisation."""
    if span.label_ != "ORG" or len(span) < 4:
        return [span]
    doc = span.doc
    for k in range(span.start + 1, span.end - 2):
        if lexicon.head_words.get(doc[k - 1].text) != "organization" or lexicon.head_words.get(doc[k].text):
            continue
        if not lexicon.is_title_token(doc[k]):
            continue
        name_start = _holder_name_words(span, k, lexicon)
        if name_start > 0:
            return [Span(doc, span.start, k, label="ORG"), Span(doc, name_start, span.end, label="PERSON")]
    return [span]
