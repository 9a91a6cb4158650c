"""A listed one-word body's name opened by a word the dictionary does not list (issue 8, actors26).

"the Milli Majlis", "Uzbekistan's Oliy Majlis": the dictionary matches "Majlis" and the NER leaves the word before it
untagged, so two parliaments become one "Majlis". One untagged capitalised proper noun right before a one-word
organisation the dictionary matched, no English word, title, demonym, head word or listed name, not opening the
sentence, on the same line, opens that body's name. Read by `ActorExtractor._entity_mentions`."""

from __future__ import annotations

from spacy.tokens import Span

from ..nlp import is_english_word


def word_led_body(span: Span, lexicon, dictionary) -> Span:
    doc = span.doc
    if span.label_ != "organization" or len(span) != 1 or span.start == 0:
        return span
    word = doc[span.start - 1]
    if (word.ent_type_ or not word.is_alpha or not word.text[:1].isupper() or not word.text[1:].islower()
            or word.is_sent_start or word.pos_ != "PROPN" or word.whitespace_ != " " or is_english_word(word)
            or lexicon.is_title_token(word) or word.text in lexicon.head_words or dictionary.is_demonym(word.text)
            or dictionary.lookup(word.text) is not None):
        return span
    return Span(doc, span.start - 1, span.end, label="ORG")
