"""A name written right after a common noun for a news outlet is the outlet's (issue 8, actors24).

"The regulator suspended the satellite channel Al-Rafidain", "the radio station Sawt al-Watan", "warnings to the
channels Dijlah and Al-Sharqiya": the NER takes such names for people, bodies or places. The outlet noun
(data/outlet_nouns.yaml `outlet_nouns`) must be a lower-case noun opened by a determiner, a possessive or a modifier
("the channel", "its daily", "the pro-government newspaper"); names coordinated after the first ("X and Y", "X, Y
and Z") are outlets too. A name the dictionary lists keeps its entry (the classifier reads it first)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from ...yamlfile import read_word_sets
from .companies import OPENERS

OUTLETS_PATH = Path(__file__).resolve().parents[2] / "data" / "outlet_nouns.yaml"
LIST_JOINERS = frozenset({",", "and", "or"})
MAX_BACK = 12          # tokens walked back over a list of names to its noun


@dataclass(frozen=True)
class OutletWords:
    outlet_nouns: frozenset[str]


@lru_cache(maxsize=2)
def outlet_words(path: str | None = None) -> OutletWords:
    """data/outlet_nouns.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or OUTLETS_PATH, OutletWords, "outlet nouns")


def _outlet_noun(doc: Doc, k: int) -> bool:
    """doc[k] is a lower-case outlet noun that a determiner or modifier opens, on the name's line."""
    noun = doc[k]
    return (k >= 1 and noun.text == noun.lower_ and noun.lower_ in outlet_words().outlet_nouns
            and noun.pos_ in ("NOUN", "PROPN", "ADJ") and "\n" not in noun.whitespace_   # "the daily X" (ADJ)
            and doc[k - 1].pos_ in OPENERS and "\n" not in doc[k - 1].whitespace_)


def after_outlet_noun(doc: Doc, span: Span) -> bool:
    """The span follows an outlet noun, right after it or after names listed with the one right after it."""
    s = span.start
    if s < 2:
        return False
    if _outlet_noun(doc, s - 1):
        return True
    if doc[s - 1].lower_ not in LIST_JOINERS:
        return False
    if doc[s - 1].text == "," and not (span.end < len(doc) and doc[span.end].lower_ in LIST_JOINERS):
        return False                             # "the newspaper X, Ivanov said": a comma opens no list here
    k = s - 1
    while k > 0 and s - k < MAX_BACK:
        tok = doc[k - 1]
        if "\n" in tok.whitespace_:
            return False
        if _outlet_noun(doc, k - 1):
            return doc[k].text[:1].isupper()     # the first listed name is capitalised
        if not (tok.lower_ in LIST_JOINERS or tok.text[:1].isupper() or tok.text in ("-", "al", "el", "ad", "as", "ash")):
            return False                         # a lower-case word: no list of names
        k -= 1
    return False
