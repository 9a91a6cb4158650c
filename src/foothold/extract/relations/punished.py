"""A bare-titled holder whom the sentence designates, sanctions or indicts (issue 8, relrecall3): "WASHINGTON — OFAC
designated First Lady X and Vice President Y" — a state punishes another's officials, so the story's guess (the
dateline's, the issuer's, the title's state) gives Y no state. Verbs: roles.yaml `punished_holders`."""

from __future__ import annotations

from functools import lru_cache

from ...yamlfile import read_word_set
from .index import Ref
from .lexicon import ROLES_PATH

NAME_DEPS = ("compound", "appos", "flat", "conj")


@lru_cache(maxsize=2)
def punitive_verbs(path: str | None = None) -> frozenset:
    return read_word_set(path or ROLES_PATH, "punitive_verbs", "roles (punished_holders)", section="punished_holders")


def punished(reader, holder: Ref) -> bool:
    """The holder's name is the object of a punitive verb (active object or passive subject)."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in NAME_DEPS and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return tok.head.lemma_.lower() in punitive_verbs()
