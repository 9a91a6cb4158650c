"""A body's branch written after it with a bare hyphen: "National Liberation Army-Eastern War Front".

The dictionary finds the listed body and the NER leaves the branch after its hyphen untagged. The golds code "X-Y"
as two actors, the branch part of the body ("Islamic Revolutionary Guard Corps-Qods Force": the Qods Force, part of
the IRGC, in three news-dev golds of four), so the branch is found as a body of its own.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..dictionary import Lexicon

BODY_LABELS = ("ORG", "organization")


def _closed_by_body_head(span: Span, lexicon: Lexicon) -> bool:
    return len(span) >= 2 and lexicon.head_words.get(span[-1].text) == "organization"


def branch_after_hyphen(span: Span, lexicon: Lexicon) -> Span | None:
    """The untagged capitalised run closed by a body's head word right after a body's name and a bare hyphen, as an
    organisation entity of its own, or None."""
    doc, k = span.doc, span.end
    if span.label_ not in BODY_LABELS or k + 1 >= len(doc) or doc[k].text not in ("-", "\u2013") \
            or span[-1].whitespace_ or doc[k].whitespace_ or not _closed_by_body_head(span, lexicon):
        return None
    end = k + 1
    while end < len(doc) and end - k <= 5 and doc[end].text[:1].isupper() and doc[end].is_alpha \
            and doc[end].ent_iob_ == "O" and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if end - k < 3 or lexicon.head_words.get(doc[end - 1].text) != "organization":
        return None
    return Span(doc, k + 1, end, label="ORG")
