"""Thanks given to an unnamed group of people (issue 8, evskip7; data/thanked_groups.yaml).

"In her address the president thanked the security forces", "the mayor thanked the police officers, soldiers and
volunteers who cleared the roads": `thank` needs a party thanked (plover.yaml `needs_target`), and a group no actor
names left the act with no target (`no_target`), though the thanks is told. The owndocs golds code it as the
thanker's SUPPORT praise with no target (as PLOVER SUPPORT praise, which names no recipient actor when the text
names none). Only a named thanker, only a direct object whose head (or a conjunct of it) is a group noun, and only
with no actor inside the object ("thanked the Peruvian police" names its state and is read as before).
Read in `material.target_gate`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set
from .index import DocIndex

THANKED_GROUPS_PATH = Path(__file__).resolve().parents[2] / "data" / "thanked_groups.yaml"


@lru_cache(maxsize=2)
def group_nouns(path: str | None = None) -> frozenset[str]:
    return read_word_set(path or THANKED_GROUPS_PATH, "group_nouns", "thanked groups")


def thanked_group(verb, index: DocIndex) -> bool:
    """The verb thanks a group of people no actor names: "thanked the security forces"."""
    if verb.lemma_.lower() != "thank":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    obj = objects[0]
    if not any(n.lemma_.lower() in group_nouns() or n.lower_ in group_nouns() for n in (obj, *obj.conjuncts)):
        return False
    return not any(index.actor_at(t.i) is not None for t in obj.subtree)
