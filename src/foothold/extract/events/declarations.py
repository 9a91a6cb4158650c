"""What is declared types a declaration no cue types (issue 8, evrecall3; vocabulary in data/declarations.yaml):
"the president declared three days of national mourning" (SUPPORT), "the electoral body declared Bongo the winner"
(SUPPORT appointment), "the government declared a defensive war against the junta" (THREATEN), "Noboa declared an
internal armed conflict" (COERCE restrict). Read by speech.statement_reading after the cues; the declared noun is
looked for in the verb's own complements (not in a conjoined clause)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import DataFileError
from ...yamlfile import load_yaml

DECLARATIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "declarations.yaml"
SKIPPED_DEPS = frozenset({"conj", "cc", "punct", "nsubj", "nsubjpass", "advcl", "mark"})


@dataclass(frozen=True)
class Declarations:
    verbs: frozenset[str]
    declared: dict                  # lemma or "modifier head" -> (type, mode)


@lru_cache(maxsize=2)
def declarations(path: str | None = None) -> Declarations:
    """data/declarations.yaml, validated when loaded."""
    where = path or DECLARATIONS_PATH
    with open(where, encoding="utf-8") as fh:
        raw = load_yaml(fh.read())
    if not isinstance(raw, dict) or not isinstance(raw.get("verbs"), list) or not isinstance(raw.get("declared"), dict) \
            or any(not isinstance(v, dict) or not v.get("type") for v in raw["declared"].values()):
        raise DataFileError("declarations file needs `verbs` and `declared` (noun -> type, mode)", path=str(where))
    return Declarations(frozenset(str(v).lower() for v in raw["verbs"]),
                        {str(k).lower(): (v["type"], v.get("mode")) for k, v in raw["declared"].items()})


def declared_type(verb) -> tuple[str, str | None] | None:
    """(type, mode) of what the declaring verb declares, else None."""
    table = declarations()
    if verb.lemma_.lower() not in table.verbs:
        return None
    for c in verb.children:
        if c.dep_ in SKIPPED_DEPS or c.i < verb.i:
            continue
        for t in c.subtree:
            keys = {t.lemma_.lower()} | {f"{m.lower_} {t.lemma_.lower()}" for m in t.children
                                         if m.dep_ in ("amod", "compound") and m.i < t.i}
            hit = next((table.declared[k] for k in sorted(keys, key=len, reverse=True) if k in table.declared), None)
            if hit is not None:
                return hit
    return None
