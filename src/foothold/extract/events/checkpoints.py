"""Checkpoints and roadblocks set up (issue 8, evcand12; data/checkpoints.yaml): "Security forces in Moscow set up
checkpoints", "Soldiers set up roadblocks on the highway between Mbabane and Manzini". A force restricting movement is
PLOVER COERCE restrict (the manual: "impose restrictions on political freedoms or movement, including cordoning off
areas"); the owndocs golds code these once COERCE, once MOBILIZE, and the manual's wording is followed here. Civilians
doing it ("farmers set up roadblocks", data/obstructions.yaml `civilian_groups`) protest: PROTEST obstruct, as
events/obstructions.py reads "farmers blocked the highway". Read on a setting verb ("set" and "put" with "up") whose
direct object is a barrier noun; "set up a committee", "built a road" name none, and a checkpoint attacked or passed
is not read here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .lexicon import Trigger
from .obstructions import obstruction_words

CHECKPOINTS_PATH = Path(__file__).resolve().parents[2] / "data" / "checkpoints.yaml"
RESTRICTED = Trigger(type="COERCE", mode="restrict", sphere="military")
OBSTRUCTED = Trigger(type="PROTEST", mode="obstruct", sphere="political")
PARTICLED = frozenset({"set", "put"})


@dataclass(frozen=True)
class CheckpointWords:
    setting_verbs: frozenset[str]
    barrier_nouns: frozenset[str]


@lru_cache(maxsize=2)
def checkpoint_words(path: str | None = None) -> CheckpointWords:
    """data/checkpoints.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or CHECKPOINTS_PATH, CheckpointWords, "checkpoints")


def _barrier(obj, words: CheckpointWords) -> bool:
    before = obj.doc[obj.i - 1].lower_ if obj.i > 0 else ""
    return obj.lower_ in words.barrier_nouns or obj.lemma_.lower() in words.barrier_nouns \
        or f"{before} {obj.lower_}" in words.barrier_nouns


def checkpoint_set_up(verb) -> Trigger | None:
    """COERCE restrict (a force) or PROTEST obstruct (civilians) for barriers set up, else None."""
    words = checkpoint_words()
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in words.setting_verbs or any(c.dep_ == "neg" for c in verb.children):
        return None
    if lemma in PARTICLED and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for c in objs for o in c.conjuncts]
    if not any(_barrier(o, words) for o in objs):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in obstruction_words().civilian_groups:
        return OBSTRUCTED
    return RESTRICTED

