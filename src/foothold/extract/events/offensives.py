"""Offensives told without an attack word (data/offensives.yaml; issue 8, evvocab).

"launched a push on the city", "renewed its drive towards X" (a push noun with its aim, carried by a launching
verb), "drove the Islamic State out of Kobani" (an armed party driven out of a place), "Fighting between X and Y
spread to ..." (a gerund of fighting with a between-phrase, which the parser reads as a verb whose sense
`reported_only` refuses). ``offensive_trigger(verb)`` is asked by ``triggers.find_triggers`` for verbs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ...yamlfile import load_yaml
from .lexicon import LexiconError, Trigger, _trigger

OFFENSIVES_PATH = Path(__file__).resolve().parents[2] / "data" / "offensives.yaml"


class OffensivesError(LexiconError):
    """data/offensives.yaml is malformed."""
    code = "E214"


@dataclass(frozen=True)
class Offensives:
    push_nouns: frozenset[str]
    push_verbs: frozenset[str]
    push_preps: frozenset[str]
    ousting_verbs: frozenset[str]
    armed: frozenset[str]
    between_verbs: frozenset[str]
    between_nouns: frozenset[str]
    fled_verbs: frozenset[str]
    trigger: Trigger            # a push or an ousting
    fighting: Trigger           # fighting between two parties (read as an event noun)
    onset_nouns: frozenset[str] = frozenset()   # a war between two parties, told only as it starts (evcand2)
    onset_verbs: frozenset[str] = frozenset()


def _fail(path: Path, message: str) -> OffensivesError:
    return OffensivesError(message, path=str(path), fix="Correct the entry in data/offensives.yaml (see its header).")


def _words(path: Path, raw: dict, section: str, key: str) -> frozenset[str]:
    words = (raw.get(section) or {}).get(key) if isinstance(raw.get(section), dict) else None
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise _fail(path, f"`{section}.{key}` must be a list of words")
    return frozenset(w.lower() for w in words)


def parse_offensives(raw, path: Path = OFFENSIVES_PATH) -> Offensives:
    if not isinstance(raw, dict):
        raise _fail(path, "the file must be a mapping")
    return Offensives(
        _words(path, raw, "pushes", "nouns"), _words(path, raw, "pushes", "verbs"), _words(path, raw, "pushes", "preps"),
        _words(path, raw, "ousting", "verbs"), _words(path, raw, "ousting", "armed"), _words(path, raw, "between", "verbs"),
        _words(path, raw, "between", "nouns"), _words(path, raw, "between", "fled"), _trigger(path, "trigger", raw.get("trigger")), _trigger(path, "fighting", raw.get("fighting"), noun=True),
        *_onset(path, raw))


def _onset(path: Path, raw: dict) -> tuple[frozenset[str], frozenset[str]]:
    """`between.onset_nouns` and `onset_verbs`, both or neither (a table without them reads no war's onset)."""
    between = raw.get("between") if isinstance(raw.get("between"), dict) else {}
    if "onset_nouns" not in between and "onset_verbs" not in between:
        return frozenset(), frozenset()
    return _words(path, raw, "between", "onset_nouns"), _words(path, raw, "between", "onset_verbs")


@lru_cache(maxsize=2)
def load_offensives(path: str | None = None) -> Offensives:
    p = Path(path) if path else OFFENSIVES_PATH
    try:
        raw = load_yaml(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(p, f"cannot read the offensives table: {exc}") from exc
    return parse_offensives(raw, p)


def _preps(tok, words) -> list:
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in words]


def aimed_push(verb, table: Offensives):
    """The push noun a launching verb carries with its aim ("launched a push on the city" -> push), or None."""
    if verb.lemma_.lower() not in table.push_verbs:
        return None
    return next((o for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in table.push_nouns
                 and _preps(o, table.push_preps)), None)


def driven_out(verb, table: Offensives):
    """The armed party a verb drives out of a place ("drove the Islamic State out of Kobani"), or None."""
    if verb.lemma_.lower() not in table.ousting_verbs:
        return None
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
    if not any(p.lower_ == "of" for o in outs for p in [*o.children, *verb.children] if p.dep_ == "prep"):
        return None
    party = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if party is None or not (party.pos_ == "PROPN" or party.lemma_.lower() in table.armed):
        return None
    return party


def fighting_between(verb, table: Offensives) -> bool:
    """A gerund of fighting with two parties between whom it happens ("Fighting between X and Y spread")."""
    return verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and verb.lemma_.lower() in table.between_verbs \
        and any(o.dep_ == "pobj" and o.conjuncts for p in _preps(verb, {"between"}) for o in p.children)


def offensive_trigger(verb, table: Offensives | None = None):
    """(kind, noun, Trigger) for an offensive told by ``verb``, or None: ("light", push noun, ...) for a launched
    push, ("verb", party, ...) for an ousting, ("noun", None, fighting) for fighting between two parties."""
    table = table or load_offensives()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    push = aimed_push(verb, table)
    if push is not None:
        return "light", push, table.trigger
    party = driven_out(verb, table)
    if party is not None:
        return "verb", party, table.trigger
    if fighting_between(verb, table):
        return "noun", None, table.fighting
    return None
