"""Emergency laws invoked (issue 8, evcand7; data/invoked_laws.yaml): "Prime Minister X invoked the Emergencies Act on
Monday, giving his government powers to end the protests", "the government invoked the State Security Law against
those who had damaged stations", "activated emergency powers". Bringing exceptional powers to bear restricts (PLOVER
COERCE restrict, as plover.yaml's "declared a state of emergency"). Read only with an exceptional law as the object
(a law noun whose phrase holds an exception word: emergency, martial, security, terrorism ...) of an invoking verb
told as done; "invoked international law", "invoked Article 5", "will invoke the act" are not read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .cameo import reported
from .lexicon import Trigger

INVOKED_LAWS_PATH = Path(__file__).resolve().parents[2] / "data" / "invoked_laws.yaml"
RESTRICTED = Trigger(type="COERCE", mode="restrict", sphere="political")


@dataclass(frozen=True)
class InvokedLawWords:
    invoking_verbs: frozenset[str]
    law_nouns: frozenset[str]
    exception_words: frozenset[str]


@lru_cache(maxsize=2)
def invoked_law_words(path: str | None = None) -> InvokedLawWords:
    """data/invoked_laws.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or INVOKED_LAWS_PATH, InvokedLawWords, "invoked laws")


def invoked_law(verb) -> Trigger | None:
    """COERCE restrict for an exceptional law invoked, else None."""
    words = invoked_law_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.invoking_verbs or not reported(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() not in words.law_nouns and obj.lower_ not in words.law_nouns:
            continue
        phrase = [t for t in obj.subtree if t.i <= obj.i]
        if any(t.lower_ in words.exception_words or t.lemma_.lower() in words.exception_words for t in phrase):
            return RESTRICTED
    return None
