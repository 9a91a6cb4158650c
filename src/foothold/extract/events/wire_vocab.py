"""Wire vocabulary kept beside the PLOVER lexicon (data/wire_vocab.yaml), merged into plover.yaml's raw mapping
before it is validated (issue 8: older newswire words no trigger read).

The file adds what plover.yaml lacks and never restates it: `verbs` and `nouns` are new keys only, `phrases` are
appended, and `extend` lengthens the lists of a verb plover.yaml already has (`only_objects`, `or_objects`,
`by_object`). A `by_object` sense added to a verb whose sense lists its objects also lists them, so the new object
reaches its sense ("burned flags": a protest, CAMEO 141, beside the listed "burned houses"). A key written in both
files is an error (E211), so no word has two entries to drift apart.
"""

from __future__ import annotations

import copy
from pathlib import Path

from ...yamlfile import load_yaml

WIRE_VOCAB_PATH = Path(__file__).resolve().parents[2] / "data" / "wire_vocab.yaml"
EXTENDED_LISTS = ("only_objects", "or_objects", "by_object")


def read_wire_vocab(path: Path = WIRE_VOCAB_PATH) -> dict:
    """The supplement's raw mapping ({} when the file is absent)."""
    if not path.exists():
        return {}
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or set(raw) - {"verbs", "nouns", "phrases", "extend", "conceded_freedoms",
                                                "conceded_restraints"}:
        raise ValueError(f"{path}: a mapping of verbs, nouns, phrases, extend, conceded_freedoms and conceded_restraints")
    return raw


def merged(raw: dict, extra: dict) -> dict:
    """plover.yaml's raw mapping with the supplement added; raises ValueError on a key both hold."""
    if not extra:
        return raw
    out = copy.deepcopy(raw)
    for section in ("verbs", "nouns"):
        for key, spec in (extra.get(section) or {}).items():
            if key in out[section]:
                raise ValueError(f"{section}.{key} is in plover.yaml already: extend it there or under `extend`")
            out[section][key] = spec
    out["phrases"] = list(out["phrases"]) + list(extra.get("phrases") or [])
    for verb, more in ((extra.get("extend") or {}).get("verbs") or {}).items():
        _extend_verb(out["verbs"], verb, more)
    return out


def _extend_verb(verbs: dict, verb: str, more: dict) -> None:
    if verb not in verbs:
        raise ValueError(f"extend.verbs.{verb}: plover.yaml has no such verb (add it under `verbs`)")
    if not isinstance(more, dict) or set(more) - set(EXTENDED_LISTS):
        raise ValueError(f"extend.verbs.{verb}: only {EXTENDED_LISTS} can be extended")
    spec = verbs[verb]
    for key in EXTENDED_LISTS:
        spec[key] = list(spec.get(key) or []) + list(more.get(key) or [])
        if not spec[key]:
            del spec[key]
    if spec.get("only_objects"):      # a new object sense must reach its sense past the listed objects
        senses = [w for sense in more.get("by_object") or () for w in sense.get("objects", ())]
        spec["only_objects"] += [w for w in senses if w not in spec["only_objects"]]
