"""What kind of object an actor becomes in exports that distinguish kinds.

STIX has identity / threat-actor / intrusion-set / location; the rule for
armed and cyber groups is data (``data/export/armed_groups.yaml``, documented
there): an organisation is a threat actor when its names, its actor-dictionary
entry or the words right beside its mentions ("X, an Iran-backed militia") say
it is an armed group -- never because of what a text says it did (states
strike too), and never for state bodies or state-sanctioned umbrellas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import DataFileError
from ..resolve.names import normalise_name
from ..yamlfile import load_yaml

DATA = "data/export/armed_groups.yaml"


@dataclass(frozen=True)
class GroupRules:
    armed_names: frozenset[str]
    armed_words: re.Pattern
    state_words: re.Pattern
    keep_identity: frozenset[str]
    dictionary_ids: frozenset[str]
    cyber_words: re.Pattern
    described_after: re.Pattern      # text right after a mention: "X militia", "X, an Iran-backed militia"
    described_before: re.Pattern     # text right before a mention: "the militia X"


def _words(words: list[str]) -> re.Pattern:
    keys = sorted({normalise_name(w) for w in words}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b" if keys else r"(?!)")


@lru_cache(maxsize=1)
def group_rules() -> GroupRules:
    path = resources.files("foothold").joinpath(DATA)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        armed, cyber = data["armed_group"], data["intrusion_set"]
        lists = [armed["names"], armed["words"], armed["state_words"], armed["keep_identity"],
                 armed["dictionary_ids"], armed["descriptors"], cyber["words"]]
        if data.get("version") != 1 or not all(isinstance(x, list) and all(isinstance(w, str) for w in x) for x in lists):
            raise ValueError("version 1 with lists of strings expected")
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"invalid armed-group rules: {exc}", path=str(path),
                            fix="Restore the file from the repository or fix its YAML.") from exc
    nouns = "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in sorted(armed["descriptors"], key=len, reverse=True))
    after = re.compile(rf"^(?:\s+|\s*,\s*(?:an?|the|one)\s+(?:[\w'-]+\s+){{0,4}}?)(?:{nouns})\b", re.I)
    before = re.compile(rf"\b(?:{nouns})\s*,?\s*$", re.I)
    return GroupRules(frozenset(normalise_name(n) for n in armed["names"]), _words(armed["words"]),
                      _words(armed["state_words"]), frozenset(normalise_name(n) for n in armed["keep_identity"]),
                      frozenset(armed["dictionary_ids"]), _words(cyber["words"]), after, before)


def group_kind(names: list[str], dictionary_id: str | None = None) -> str | None:
    """'armed' | 'cyber' | None for an organisation known by ``names`` (and its dictionary entry)."""
    rules = group_rules()
    keys = [normalise_name(n) for n in names if n]
    if any(k in rules.keep_identity for k in keys):
        return None
    if dictionary_id and dictionary_id in rules.dictionary_ids:
        return "armed"
    if any(rules.cyber_words.search(k) for k in keys):
        return "cyber"
    if any(k in rules.armed_names for k in keys):
        return "armed"
    if any(rules.armed_words.search(k) and not rules.state_words.search(k) for k in keys):
        return "armed"
    return None


def described_as_armed(contexts: list[tuple[str, str]]) -> bool:
    """Whether the text calls an organisation an armed group beside one of its mentions.

    ``contexts``: (text before, text after) each mention, a few dozen characters each.
    """
    rules = group_rules()
    return any(rules.described_after.search(after) or rules.described_before.search(before)
               for before, after in contexts)


def actor_kind(actor: dict) -> str | None:
    """'armed' | 'cyber' | None for a store actor row (``aliases``, ``dictionary_id``, ``described_armed``:
    ``select.actors(contexts=True)``)."""
    if actor["type"] != "organization":
        return None
    names = [actor["name"], *actor.get("aliases", [])]
    kind = group_kind(names, actor.get("dictionary_id"))
    if kind is None and actor.get("described_armed"):
        rules = group_rules()
        if not any(k in rules.keep_identity or rules.state_words.search(k) for k in map(normalise_name, names)):
            kind = "armed"
    return kind


def stix_type(actor: dict) -> str:
    """identity | threat-actor | intrusion-set | location for a store actor row (with aliases)."""
    if actor["type"] in ("country", "place"):
        return "location"
    if actor["type"] == "organization":
        kind = actor_kind(actor)
        if kind == "armed":
            return "threat-actor"
        if kind == "cyber":
            return "intrusion-set"
    return "identity"
