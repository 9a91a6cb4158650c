"""A ruling the speaker's side says it accepts is a concession (issue 8, evtypes2; data/accepted_rulings.yaml).

"Amiri said Fatah would abide by the decision despite our deep conviction that the election was rigged", "the party
said it would accept the court's ruling": yielding to a ruling, verdict or result is PLOVER CONCEDE (the manual:
future concessions stay CONCEDE, they do not reduce to AGREE), whatever cue ("rigged", "objections") the rest of
the statement holds. The said clause's verb is an accepting verb (not negated) whose object, or "by"/"with"
object, is a ruling noun; its subject is no party but the speaker's side. Read in `speech.statement_reading`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .arguments import phrase_actors, subject_of
from .index import DocIndex

RULINGS_PATH = Path(__file__).resolve().parents[2] / "data" / "accepted_rulings.yaml"


@dataclass(frozen=True)
class RulingWords:
    accepting_verbs: frozenset[str]
    ruling_nouns: frozenset[str]


@lru_cache(maxsize=2)
def ruling_words(path: str | None = None) -> RulingWords:
    """data/accepted_rulings.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or RULINGS_PATH, RulingWords, "accepted rulings")


def accepted_ruling(lex, content, speech, index: DocIndex, words: RulingWords | None = None) -> bool:
    """The said clause accepts a ruling, and its subject is the speaker's side (or no named party)."""
    if content is None or content.pos_ not in ("VERB", "AUX"):
        return False
    words = words or ruling_words()
    if content.lemma_.lower() not in words.accepting_verbs or any(c.dep_ == "neg" for c in content.children):
        return False
    objects = [c for c in content.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for p in content.children if p.dep_ == "prep" and p.lower_ in ("by", "with")
                for o in p.children if o.dep_ == "pobj"]
    if not any(o.lemma_.lower() in words.ruling_nouns or o.lower_ in words.ruling_nouns for o in objects):
        return False
    from .speakers import speaker_sides      # speakers reads speech's neighbours: at call time
    subj, _ = subject_of(content)
    named = {h.actor for h, _ in phrase_actors(subj, index)} if subj is not None else set()
    return not named or named <= speaker_sides(lex, speech, index)
