"""Objects a verb's listed objects miss (issue 8, evskip2; data/object_senses.yaml).

A verb entry in plover.yaml that holds only for the objects it lists (`only_objects`) dropped the act as the verb's
other sense when its object was a ship or an accord: "delivered two patrol boats" (AID), "sent a patrol ship to
follow the convoy" (MOBILIZE), "the frigate entered the harbour" (MOBILIZE, only for a warship as subject),
"suspended the treaty" (SANCTION), "suspended bus trips of pilgrims" (COERCE restrict). This reads the data file's
senses for such an object, on a verb whose object was otherwise judged of the wrong sense. Read in
`material.object_sense`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import DataFileError
from ...model import EVENT_TYPES
from ...yamlfile import load_yaml
from .lexicon import SPHERES

SENSES_PATH = Path(__file__).resolve().parents[2] / "data" / "object_senses.yaml"
_KEYS = {"verbs", "objects", "modified_objects", "modified_subjects", "modifiers", "subjects", "type", "mode", "sphere"}


@dataclass(frozen=True)
class ObjectSense:
    verbs: frozenset[str]
    objects: frozenset[str]
    modified_objects: frozenset[str]    # meet the sense only with one of `modifiers` ("a patrol boat")
    modifiers: frozenset[str]
    modified_subjects: frozenset[str]   # a subject ship word with one of `modifiers` ("naval vessels entered")
    subjects: frozenset[str]        # empty: any subject
    type: str
    mode: str | None
    sphere: str | None


def _words(path, where: str, value) -> frozenset[str]:
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise DataFileError(f"{path}: {where} must be a non-empty list of words")
    return frozenset(w.strip().lower() for w in value)


@lru_cache(maxsize=2)
def object_senses(path: str | None = None) -> tuple[ObjectSense, ...]:
    """data/object_senses.yaml: each sense's verbs, objects, subjects and type, validated when loaded."""
    path = Path(path or SENSES_PATH)
    data = load_yaml(path.read_text(encoding="utf-8"))
    rows = data.get("senses") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows:
        raise DataFileError(f"{path}: needs a non-empty list `senses`")
    out = []
    for i, row in enumerate(rows):
        where = f"senses[{i}]"
        if not isinstance(row, dict) or set(row) - _KEYS or row.get("type") not in EVENT_TYPES:
            raise DataFileError(f"{path}: {where} needs verbs, objects and a PLOVER type (keys: {sorted(_KEYS)})")
        if row.get("sphere") is not None and row["sphere"] not in SPHERES:
            raise DataFileError(f"{path}: {where}.sphere must be one of {SPHERES}")
        if row.get("mode") is not None and not isinstance(row["mode"], str):
            raise DataFileError(f"{path}: {where}.mode must be a word")
        out.append(ObjectSense(_words(path, f"{where}.verbs", row.get("verbs")),
                               _words(path, f"{where}.objects", row.get("objects")),
                               *_modified(path, where, row),
                               _words(path, f"{where}.subjects", row["subjects"]) if "subjects" in row else frozenset(),
                               row["type"], row.get("mode"), row.get("sphere")))
    return tuple(out)


def _modified(path, where: str, row: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    modified = [k for k in ("modified_objects", "modified_subjects") if k in row]
    if bool(modified) != ("modifiers" in row):
        raise DataFileError(f"{path}: {where} needs `modifiers` with `modified_objects` or `modified_subjects`")
    if "modifiers" not in row:
        return frozenset(), frozenset(), frozenset()
    return (_words(path, f"{where}.modified_objects", row["modified_objects"]) if "modified_objects" in row
            else frozenset(), _words(path, f"{where}.modifiers", row["modifiers"]),
            _words(path, f"{where}.modified_subjects", row["modified_subjects"]) if "modified_subjects" in row
            else frozenset())


def _modified_by(tok, modifiers) -> bool:
    """A listed modifier on the noun, or conjoined to one ("political, military and humanitarian support")."""
    return any(c.dep_ in ("compound", "amod") and any(_listed(m, modifiers) for m in (c, *c.conjuncts))
               for c in tok.children)


def _meets(o, sense: ObjectSense) -> bool:
    """The object is one of the sense's nouns, or a plain ship word with a listed modifier ("patrol boats")."""
    return _listed(o, sense.objects) or _listed(o, sense.modified_objects) and _modified_by(o, sense.modifiers)


def _subject_meets(s, sense: ObjectSense) -> bool:
    return _listed(s, sense.subjects) or _listed(s, sense.modified_subjects) and _modified_by(s, sense.modifiers)


def _listed(tok, words) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _subjects(verb) -> list:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ == "conj":      # "the frigate left Bergen and entered the harbour"
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [*subj, *(x for s in subj for x in s.conjuncts)]


def object_sense_of(verb, objects: list, path: str | None = None) -> ObjectSense | None:
    """The data file's sense for the verb and one of its objects (and its subject, where the sense names
    subjects), or None."""
    lemma = verb.lemma_.lower()
    for sense in object_senses(path):
        if lemma not in sense.verbs or not any(_meets(o, sense) for o in objects):
            continue
        if (sense.subjects or sense.modified_subjects) and not any(_subject_meets(s, sense)
                                                                   for s in _subjects(verb)):
            continue
        return sense
    return None
