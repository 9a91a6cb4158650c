"""A body left, or a non-military resource withdrawn, reduces relations (issue 8, evtypes6; data/left_bodies.yaml).

"Kiribati withdrew from the Pacific Islands Forum", "announced that they were leaving ECOWAS", "withdrew his backing
from the sit-ins", "withdrew its ambassador from X": the withdrawal verb's RETREAT `withdraw` is leaving ground or
pulling forces out of an area; leaving a group or organisation (a named organisation actor, or a body noun) or
withdrawing support, aid or diplomats is PLOVER SANCTION ("Withdraw oneself or one's non-military resources ...
from a group, mediation activity, organization, or country"). Troops withdrawn from a country or a town stay
RETREAT; an accord, an arbitration or talks left are REJECT (`senses.left_accord`, `walkouts.left_gathering`).
Read after those in `extractor.event_for`, on the trigger verb or, for an announcement, the verb it announces.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .index import DocIndex
from .triggers import Found
from .walkouts import _left_things

LEFT_BODIES_PATH = Path(__file__).resolve().parents[2] / "data" / "left_bodies.yaml"


@dataclass(frozen=True)
class LeftBodyWords:
    withdrawing_verbs: frozenset[str]
    body_nouns: frozenset[str]
    withdrawn_resources: frozenset[str]


@lru_cache(maxsize=2)
def left_body_words(path: str | None = None) -> LeftBodyWords:
    """data/left_bodies.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or LEFT_BODIES_PATH, LeftBodyWords, "left bodies")


def _is_body(noun, index: DocIndex, words: LeftBodyWords) -> bool:
    hit = index.actor_at(noun.i)
    if hit is not None:
        return hit.type == "organization"
    return noun.lemma_.lower() in words.body_nouns


def _withdraws_from_relations(verb, index: DocIndex, words: LeftBodyWords) -> bool:
    if verb.lemma_.lower() not in words.withdrawing_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in words.withdrawn_resources for o in objects):
        return True                 # "withdrew its backing", "withdrew its ambassador from X"
    left = list(_left_things(verb))
    if verb.lemma_.lower() in ("leave", "quit", "exit"):
        left += objects             # "was leaving ECOWAS"
    return any(_is_body(o, index, words) for o in left)


def left_body(f: Found, etype: str, mode, sphere, index: DocIndex):
    """SANCTION for a RETREAT withdrawal from a body or of a non-military resource, else the type unchanged."""
    if etype != "RETREAT" or mode != "withdraw":
        return etype, mode, sphere
    words = left_body_words()
    tok = f.token
    verbs = [tok] if f.kind in ("verb", "light") else \
        [t for t in tok.subtree if t.i != tok.i and t.pos_ in ("VERB", "AUX")]
    if any(_withdraws_from_relations(v, index, words) for v in verbs):
        return "SANCTION", "sanctions", "political"
    return etype, mode, sphere
