"""A place written before a person's title names the title's jurisdiction, and is a place of its own (issue 8,
actors23): "Alberta Premier Jason Kenney", "Kwara governor X". `ActorExtractor._titles` drops a place inside a
person's title ("Minister for the Middle East Tobias Ellwood": the region is the title's portfolio); the title proper
starts at its first title word (`title_word_start`), so a place before that word stays a mention. A word the NER left
untagged or tagged a person before a region's or city's head title (data/jurisdiction_titles.yaml) is that place
(`places_before_jurisdiction_titles`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ...yamlfile import read_word_sets
from ..dictionary import ActorDictionary, Lexicon
from .roles import TITLE_MODIFIERS


def title_word_start(doc: Doc, cs: int, ce: int, lexicon: Lexicon) -> int:
    """The character offset of the first title word inside the widened person's title [cs, ce), or cs when the
    title opens with one (or none is found: the whole phrase counts as the title, as before)."""
    span = doc.char_span(cs, ce, alignment_mode="expand")
    if span is None:
        return cs
    for tok in span:
        if lexicon.is_title_token(tok) or tok.is_lower and tok.text.capitalize() in lexicon.title_words:
            return max(cs, tok.idx)
    return cs


JURISDICTION_TITLES_PATH = Path(__file__).resolve().parents[2] / "data" / "jurisdiction_titles.yaml"


@dataclass(frozen=True)
class JurisdictionTitles:
    jurisdiction_titles: frozenset[str]


@lru_cache(maxsize=2)
def jurisdiction_titles(path: str | None = None) -> frozenset[str]:
    return read_word_sets(path or JURISDICTION_TITLES_PATH, JurisdictionTitles,
                          "jurisdiction titles").jurisdiction_titles


def places_before_jurisdiction_titles(doc: Doc, lexicon: Lexicon, dictionary: ActorDictionary):
    """(start, end, retyped) character spans of one capitalised word right before a region's or city's head title
    (data/jurisdiction_titles.yaml) that a person's name follows: "Ontario Premier Doug Ford", "Kwara governor
    AbdulRahman AbdulRazaq". The word is a proper noun, no title, title modifier, head word or demonym, and no
    dictionary entry of another kind than a place; the word before it is no capitalised word of the same name."""
    titles = jurisdiction_titles()
    for k in range(1, len(doc) - 1):
        tok = doc[k]
        if tok.lower_ not in titles or not doc[k + 1].text[:1].isupper() \
                or doc[k + 1].ent_type_ not in ("PERSON", "person", "") or doc[k + 1].is_punct:
            continue
        word = doc[k - 1]
        if not (word.is_alpha and word.text[:1].isupper() and word.tag_ == "NNP") or "\n" in word.whitespace_ \
                or word.text in lexicon.title_words or word.text in TITLE_MODIFIERS \
                or word.text in lexicon.head_words or dictionary.is_demonym(word.text):
            continue
        entry = dictionary.lookup(word.text)
        if entry is not None and entry.type not in ("place", "country"):
            continue
        if k >= 2 and doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha and not doc[k - 2].is_sent_start:
            continue                       # "New Brunswick Premier", "Central Bank Governor": a longer name
        if entry is not None and entry.type == "country":
            continue                       # a state's own head: the state is read elsewhere
        yield word.idx, word.idx + len(word.text)


def jurisdiction_of(span: Span) -> bool:
    """The span is the one or two capitalised words after "<jurisdiction title> of" ("the Mayor of uMhlathuze,", "the
    Governor of Kwara"): the title's place, no portfolio (actors24). No head word of a body may close it."""
    doc, i = span.doc, span.start
    if len(span) > 2 or i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in jurisdiction_titles():
        return False
    from ..dictionary import load_lexicon
    return not load_lexicon().type_by_head(span.text)
