"""A party written with and without its closing head word is one actor (issue 8, actors20; read on owndocs28):
"the opposition Move Forward Party, which ..." and "the court dissolved Move Forward". `within._merge_short_bodies`
joins a one-word short form ("Likud" of "Likud Party") and a name's tail ("the Regional Government"), not a two- or
three-word name without its head; and the NER often types such a headless name a person. A cluster named only by
one phrase of one to three capitalised words, no state or demonym among them and no dictionary entry, that is exactly
one organisation's name less its closing party head (data/party_forms.yaml `party_heads`) joins that organisation: an
organisation cluster always, a person or place cluster only when the NER alone typed it (its mentions then vote
organisation). Read after `_merge_short_bodies`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..yamlfile import read_word_sets

PARTY_FORMS_PATH = Path(__file__).resolve().parents[1] / "data" / "party_forms.yaml"


@dataclass(frozen=True)
class PartyForms:
    party_heads: frozenset[str]


@lru_cache(maxsize=2)
def party_heads(path: str | None = None) -> frozenset[str]:
    return read_word_sets(path or PARTY_FORMS_PATH, PartyForms, "party forms", keep_case=("party_heads",)).party_heads


def merge_party_forms(clusters: list, is_state_word) -> list:
    """Clusters with each headless party name joined to its party; ``is_state_word(word)`` is true for a country's
    name or a demonym."""
    heads = party_heads()
    out = list(clusters)
    for c in list(out):
        words = _phrase(c, is_state_word)
        if words is None:
            continue
        type_ = c.type()
        if type_ != "organization" and not (type_ in ("person", "place") and _guessed(c)):
            continue
        targets = [o for o in out if o is not c and o.type() == "organization"
                   and any(_headed(n, words, heads) for n in o.names)]
        if len(targets) != 1:
            continue
        if type_ != "organization":
            for m in c.mentions:
                m.type = "organization"       # the NER's guess yields to the party's name
        targets[0].add(c, f"'{' '.join(words)}' is the name of '{targets[0].names[0]}' without its head word")
        out = [x for x in out if x is not c]
    return out


def _guessed(c) -> bool:
    """Only the NER or a shape rule typed the cluster: no dictionary, title or head word behind its type."""
    return all(m.source in ("ner", "rule") for m in c.mentions)


def _phrase(c, is_state_word) -> list[str] | None:
    names = {n.replace("\u2019s", "").replace("'s", "") for n in c.names}
    if len(names) != 1 or c.dictionary_id:
        return None
    words = next(iter(names)).split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or any(is_state_word(w) for w in words):
        return None
    return words


def _headed(name: str, words: list[str], heads: frozenset[str]) -> bool:
    """The name is the words and one party head after them, an article before them allowed."""
    own = name.split()
    if own and own[0].lower() == "the":
        own = own[1:]
    return len(own) == len(words) + 1 and own[:-1] == words and own[-1] in heads
