"""Whom a munition that landed hit, named where it landed (issue 8, evskip7; data/munition_targets.yaml).

"On Monday two rockets fell near the Chilean embassy in Lima", "a dozen missiles landed near the consulate and at a
villa belonging to Rosa Quispe", "a rocket aimed at the Chilean embassy fell short": a munition arriving is an attack
(`munitions.munition_trigger`), but with no doer named and no direct object (nothing "hit"), the party whose
premises it reached sits in the phrase saying where it landed, or in the munition's own "aimed at / fired at /
targeting" participle, so the act was dropped for want of any party (`no_actor`). PLOVER codes an unknown attacker
with the party hit as the ASSAULT's target, and the news-dev README codes an embassy by its state (the state named
as its modifier or in its of-phrase).

Places are no target (where it fell, "fell on Kyiv"), nor is a state that is only the ground the munition fell on
("landed in Peru", "near the Syrian border": `ground_nouns`): the scene is left to `scene.scene_country`'s readings.
Read in `targets.unnamed_parties` after `aimed_phrases.aimed_phrase_parties`, for an act with no party yet.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set
from .aimed_phrases import phrase_parties
from .index import DocIndex
from .munitions import fired_munition, load_munitions

MUNITION_TARGETS_PATH = Path(__file__).resolve().parents[2] / "data" / "munition_targets.yaml"
AIMING_PREPS = frozenset({"at", "on", "against", "toward", "towards"})
AIMING_VERBS = frozenset({"aim", "fire", "launch", "direct", "target", "shoot"})


@lru_cache(maxsize=2)
def landing_preps(path: str | None = None) -> frozenset[str]:
    return read_word_set(path or MUNITION_TARGETS_PATH, "landing_preps", "munition targets")


@lru_cache(maxsize=2)
def ground_nouns(path: str | None = None) -> frozenset[str]:
    return read_word_set(path or MUNITION_TARGETS_PATH, "ground_nouns", "munition targets")


def _preps(head, words: frozenset[str]) -> list:
    """The head's prepositions among ``words`` and those conjoined to them ("near X and at Y")."""
    out = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in words:
            out.append(c)
            out += [p for p in c.conjuncts if p.dep_ in ("conj", "prep") and p.pos_ == "ADP"]
    return out


def _aimed_phrases(munition) -> list:
    """The objects of the munition's own aiming participle: "a rocket aimed at X", "missiles fired at X", "a drone
    targeting X"."""
    out = []
    for part in munition.children:
        if part.dep_ != "acl" or part.lemma_.lower() not in AIMING_VERBS:
            continue
        if part.lemma_.lower() == "target":
            out += [o for o in part.children if o.dep_ == "dobj"]
        out += [o for p in _preps(part, AIMING_PREPS) for o in p.children if o.dep_ == "pobj"]
    return out


def _ground(t, phrase) -> bool:
    """The actor token names only ground: it heads the landing phrase as a state ("in Peru") or modifies a ground
    noun ("near the Syrian border")."""
    if t.i == phrase.i:
        return True
    return t.dep_ in ("amod", "compound", "poss") and t.head.lemma_.lower() in ground_nouns()


def munition_targets(f, etype: str, index: DocIndex) -> list[str]:
    """The parties a doerless munition's landing phrase or aiming participle names, in text order, or []."""
    tok = f.token
    if etype != "ASSAULT" or f.kind != "verb" or tok.lemma_.lower() not in load_munitions().verbs:
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    munition = fired_munition(subj, load_munitions()) if subj is not None else None
    if munition is None:
        return []
    phrases = [o for p in _preps(tok, landing_preps()) for o in p.children if o.dep_ == "pobj"]
    phrases += _aimed_phrases(subj) + (_aimed_phrases(munition) if munition is not subj else [])
    return phrase_parties(phrases, index, ground=_ground)
