"""The chamber a bare speaker heads (issue 8, reltitle5): "Speaker X declared the decree invalid" in a story that names
the National Assembly as an actor — the speaker leads the one chamber the text names, as the golds code it ("Speaker
Woo Won-shik" leads the National Assembly). A chamber written as another speaker's own ("Senate Speaker Y") is that
speaker's, not the bare one's; two chambers left, or none, and the bare speaker keeps the older reading (no tie).
Chamber words by title in roles.yaml `chamber_heads`, validated when loaded."""

from __future__ import annotations

from functools import lru_cache

from ...errors import DataFileError
from ...resolve.names import normalise_name
from ...yamlfile import load_yaml
from .index import Ref
from .lexicon import ROLES_PATH


@lru_cache(maxsize=2)
def chamber_words(path: str | None = None) -> dict[tuple[str, ...], frozenset[str]]:
    """roles.yaml `chamber_heads`: a title (lower case) -> the head words of the chambers it heads."""
    p = path or ROLES_PATH
    with open(p, encoding="utf-8") as fh:
        data = load_yaml(fh.read()).get("chamber_heads")
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, list) and v and all(
            isinstance(w, str) for w in v) for k, v in data.items()):
        raise DataFileError("roles file needs chamber_heads: a title -> a list of chamber words", path=str(p))
    return {tuple(k.lower().split()): frozenset(w.lower() for w in v) for k, v in data.items()}


def named_chamber(reader, t) -> Ref | None:
    """The one chamber the text names for a bare chamber title ``t`` (no state or body in its phrase), else None."""
    words = chamber_words().get(t.words)
    if words is None or t.obj is not None or t.premodifier is not None or t.country is not None:
        return None
    chambers = {a.id for a in reader.ctx.actors if a.type == "organization" and chamber_head(a.name) in words}
    chambers -= owned_by_other_holder(reader, t.words, chambers)
    return Ref(chambers.pop(), "organization", t.title_start, t.title_end) if len(chambers) == 1 else None


def chamber_head(name: str) -> str | None:
    """The head word of a body's name, the word before its first of/for ("House of Representatives": house)."""
    words = normalise_name(name).split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return words[cut - 1] if cut > 0 else None


def owned_by_other_holder(reader, title: tuple[str, ...], chambers: set[str]) -> set[str]:
    """The chambers written right before the title word somewhere in the text ("Senate Speaker Y")."""
    out = set()
    for j in range(1, len(reader.doc)):
        if tuple(reader.words[j:j + len(title)]) == title:
            r = reader.idx.ref_ending(j - 1)
            if r is not None and r.actor in chambers:
                out.add(r.actor)
    return out
