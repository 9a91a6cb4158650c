"""A name joined by a spaced Romance particle is one name ("Santiago de Cuba", "Electricité du Laos", "Banco de la
Nación"): the NER and the dictionary read the state or place after the particle as a name of its own and the words
before it as another (or keep the particle at the end of the first: "Electricité du"), or find a place before it and
nothing after it ("Bajada" of "Bajada del Agrio": the place takes the particle and the one word after it). Two pieces found on either
side of a lower-case particle, with single spaces and nothing else between, are one name typed as the first piece (a
person's guess before a state as a body) (issue 8, actors17; `tests/test_actors_names17.py`)."""

from __future__ import annotations

import re

PARTICLE = r"(?:de la|de los|de las|de|du|des|del|della|di|da|do|dos|das)"
BETWEEN = re.compile(rf" {PARTICLE} ")      # "Santiago" + " de " + "Cuba"
TRAILING = re.compile(rf" {PARTICLE}$")      # "Electricité du" + " " + "Laos"


def particle_names(text: str, found: list[list], add) -> None:
    """Join each pair of pieces that a particle links into one mention."""
    by_start = {f[0]: f for f in found}
    for first in sorted(found, key=lambda f: f[0]):
        if first not in found:
            continue
        second = _linked(text, first, by_start)
        if second is None and first[2] == "place" and text[first[0]].isupper():
            _extend_untagged(text, first, found)   # "Bajada" + " del Agrio": the rest was found nowhere
            continue
        if second is None or second not in found or not text[first[0]].isupper():
            continue
        found.remove(first)
        found.remove(second)
        add(first[0], second[1], _joined_type(first[2], second[2]), "rule:particle_name")


def _joined_type(first: str, second: str) -> str:
    """The first piece's type; a state is no part of a person's name, so "X du <state>" guessed a person is a body
    ("Electricité du Mali")."""
    return "organization" if first == "person" and second == "country" else first


def _linked(text: str, first: list, by_start: dict[int, list]):
    """The piece a particle joins to `first`, or None."""
    end = first[1]
    if TRAILING.search(text[first[0]:end]) and text[end:end + 1] == " ":
        return by_start.get(end + 1)          # "Electricité du" + "Laos"
    m = re.match(rf" {PARTICLE} (?=[A-Z])", text[end:end + 12])
    return by_start.get(end + m.end()) if m else None


UNTAGGED = re.compile(rf" {PARTICLE} ([A-Z][a-z\u00e0-\u00ff]+)\b(?! [A-Z])")


def _extend_untagged(text: str, first: list, found: list[list]) -> None:
    """A place found before a particle and one capitalised word that nothing found covers is that place's name
    whole ("near Bajada del Agrio in Neuquen", "Ciudad del Este"; actors19): the mention is widened over them."""
    m = UNTAGGED.match(text, first[1])
    if m is None or first[5] != first[1] or any(f[0] < m.end() and m.start() < f[1] for f in found if f is not first):
        return
    first[1] = first[5] = m.end()
