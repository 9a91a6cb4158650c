"""Works opened together (issue 8, evcand4; vocabulary in data/joint_openings.yaml): "Xi and his Lao counterpart
opened the railway together by video link", "the two presidents inaugurated the bridge", "X and Y jointly
commissioned the plant". Two parties opening a shared work is material cooperation (PLOVER COOPERATE economic). The
subject must be two or more names joined ("X and Y"), a pair noun ("the two leaders"), or a party with "together" /
"jointly"; what is opened must be a work (a railway, a port, a plant ...): one leader opening a hospital, or anyone
opening talks, fire or an inquiry, is not read here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .lexicon import Trigger

OPENINGS_PATH = Path(__file__).resolve().parents[2] / "data" / "joint_openings.yaml"
JOINT_WORKS = Trigger(type="COOPERATE", mode="economic", sphere="economic")
PAIR_WORDS = {"two", "both"}


@dataclass(frozen=True)
class OpeningWords:
    opening_verbs: frozenset[str]
    works_nouns: frozenset[str]
    together_words: frozenset[str]


@lru_cache(maxsize=2)
def opening_words(path: str | None = None) -> OpeningWords:
    """data/joint_openings.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or OPENINGS_PATH, OpeningWords, "joint openings")


def _joint_subject(verb, words: OpeningWords) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words.together_words for c in verb.children):
        return True
    if any(t.dep_ == "conj" and (t.pos_ == "PROPN" or t.lemma_.lower() == "counterpart") for t in subj.subtree):
        return True                     # "X and Y", "Fiji's prime minister X and her Tongan counterpart, Y"
    return subj.pos_ == "NOUN" and subj.tag_ == "NNS" and any(c.lower_ in PAIR_WORDS for c in subj.children)


def _works(verb, words: OpeningWords) -> bool:
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [o for c in objs for o in c.conjuncts]
    return any(o.lemma_.lower() in words.works_nouns or o.lower_ in words.works_nouns for o in objs)


def joint_opening(verb) -> Trigger | None:
    """COOPERATE economic for two parties opening a work together, else None."""
    if verb.pos_ != "VERB":
        return None
    words = opening_words()
    if verb.lemma_.lower() not in words.opening_verbs:
        return None
    return JOINT_WORKS if _joint_subject(verb, words) and _works(verb, words) else None
