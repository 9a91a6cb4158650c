"""A weapon named by its make or model is no actor (issue 8, actors22): "Katyusha rockets fell near the embassy",
"Grad rockets", "Shahed drones", "Leopard tanks". The NER tags the model's name as a place or a body; the golds code
no weapon. A name the NER found right before a weapon noun of data/weapon_names.yaml (written in lower case), that
the actor dictionary does not list and is no demonym, and that the text never writes without a weapon noun right
after it, names no actor. "Hezbollah rockets" keeps Hezbollah (a listed actor), "Iranian drones" the demonym's state,
and a group the text also names on its own ("the Saraya X said ... Saraya X rockets") keeps its name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from ...yamlfile import read_word_sets

WEAPON_NAMES_PATH = Path(__file__).resolve().parents[2] / "data" / "weapon_names.yaml"


@dataclass(frozen=True)
class WeaponNames:
    weapon_nouns: frozenset[str]


@lru_cache(maxsize=2)
def weapon_nouns(path: str | None = None) -> frozenset[str]:
    return read_word_sets(path or WEAPON_NAMES_PATH, WeaponNames, "weapon names").weapon_nouns


def _before_weapon(doc, end: int) -> bool:
    j = end
    if j < len(doc) and doc[j].text in ("-", "\u2010", "\u2011") and not doc[j - 1].whitespace_:
        return False                           # "Grad-type": a compound modifier, read elsewhere
    return j < len(doc) and doc[j].text in weapon_nouns()


def names_a_weapon(span: Span, core: str, dictionary) -> bool:
    """The span (an entity of a parsed doc, its name `core`) names a weapon's model (see the module's doc)."""
    doc = span.doc
    if not _before_weapon(doc, span.end) or dictionary.lookup(core) is not None \
            or any(dictionary.is_demonym(t.text) for t in span):
        return False
    words = [t.text for t in span if t.lower_ != "the" or t.i > span.start]
    n = len(words)
    for i in range(len(doc) - n + 1):          # the name written elsewhere without a weapon noun after it
        if i != span.start and doc[i].text == words[0] and [t.text for t in doc[i:i + n]] == words \
                and not _before_weapon(doc, i + n):
            return False
    return True
