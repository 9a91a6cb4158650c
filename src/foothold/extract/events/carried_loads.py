"""What a convoy, a truck or a plane sent carries is what was sent (issue 8, evskip5; data/carried_loads.yaml).

"sent a convoy of eleven trucks carrying medical aid to Iraq", "dispatched three planes loaded with food": the
verb's direct object is the vehicle, which none of `send`'s listed objects in plover.yaml names, and the act was read
as the verb's other sense. The load the vehicle carries (the object of a carrying participle set on the vehicle or on
the vehicles a convoy "of" holds, or a "with" after "loaded"/"laden") is read with the objects, so the aid sent is
found (PLOVER AID) and a convoy sent with nothing named stays out. Read in `material.acted_objects`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set

LOADS_PATH = Path(__file__).resolve().parents[2] / "data" / "carried_loads.yaml"


@lru_cache(maxsize=2)
def conveyors(path: str | None = None) -> frozenset[str]:
    """data/carried_loads.yaml: the vehicles and groups of vehicles that carry a load, validated when loaded."""
    return read_word_set(path or LOADS_PATH, "conveyors", "carried loads")


@lru_cache(maxsize=2)
def carrying_verbs(path: str | None = None) -> frozenset[str]:
    """data/carried_loads.yaml: the participles that tell the load ("carrying", "loaded with")."""
    return read_word_set(path or LOADS_PATH, "carrying_verbs", "carried loads")


def _listed(tok, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _loads_of(vehicle, verbs: frozenset[str]) -> list:
    """The nouns a participle set on the vehicle says it carries ("trucks carrying aid", "planes loaded with food")."""
    out = []
    for part in vehicle.children:
        if part.dep_ not in ("acl", "amod") or not _listed(part, verbs):
            continue
        loads = [c for c in part.children if c.dep_ == "dobj"] or [
            o for p in part.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        out += [x for load in loads for x in (load, *load.conjuncts)]
    return out


def carried_loads(objects: list) -> list:
    """The loads the vehicles among the objects carry: on the vehicle itself, or on the vehicles a convoy, a
    column or a fleet "of" holds; nothing for an object that is no vehicle."""
    vehicles, verbs = conveyors(), carrying_verbs()
    out = []
    for o in objects:
        if not _listed(o, vehicles):
            continue
        held = [v for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for v in p.children if v.dep_ == "pobj"]
        for v in (o, *held):
            out += [x for x in _loads_of(v, verbs) if x not in objects and x not in out]
    return out
