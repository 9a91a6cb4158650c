"""A name written right after a common noun for a company is the company's (issue 8, actors18).

"The Taiwanese company Gold Apollo said ...", "the state-owned miner Zijin ...", "the telecoms giant X": the NER
takes such two-word names for people. The company noun (data/companies.yaml `company_nouns`) must be a common noun
opened by a determiner, a possessive or a modifier ("the company", "Taiwan's firm", "a Chinese contractor"), so a
title or a trade written before a person ("the film producer X") is not read: the list holds no such noun."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ...yamlfile import read_word_sets
from ..token_positions import tokens_with

COMPANIES_PATH = Path(__file__).resolve().parents[2] / "data" / "companies.yaml"
OPENERS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PART", "NUM"})   # "the", "Taiwanese", "telecoms", "'s"


@dataclass(frozen=True)
class CompanyWords:
    company_nouns: frozenset[str]


@lru_cache(maxsize=2)
def company_words(path: str | None = None) -> CompanyWords:
    """data/companies.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or COMPANIES_PATH, CompanyWords, "companies")


def after_company_noun(doc: Doc, span: Span) -> bool:
    """The span follows a lower-case company noun that a determiner or modifier opens, on the same line."""
    s = span.start
    if s < 2:
        return False
    noun = doc[s - 1]
    if noun.pos_ != "NOUN" or noun.text != noun.lower_ or noun.lower_ not in company_words().company_nouns \
            or "\n" in noun.whitespace_:
        return False
    return doc[s - 2].pos_ in OPENERS and "\n" not in doc[s - 2].whitespace_


NOTHING_OWNED = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "ADP", "ADV"})   # what no possessed noun opens with


def possessive_name(span: Span) -> bool:
    """"Moody's downgraded Laos", "according to McDonald's,": an organisation's name the NER read ending in "'s" that
    owns nothing (a verb, a stop, a conjunction or a preposition follows) keeps its "'s" ("Iran's parliament" and
    "Moody's rating" own a noun, so theirs is a possessive)."""
    if span.label_ != "ORG" or len(span) < 2 or span[-1].text not in ("'s", "\u2019s") or span[-1].whitespace_ == "\n":
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is None or nxt.pos_ in NOTHING_OWNED


def untagged_after_company_noun(doc: Doc, taken) -> list[tuple[int, int]]:
    """(start, end) character spans of one to three capitalised words no entity covers, right after a company noun
    that a determiner or modifier opens, closed by a stop, comma, verb or lower-case word (actors23): "the Algerian
    national company Sonatrach", "the state lender Bancamiga". No title, and no word after "the" in the name."""
    from ..dictionary import load_lexicon
    lexicon = load_lexicon()
    nouns = company_words().company_nouns
    out = []
    for noun in tokens_with(doc, LOWER, nouns):     # only the company nouns' tokens are made
        s = noun.i + 1
        if noun.lower_ not in nouns or noun.text != noun.lower_ or noun.pos_ != "NOUN" or s >= len(doc) \
                or noun.i < 1 or doc[noun.i - 1].pos_ not in OPENERS or "\n" in noun.whitespace_:
            continue
        e = s
        while e < len(doc) and e - s < 3 and doc[e].is_alpha and doc[e].text[:1].isupper() and not doc[e].ent_type_ \
                and not lexicon.is_title_token(doc[e]) and "\n" not in doc[e - 1].whitespace_:
            e += 1
        if e == s or e - s >= 3 and e < len(doc) and doc[e].text[:1].isupper():
            continue
        if e < len(doc) and (doc[e].ent_type_ or doc[e].text[:1].isupper() and doc[e].is_alpha):
            continue                            # the name goes on into another one
        cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if not taken.overlaps(cs, ce):
            out.append((cs, ce))
    return out
