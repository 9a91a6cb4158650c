"""A body's name going on after its head word with a hyphened phrase: "the Sudan People's Liberation
Movement-in-Opposition", "the National Council-in-Exile". The tokenizer splits the hyphens and the NER closes the name
on its head word, so the body would be read as the one it broke from ("... Liberation Movement") and its acronym
("SPLM-IO") would define nothing. A hyphen, one short lower-case word, a hyphen and a capitalised word, written with
no space, belong to the name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..dictionary import Lexicon

HYPHENS = frozenset({"-", "\u2010", "\u2011"})
BODY_LABELS = frozenset({"ORG", "organization"})


def hyphened_suffix(span: Span, lexicon: Lexicon) -> Span:
    """The span run on over "-in-Opposition" after its head word, or the span itself."""
    doc, k = span.doc, span.end
    if span.label_ not in BODY_LABELS or k + 3 >= len(doc) or lexicon.head_words.get(span[-1].text) != "organization":
        return span
    dash, word, dash2, last = doc[k], doc[k + 1], doc[k + 2], doc[k + 3]
    glued = not (span[-1].whitespace_ or dash.whitespace_ or word.whitespace_ or dash2.whitespace_)
    if glued and dash.text in HYPHENS and dash2.text in HYPHENS and word.is_alpha and word.text.islower() \
            and len(word.text) <= 3 and last.is_alpha and last.text[:1].isupper():
        return Span(doc, span.start, k + 4, label=span.label_, kb_id=span.kb_id_)
    return span


SUFFIX_AT_END = re.compile(r"-(?:in|of|for|on)-[A-Z][\w'’]*$")


def without_hyphened_suffix(name: str) -> str:
    """The name of the body a faction broke from: "Sudan People's Liberation Movement" of "...-in-Opposition"."""
    return SUFFIX_AT_END.sub("", name)
