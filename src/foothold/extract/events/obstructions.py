"""Roads blocked by people who hold no force are a protest (issue 8, evtype3; data/obstructions.yaml).

"Bolivian coca growers blocked the main highway", "Lebanese depositors blocked roads in Beirut": PLOVER PROTEST
obstruct, not the COERCE restrict a state's police or troops blocking a road would be (plover.yaml `block`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .arguments import is_passive, subject_of

OBSTRUCTIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "obstructions.yaml"


@dataclass(frozen=True)
class ObstructionWords:
    obstructing_verbs: frozenset[str]
    civilian_groups: frozenset[str]


@lru_cache(maxsize=2)
def obstruction_words(path: str | None = None) -> ObstructionWords:
    """data/obstructions.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or OBSTRUCTIONS_PATH, ObstructionWords, "obstructions")


def civilian_obstruction(tok, etype: str, mode) -> bool:
    """A road restriction (COERCE restrict) whose doer is a group of civilians named by a common noun."""
    words = obstruction_words()
    if etype != "COERCE" or mode != "restrict" or tok.lemma_.lower() not in words.obstructing_verbs or is_passive(tok):
        return False
    subj, dep = subject_of(tok)
    return subj is not None and dep == "nsubj" and subj.pos_ == "NOUN" and subj.lemma_.lower() in words.civilian_groups
