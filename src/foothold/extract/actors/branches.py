"""A body and its branch joined by a hyphen: "Islamic Revolutionary Guard Corps-Qods Force", one name.

The NER (or the dictionary) reads the two bodies' names apart. Written with a bare hyphen, each closed by a body's
head word, they name the branch of the first body: one organisation, the branch (it keeps the branch's dictionary
entry, so "the Qods Force" written alone later is the same actor).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..dictionary import Lexicon

BODY_LABELS = ("ORG", "organization")


def _closed_by_body_head(span: Span, lexicon: Lexicon) -> bool:
    return len(span) >= 2 and lexicon.head_words.get(span[-1].text) == "organization"


def hyphened_branch(prev: Span, ent: Span, lexicon: Lexicon) -> Span | None:
    """The one span of "<body>-<branch>" (prev, the hyphen, ent), or None when they are not so written."""
    doc = prev.doc
    if prev.label_ not in BODY_LABELS or ent.label_ not in BODY_LABELS or ent.start != prev.end + 1:
        return None
    hyphen = doc[prev.end]
    if hyphen.text != "-" or prev[-1].whitespace_ or hyphen.whitespace_:
        return None
    if not (_closed_by_body_head(prev, lexicon) and _closed_by_body_head(ent, lexicon)):
        return None
    return Span(doc, prev.start, ent.end, label=ent.label_, kb_id=ent.kb_id_)


def extend_to_branch(span: Span, lexicon: Lexicon) -> Span:
    """"National Liberation Army" + "-Eastern War Front": a body the dictionary or the NER found, a bare hyphen, and
    an untagged capitalised run closed by a body's head word are the branch's one name (no longer the listed body)."""
    doc, k = span.doc, span.end
    if span.label_ not in BODY_LABELS or k + 1 >= len(doc) or doc[k].text != "-" or span[-1].whitespace_ \
            or doc[k].whitespace_ or not _closed_by_body_head(span, lexicon):
        return span
    end = k + 1
    while end < len(doc) and end - k <= 5 and doc[end].text[:1].isupper() and doc[end].is_alpha \
            and doc[end].ent_iob_ == "O" and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if end - k < 3 or lexicon.head_words.get(doc[end - 1].text) != "organization":
        return span
    return Span(doc, span.start, end, label="ORG")
