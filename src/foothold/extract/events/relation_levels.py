"""Relations raised or lowered (issue 8, evcand8; vocabulary in data/relation_levels.yaml).

plover.yaml reads "upgraded ties" (SUPPORT) and "downgraded relations" (SANCTION, PLOVER: "all reductions in existing,
routine, or cooperative relations"; CAMEO 161). News tells the same with a plain verb of raising or lowering whose
object is the relations or their level: "decided to lower the level of diplomatic relations with X to that of chargé
d'affaires", "the two leaders raised their ties to a strategic partnership", "reduced its diplomatic representation in
X". ``relation_level(verb, lex)`` gives plover.yaml's `upgrade` or `downgrade` entry (its object list lifted: the
object is checked here) for such a verb, else None. Read in ``triggers.find_triggers`` where plover.yaml lists no
sense of the verb for its object ("cut ties" stays plover.yaml's `cut`). "raised concerns about relations", "lowered
the tariffs", "reduced the level of violence" name no relations as the object, and are not read here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

RELATION_LEVELS_PATH = Path(__file__).resolve().parents[2] / "data" / "relation_levels.yaml"


@dataclass(frozen=True)
class RelationLevelWords:
    raising_verbs: frozenset[str]
    lowering_verbs: frozenset[str]
    relation_nouns: frozenset[str]
    level_nouns: frozenset[str]


@lru_cache(maxsize=2)
def relation_level_words(path: str | None = None) -> RelationLevelWords:
    """data/relation_levels.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or RELATION_LEVELS_PATH, RelationLevelWords, "relation levels")


def _names_relations(noun, words: RelationLevelWords) -> bool:
    if noun.lemma_.lower() in words.relation_nouns or noun.lower_ in words.relation_nouns:
        return True
    if noun.lemma_.lower() not in words.level_nouns:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in words.relation_nouns or o.lower_ in words.relation_nouns)
        for o in c.children) for c in noun.children)


def relation_level(verb, lex):
    """plover.yaml's `upgrade` / `downgrade` for "raised their ties to X", "lowered the level of relations with Y"."""
    if verb.pos_ != "VERB":
        return None
    words = relation_level_words()
    lemma = verb.lemma_.lower()
    key = "upgrade" if lemma in words.raising_verbs else "downgrade" if lemma in words.lowering_verbs else None
    if key is None or key not in lex.verbs:
        return None
    if not any(c.dep_ in ("dobj", "nsubjpass") and _names_relations(c, words) for c in verb.children):
        return None
    return replace(lex.verbs[key], only_objects=())
