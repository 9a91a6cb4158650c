"""Statement cues kept beside plover.yaml (data/statement_cues.yaml; issue 8, evcand7), appended to its `cues`
before the lexicon is validated.

A said clause the rules do not type ("skipped: statement_without_cue") is often typed by a word or phrase plover.yaml's
flow lists lack: a characterisation ("called the vote an 'unfriendly step'", "said the protesters were 'the enemy of
the people'"), a warning ("there are acts that have consequences"), a pledge told as a future ("said its forces
would respect the truce", "would not be a launching pad for attacks on its neighbours", "would set up a joint
secretariat"). The file maps a PLOVER type of `cue_order` to a block list of cues, matched as plover.yaml's are (word
prefixes; a phrase closing on a closed word ends there; cue_exclusions hold). A cue already in plover.yaml under any
type is an error (E211), so no cue has two entries to drift apart.
"""

from __future__ import annotations

import copy
from pathlib import Path

from ...yamlfile import load_yaml

STATEMENT_CUES_PATH = Path(__file__).resolve().parents[2] / "data" / "statement_cues.yaml"


def read_statement_cues(path: Path = STATEMENT_CUES_PATH) -> dict:
    """The supplement's mapping type -> cues ({} when the file is absent); raises ValueError when malformed."""
    if not path.exists():
        return {}
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: a mapping of PLOVER types to lists of cues")
    for etype, cues in raw.items():
        if not isinstance(cues, list) or not cues or not all(isinstance(c, str) and c.strip() for c in cues):
            raise ValueError(f"{path}: `{etype}` must be a list of cue words or phrases")
    return raw


def with_statement_cues(raw: dict, extra: dict) -> dict:
    """plover.yaml's raw mapping with the supplement's cues appended; raises ValueError on a type outside
    `cue_order` or a cue plover.yaml (or the supplement) already holds."""
    if not extra:
        return raw
    order = list(raw.get("cue_order") or ())
    seen = {str(c).lower(): t for t, cues in (raw.get("cues") or {}).items() for c in cues or ()}
    out = copy.deepcopy(raw)
    for etype, cues in extra.items():
        if etype not in order:
            raise ValueError(f"`{etype}` is not a type of plover.yaml's cue_order {order}")
        for cue in cues:
            key = cue.lower().strip()
            if key in seen:
                raise ValueError(f"{etype}: cue {cue!r} is already listed (under {seen[key]})")
            seen[key] = etype
            out["cues"].setdefault(etype, [])
            out["cues"][etype] = list(out["cues"][etype]) + [key]
    return out
