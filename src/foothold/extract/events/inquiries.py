"""Inquiries opened or set up (issue 8, evvocab2 second pass; vocabulary in data/inquiries.yaml): "prosecutors opened
a criminal case against X", "the Senate set up a commission of inquiry into Y", "the council established a fact-finding
mission", "the ministry formed a committee to investigate the killings", "opened the case against X" (evcand8). PLOVER ACCUSE investigate, the founding
verb's act: its subject investigates, what the inquiry is into or against is its target. The light verbs read
"opened an investigation" through plover.yaml's nouns already; this reads the inquiries no single noun of the
lexicon names (a modifier or a complement makes them one)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

INQUIRIES_PATH = Path(__file__).resolve().parents[2] / "data" / "inquiries.yaml"
MODIFIER_DEPS = ("amod", "compound", "nmod")


@dataclass(frozen=True)
class InquiryWords:
    founding_verbs: frozenset[str]
    inquiry_nouns: frozenset[str]
    inquiry_bodies: frozenset[str]
    inquiry_words: frozenset[str]
    charged_nouns: frozenset[str]


@lru_cache(maxsize=2)
def inquiry_words(path: str | None = None) -> InquiryWords:
    """data/inquiries.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or INQUIRIES_PATH, InquiryWords, "inquiries")


def _verb_keys(verb) -> set[str]:
    """The verb's lemma, and with its particle ("set up")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def _phrase_before(noun) -> str:
    """The object's words up to its head, without determiners and numbers ("a new criminal case" -> "new criminal
    case"), lower-cased."""
    words = [t.lower_ for t in noun.doc[noun.left_edge.i:noun.i + 1] if t.dep_ not in ("det", "nummod", "poss")]
    return " ".join(words)


def _names_inquiry(noun, words: InquiryWords) -> bool:
    phrase = _phrase_before(noun)
    return noun.lemma_.lower() in words.inquiry_nouns or any(
        phrase == key or phrase.endswith(" " + key) for key in words.inquiry_nouns)


def _inquiry_body(noun, words: InquiryWords) -> bool:
    """A body that its modifier, of-object or infinitive makes an inquiry ("a commission of inquiry")."""
    if noun.lemma_.lower() not in words.inquiry_bodies:
        return False
    for c in noun.children:
        if c.dep_ in MODIFIER_DEPS and c.i < noun.i and (c.lemma_.lower() in words.inquiry_words
                                                         or c.lower_ in words.inquiry_words):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in words.inquiry_words for o in c.children):
            return True
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words.inquiry_words:
            return True                 # "a committee to investigate the killings"
    return False


def opened_inquiry(verb):
    """The inquiry a founding verb opens or sets up (its object, or a passive's subject), else None."""
    if verb.pos_ != "VERB":
        return None
    words = inquiry_words()
    if not _verb_keys(verb) & words.founding_verbs:
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if _names_inquiry(obj, words) or _inquiry_body(obj, words) or _body_for_inquiry(verb, obj, words) \
                or _case_against(verb, obj, words):
            return obj
    return None


def _case_against(verb, obj, words: InquiryWords) -> bool:
    """A bare case opened against a party (evcand8): "the security service had opened the case against X", "opened
    cases on Monday against more than 30 people"; the "against" phrase on the noun or, after it, on the verb."""
    if obj.lemma_.lower() not in words.charged_nouns and obj.lower_ not in words.charged_nouns:
        return False
    preps = [c for c in obj.children if c.dep_ == "prep"] + [c for c in verb.children if c.dep_ == "prep"
                                                              and c.i > obj.i]
    return any(c.lower_ == "against" and any(o.dep_ == "pobj" for o in c.children) for c in preps)


def _body_for_inquiry(verb, obj, words: InquiryWords) -> bool:
    """A body set up to inquire, the infinitive hung on the verb ("formed a panel to examine the deaths")."""
    return obj.lemma_.lower() in words.inquiry_bodies and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in words.inquiry_words
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
