"""A place written with its division noun ("Kunduz province", "Mosul district") or after a place noun and "of"
("the city of Goma") is a surface form of the place: FORMAT.md keeps every surface form the text uses in name +
aliases. The mention was widened to the phrase by actors/widening._widen, its name kept as the core; a part of a
place ("northern Iraq") is no surface form of it and is not read here."""

from __future__ import annotations

from ..extract.actors.widening import DIVISION_NOUNS


def place_with_noun(mention, name: str, kind_nouns: set[str]) -> bool:
    """True when the place mention is its name and one division noun after it, or a noun of the place's own kind
    and "of" before it (lexicon.yaml `place_kind_nouns`: "the city of Goma", not "the airport of Goma")."""
    if mention.type != "place" or not name:
        return False
    text = mention.text
    if text.startswith(name + " "):
        rest = text[len(name) + 1:]
        return rest in DIVISION_NOUNS
    if text.endswith(" of " + name):
        noun = text[:-len(name) - 4]
        return noun in kind_nouns
    return False
