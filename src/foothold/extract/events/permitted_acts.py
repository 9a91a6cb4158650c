"""An act permitted is conceded, not done (issue 8, evtypes; vocabulary in data/permissions.yaml).

A permission verb carrying an act noun ("the ministry approved the transfer of the frozen funds", "the committee
granted Peru an exemption from the embargo") tells a decision, not the act itself: permitting a release, a handover
or an easing is a verbal concession (PLOVER CONCEDE: "easing of administrative or legal restrictions"; formal pardons
are CONCEDE, the actual release RETREAT). The carried act's own type stays for every other verb ("carried out the
handover")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .triggers import Found

PERMISSIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "permissions.yaml"


@dataclass(frozen=True)
class PermissionWords:
    permitting_verbs: frozenset[str]
    permitted_types: frozenset[str]


@lru_cache(maxsize=2)
def permission_words(path: str | None = None) -> PermissionWords:
    """data/permissions.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or PERMISSIONS_PATH, PermissionWords, "permissions", keep_case=("permitted_types",))


def permitted_act(f: Found, etype: str, mode, sphere):
    """CONCEDE for a retreat a permission verb carries ("approved the transfer"), else the type unchanged."""
    words = permission_words()
    if f.kind == "light" and etype in words.permitted_types and f.token.lemma_.lower() in words.permitting_verbs:
        return "CONCEDE", "concede", sphere
    return etype, mode, sphere
