"""Crowd-control weapons used (issue 8, evtypes3, conv4; vocabulary in data/crowd_control.yaml).

A COERCE restrict act (plover.yaml's crowd-dispersal vocabulary: "fired tear gas", "used water cannon", "dispersed
the rally") whose own clause names a crowd-control weapon ("fired tear gas at the crowd", "dispersed the march with
tear gas"), or that fires into the air, is coded as the eval makers code it: COERCE "crowd dispersal" (news-dev 09,
"firing tear gas at them and shooting in the air"), against the PLOVER manual's ASSAULT crowd-control, which the act
keeps only when its own words tell harm ("..., wounding six", "..., and one protester was killed") or live fire
("with tear gas and live ammunition"): `harm_told`. A dispersal naming no weapon stays COERCE restrict.
Read at the end of `senses.conduct_types`, before a crowd as the doer makes the act a riot.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

CROWD_CONTROL_PATH = Path(__file__).resolve().parents[2] / "data" / "crowd_control.yaml"
DISPERSAL = "crowd dispersal"     # the makers' COERCE mode; merge.py keeps it apart from an arrest in its sentence
CLAUSE_DEPS = {"dobj", "prep", "pobj", "conj", "cc", "compound", "amod", "nmod", "advcl", "acl", "npadvmod", "appos"}


@dataclass(frozen=True)
class CrowdControlWords:
    weapon_words: frozenset[str]
    weapon_modifiers: frozenset[str]
    firing_verbs: frozenset[str]
    means_verbs: frozenset[str]
    harm_words: frozenset[str]
    lethal_words: frozenset[str]


@lru_cache(maxsize=2)
def crowd_control_words(path: str | None = None) -> CrowdControlWords:
    """data/crowd_control.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or CROWD_CONTROL_PATH, CrowdControlWords, "crowd control")


def _weapon(tok, words: CrowdControlWords) -> bool:
    """The token names a crowd-control weapon: "tear gas", "water cannon", "rubber bullets", "teargas"."""
    low = tok.lower_
    if low not in words.weapon_words:
        return False
    if low in ("teargas", "tear-gas"):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.lower_ in words.weapon_modifiers


def crowd_weapon_named(verb, trigger_text: str = "") -> bool:
    """The act's own words name a crowd-control weapon: its trigger ("fired tear gas") or its objects and
    prepositional phrases, not a clause of its own below it; or its verb fires (plover.yaml gives a firing verb
    its COERCE restrict sense only for crowd-control aims: gas, cannon, the air)."""
    words = crowd_control_words()
    if verb.lemma_.lower() in words.firing_verbs:
        return True           # "fired into the air", "shot into the air to disperse the crowd": weapons fired
    tokens = trigger_text.lower().split()
    if any(t in ("teargas", "tear-gas") for t in tokens) or any(
            a in words.weapon_modifiers and b in words.weapon_words for a, b in zip(tokens, tokens[1:])):
        return True
    todo = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    while todo:
        t = todo.pop()
        if t.pos_ == "VERB" and t.dep_ in ("conj", "advcl", "acl") and not (
                t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and t.lemma_.lower() in words.means_verbs):
            continue          # "dispersed the crowd and later arrested ten": another act ("using tear gas": the means)
        if _weapon(t, words):
            return True
        todo.extend(c for c in t.children if c.dep_ in CLAUSE_DEPS)
    return False


def harm_told(verb) -> bool:
    """The act's own words, after its verb, tell harm or live fire: a participle or a clause joined to it ("fired
    tear gas at the crowd, wounding six", "..., and one protester was killed"), or "live ammunition" among its
    weapons. A relative clause on the crowd ("protesters who had been injured the day before") is no part of it, nor
    an aside in parentheses: news-dev 09's "firing tear gas at them and shooting in the air to disperse the crowd
    (resulting in the death of one to two demonstrators)" is the makers' COERCE."""
    words = crowd_control_words()
    aside, depth = set(), 0
    for t in verb.sent:
        depth += (t.text == "(") - (t.text == ")")
        if depth > 0 or t.text == ")":
            aside.add(t.i)
    todo = [c for c in verb.children if c.i > verb.i]
    while todo:
        t = todo.pop()
        if t.dep_ == "relcl" or t.i in aside:
            continue
        low = t.lower_
        if t.lemma_.lower() in words.harm_words or low in words.harm_words:
            return True
        if low == "live" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in words.lethal_words:
            return True
        todo.extend(t.children)
    return False
