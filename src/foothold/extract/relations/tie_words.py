"""Word lists and verb → preposition maps of one roles.yaml section, validated when loaded (issue 8, relrecall4):
the loader the readers of membership verbs, missions, state ownership and control share."""

from __future__ import annotations

from functools import lru_cache

from ...errors import DataFileError
from ...yamlfile import load_yaml
from .lexicon import ROLES_PATH


@lru_cache(maxsize=16)
def section_words(section: str, lists: tuple[str, ...], maps: tuple[str, ...] = (), path: str | None = None) -> dict:
    """roles.yaml `section`: each of `lists` a list of words (frozenset), each of `maps` a mapping of a verb lemma
    to a list of prepositions (dict of frozensets); a DataFileError naming the section otherwise."""
    p = path or ROLES_PATH
    with open(p, encoding="utf-8") as fh:
        data = load_yaml(fh.read())
    data = data.get(section) if isinstance(data, dict) else None
    if not isinstance(data, dict) or not all(_words(data.get(k)) for k in lists) or not all(
            isinstance(data.get(k), dict) and all(_words(v) for v in data[k].values()) for k in maps):
        raise DataFileError(f"roles file needs {section} with lists {', '.join(lists) or '-'} and maps "
                            f"{', '.join(maps) or '-'} (verb: [prepositions])", path=str(p))
    out: dict = {k: frozenset(w.lower() for w in data[k]) for k in lists}
    out.update({k: {str(v).lower(): frozenset(w.lower() for w in ws) for v, ws in data[k].items()} for k in maps})
    return out


def _words(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(w, str) and w for w in value)
