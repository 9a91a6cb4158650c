"""A munition arriving or doing damage is an attack (data/munitions.yaml; issue 8, evvocab).

"Pakistani shells landed in the village", "two Syrian mortar rounds fell on the town", "debris from the drones
damaged a depot": the munition is the verb's subject, so no trigger word names the attack; the munition's own
modifier or by-phrase names whoever fired it. ``munition_trigger(verb)`` is asked by ``triggers.find_triggers``
before plover.yaml's verbs ("rockets slammed into the city" is no criticism). The passive tells the same arrival with
the munition as its by-agent ("homes were damaged by rocket fragments"), and a fragment may be one conjunct of the
subject ("the blast wave and debris from the missiles damaged 50 houses"; issue 8, evcand2).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ...yamlfile import load_yaml
from .cameo import reported
from .lexicon import LexiconError, Trigger

MUNITIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "munitions.yaml"
ASSAULT_MODES = ("rocket", "heavy-weapons", "bombing", "drone", "aerial", "attacks")


class MunitionsError(LexiconError):
    """data/munitions.yaml is malformed."""
    code = "E213"


@dataclass(frozen=True)
class Munitions:
    modes: dict[str, str]            # munition noun -> ASSAULT mode
    fragments: frozenset[str]        # "debris from the drones"
    verbs: frozenset[str]            # what a munition does on arrival
    into_only: frozenset[str] = frozenset()   # only with what was hit ("crashed into a building")


def _fail(path: Path, message: str) -> MunitionsError:
    return MunitionsError(message, path=str(path), fix="Correct the entry in data/munitions.yaml (see its header).")


def _words(path: Path, raw: dict, key: str) -> frozenset[str]:
    words = raw.get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise _fail(path, f"`{key}` must be a list of words")
    return frozenset(w.lower() for w in words)


def parse_munitions(raw, path: Path = MUNITIONS_PATH) -> Munitions:
    if not isinstance(raw, dict) or not isinstance(raw.get("munitions"), dict) or not raw["munitions"]:
        raise _fail(path, "the file must map `munitions` (noun -> ASSAULT mode)")
    modes = {}
    for noun, mode in raw["munitions"].items():
        if mode not in ASSAULT_MODES:
            raise _fail(path, f"munitions.{noun}: mode must be one of {ASSAULT_MODES}, got {mode!r}")
        modes[str(noun).lower()] = mode
    into_only = _words(path, raw, "into_only") if raw.get("into_only") is not None else frozenset()
    return Munitions(modes, _words(path, raw, "fragments"), _words(path, raw, "verbs"), into_only)


@lru_cache(maxsize=2)
def load_munitions(path: str | None = None) -> Munitions:
    p = Path(path) if path else MUNITIONS_PATH
    try:
        raw = load_yaml(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(p, f"cannot read the munitions table: {exc}") from exc
    return parse_munitions(raw, p)


def munition_mode(noun, table: Munitions) -> str | None:
    """The ASSAULT mode of a munition noun ("mortar rounds" -> heavy-weapons), or None."""
    head = noun.lemma_.lower()
    keys = [f"{m.lower_} {head}" for m in noun.children if m.dep_ in ("compound", "amod") and m.i == noun.i - 1]
    return next((table.modes[k] for k in [*keys, head, noun.lower_] if k in table.modes), None)


def _fragment_source(fragment, holders, table: Munitions):
    """The munition a fragment noun comes from: its from/of-phrase (on the fragment or on the coordination that holds
    it: "the blast wave and debris from the missiles") or its modifier ("rocket fragments"), else None."""
    sources = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
               for o in p.children if o.dep_ == "pobj" and munition_mode(o, table) is not None]
    sources += [m for m in fragment.children if m.dep_ in ("compound", "amod") and m.i < fragment.i
                and munition_mode(m, table) is not None]
    return sources[0] if sources else None


def fired_munition(subj, table: Munitions):
    """The munition a subject is or carries ("debris from Ukrainian drones" -> drones), or None; the subject's
    conjuncts are read too ("the blast wave and debris from the missiles")."""
    for noun in (subj, *subj.conjuncts):
        if munition_mode(noun, table) is not None:
            return noun
        if noun.lemma_.lower() in table.fragments or noun.lower_ in table.fragments:
            source = _fragment_source(noun, (noun, subj), table)
            if source is not None:
                return source
    return None


def passive_agent(verb):
    """The by-agent of a passive verb ("were damaged by shrapnel" -> shrapnel), or None."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def munition_trigger(verb, table: Munitions | None = None, passive: bool = True):
    """The munition and the attack its arrival tells, or None: the verb reports a done act with a munition (or its
    fragments) as its active subject or (with ``passive``) its passive by-agent, and no "no" counts it away ("no
    rockets landed")."""
    table = table or load_munitions()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in table.verbs or not reported(verb):
        return None
    if verb.lemma_.lower() in table.into_only and not any(c.dep_ == "prep" and c.lower_ in ("into", "onto")
                                                          for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or (passive_agent(verb) if passive else None)
    if subj is None or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return None
    munition = fired_munition(subj, table)
    if munition is None:
        return None
    return munition, Trigger(type="ASSAULT", mode=munition_mode(munition, table), sphere="military")
