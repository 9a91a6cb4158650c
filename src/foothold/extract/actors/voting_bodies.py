"""A one-word name after "the" that votes, ratifies or enacts is a body (issue 8, actors24): "the Storting approved
the bill", "Last year the Riigikogu voted to ban the symbols", "the Skupstina ratified it". Legislatures with a
name of their own language's word are seldom known to the dictionaries, and the NER leaves them out or tags them a
person or a place. The verbs are data/voting_bodies.yaml `body_acts`; the name is the verb's subject, one capitalised
word no English word, title word, demonym, calendar word or dictionary entry of another type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.attrs import DEP
from spacy.tokens import Doc

from ...resolve.names import normalise_name
from ...yamlfile import read_word_sets
from ..dates import MONTHS, WEEKDAYS
from ..dictionary import city_keys
from ..nlp import is_english_word
from ..token_positions import tokens_with

BODIES_PATH = Path(__file__).resolve().parents[2] / "data" / "voting_bodies.yaml"
CALENDAR = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RETYPED_LABELS = frozenset({"", "PERSON", "GPE", "LOC", "NORP", "ORG"})


@dataclass(frozen=True)
class BodyActs:
    body_acts: frozenset[str]


@lru_cache(maxsize=2)
def body_acts(path: str | None = None) -> BodyActs:
    """data/voting_bodies.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or BODIES_PATH, BodyActs, "voting bodies")


def voting_body_tokens(doc: Doc, lexicon, dictionary) -> list[int]:
    """Indices of one-word names after "the" that are the subject of a body's act (or of the first of two acts
    joined by "and")."""
    acts = body_acts().body_acts
    out = []
    for tok in tokens_with(doc, DEP, SUBJECTS):   # only the subjects, not every token (perf3)
        if tok.dep_ not in SUBJECTS or not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper():
            continue
        head = tok.head
        if head.lemma_.lower() not in acts or head.pos_ not in ("VERB", "AUX"):
            continue
        i = tok.i
        if i < 1 or doc[i - 1].lower_ != "the" or i + 1 < len(doc) and doc[i + 1].text[:1].isupper() \
                or doc[i - 1].ent_type_ or tok.ent_type_ not in RETYPED_LABELS:
            continue                          # "the" right before, no other capitalised word after it
        if tok.text in CALENDAR or lexicon.is_title_token(tok) or is_english_word(tok) \
                or dictionary.is_demonym(tok.text) or normalise_name(tok.text) in city_keys():
            continue
        entry = dictionary.lookup(tok.text)
        if entry is not None and entry.type != "organization":
            continue
        out.append(i)
    return out
