"""A body's of-phrase naming two fields, the second of several words, whole (issue 8, actors28; read on owndocs40):
"the Ministry of Higher Education and Scientific Research", "the Commission on Human and Peoples' Rights". The NER
closes the body before "and" and tags the second field as a body of its own ("Scientific Research"), which makes
two actors, neither the one the text names. After a body's name holding "<head> of/on/for ..." and "and", an
organisation entity of two or three capitalised ordinary English words (a plural's possessive mark allowed) that
names no actor, heads no body and holds no title or demonym, with no capitalised word or "of" after it, is the rest
of the name. ("and Prosperity", one word, is `extending._extend_of_conjunct`'s own case.)"""

from __future__ import annotations

from spacy.tokens import Span

from ..nlp import english_words, is_english_word

ORG_LABELS = ("ORG", "organization")
POSSESSIVE = ("'", "’")


def and_fields_end(span: Span, lexicon, dictionary) -> int | None:
    """The end of the second field's entity after "<span> and", or None when the shape is not there."""
    doc, e = span.doc, span.end
    if e + 2 >= len(doc) or doc[e].lower_ != "and" or "\n" in doc[e - 1].whitespace_ + doc[e].whitespace_:
        return None
    first = doc[e + 1]
    ent = next((x for x in doc.ents if x.start == first.i), None)
    if ent is None or ent.label_ not in ORG_LABELS or not 2 <= len(ent) <= 4:
        return None
    words = [t for t in ent if t.text not in POSSESSIVE]
    if not 2 <= len(words) <= 3 or any(not _a_field_word(t, lexicon, dictionary) for t in words):
        return None
    if any(t.text in POSSESSIVE and not doc[t.i - 1].text.endswith("s") for t in ent):
        return None
    if any("\n" in t.whitespace_ for t in ent[:-1]):
        return None
    if ent.end < len(doc) and (doc[ent.end].text[:1].isupper() or doc[ent.end].lower_ in ("of", "for")):
        return None                        # "... and Foreign Affairs Committee of": another name goes on
    if dictionary.lookup(ent.text) is not None:
        return None
    return ent.end


def _a_field_word(t, lexicon, dictionary) -> bool:
    text = t.text
    plural = text.endswith("s") and text[:-1].lower() in english_words()    # "Rights": WordNet lists "right"
    return (t.is_alpha and text[:1].isupper() and text[1:].islower() and (is_english_word(t) or plural)
            and text not in lexicon.head_words and text not in lexicon.title_words
            and not dictionary.is_demonym(text) and dictionary.lookup(text) is None)
