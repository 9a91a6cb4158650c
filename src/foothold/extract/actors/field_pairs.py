"""A body named for two fields joined by "and": "the Communications and Media Commission", "the Trade and Industry
Ministry", "the Oil and Gas Company". The NER tags the first field alone ("Communications") and the rest as a body
("Media Commission"), which makes two actors, neither the one the text names. A one-word entity that is an ordinary
English word (no listed actor, no head word of its own), then "and", then an organisation entity whose last word is
a body's head word, are one name."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp import english_words

ORG_LABELS = ("ORG", "organization")


def _a_field(ent: Span, dictionary, lexicon) -> bool:
    """One capitalised ordinary English word naming no actor and heading no body ("Communications", "Trade")."""
    if len(ent) != 1 or ent.label_ not in ORG_LABELS:
        return False
    word = ent[0]
    vocabulary = english_words()
    return word.text[:1].isupper() and word.is_alpha and word.lower_ in vocabulary | {word.lemma_.lower()} \
        and bool(vocabulary) and dictionary.lookup(word.text) is None and word.text not in lexicon.head_words


def joined_field_pairs(doc: Doc, ents: list[Span], dictionary, lexicon) -> list[Span]:
    """``ents`` with each "Field" + "and" + "Field Head" pair made one organisation entity."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and ent.start == prev.end + 1 and doc[prev.end].lower_ == "and" \
                and ent.label_ in ORG_LABELS and len(ent) >= 2 and ent[-1].text in lexicon.head_words \
                and _a_field(prev, dictionary, lexicon) \
                and all("\n" not in t.whitespace_ for t in doc[prev.start:ent.start]):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out
