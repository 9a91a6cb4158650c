"""A verb's sense told by one of its prepositional phrases (issue 8, evtype3; data/prep_senses.yaml).

"resigned in protest" refuses (REJECT), "accepted X as ambassador" recognises (SUPPORT), "supported the operations
with medical evacuation assistance" gives help (AID): the phrase, not the verb alone, says which act it is.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import DataFileError
from ...yamlfile import load_yaml

PREP_SENSES_PATH = Path(__file__).resolve().parents[2] / "data" / "prep_senses.yaml"
PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@dataclass(frozen=True)
class PrepSense:
    verbs: frozenset[str]
    prep: str
    objects: frozenset[str]
    type: str
    mode: str
    sphere: str


def _sense(path, i: int, raw) -> PrepSense:
    keys = ("verbs", "prep", "objects", "type", "mode", "sphere")
    if not isinstance(raw, dict) or any(k not in raw for k in keys) or raw["type"] not in PLOVER_TYPES \
            or not all(isinstance(raw[k], list) and raw[k] for k in ("verbs", "objects")):
        raise DataFileError(f"prep_senses.yaml senses[{i}]: needs {', '.join(keys)} with a PLOVER type",
                            path=str(path))
    return PrepSense(frozenset(str(v).lower() for v in raw["verbs"]), str(raw["prep"]).lower(),
                     frozenset(str(o).lower() for o in raw["objects"]), raw["type"], str(raw["mode"]),
                     str(raw["sphere"]))


@lru_cache(maxsize=2)
def prep_senses(path: str | None = None) -> tuple[PrepSense, ...]:
    """data/prep_senses.yaml, validated when loaded."""
    p = path or PREP_SENSES_PATH
    with open(p, encoding="utf-8") as fh:
        data = load_yaml(fh.read())
    if not isinstance(data, dict) or not isinstance(data.get("senses"), list):
        raise DataFileError("prep_senses.yaml needs a list `senses`", path=str(p))
    return tuple(_sense(p, i, s) for i, s in enumerate(data["senses"]))


def _phrases(verb, prep: str):
    """The verb's (or its direct object's) prepositional phrases opened by ``prep``."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == prep]


def prep_sense(verb) -> PrepSense | None:
    """The first listed sense whose verb and phrase the trigger verb has."""
    lemma = verb.lemma_.lower()
    for sense in prep_senses():
        if lemma in sense.verbs and any(t.lemma_.lower() in sense.objects or t.lower_ in sense.objects
                                        for p in _phrases(verb, sense.prep) for t in p.subtree if t.i != p.i):
            return sense
    return None
