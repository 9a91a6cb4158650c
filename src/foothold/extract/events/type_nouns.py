"""Definite type nouns that stand for the latest named actor of their type (issue 8, anaphora): "the mercenaries",
"the militiamen", "the kingdom". The vocabulary is data/type_nouns.yaml (actor type -> nouns), validated when
loaded; `arguments.unnamed_group` reads it as `GROUP_NOUNS` (noun -> the actor types it may stand for)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...errors import DataFileError
from ...yamlfile import load_yaml

TYPE_NOUNS_PATH = Path(__file__).resolve().parents[2] / "data" / "type_nouns.yaml"
ACTOR_TYPES = ("person", "organization", "media", "country", "place")


@lru_cache(maxsize=2)
def type_nouns(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """noun -> the actor types it stands for; a DataFileError for an unknown type, a list that is not of words,
    or a noun listed under two types (which one a reference means would be a guess)."""
    p = path or TYPE_NOUNS_PATH
    with open(p, encoding="utf-8") as fh:
        data = load_yaml(fh.read())
    if not isinstance(data, dict) or not data:
        raise DataFileError("type nouns file needs a mapping of actor types to lists of nouns", path=str(p))
    nouns: dict[str, tuple[str, ...]] = {}
    for kind, words in data.items():
        if kind not in ACTOR_TYPES:
            raise DataFileError(f"type nouns file: unknown actor type {kind!r}", path=str(p))
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise DataFileError(f"type nouns file: {kind} needs a list of nouns", path=str(p))
        for w in words:
            if w.lower() in nouns:
                raise DataFileError(f"type nouns file: {w!r} is listed twice", path=str(p))
            nouns[w.lower()] = (kind,)
    return nouns
