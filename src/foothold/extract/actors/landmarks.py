"""Places named with a lower-case landmark noun (issue 8, actors20; read on owndocs22 and owndocs28): "died at Ibn
Sina hospital", "the Kariba reservoir had lost its inflow", "the Tana river", "the Aberdare mountains". The NER reads
the name as a person or a body ("Ibn Sina", "Kariba") or tags the noun into it ("Aberdare mountains"). A name found
right before a landmark noun of data/landmarks.yaml (same line, no possessive) is a place, and its mention is widened
over the noun with the name kept as its core: resolve/within keeps the phrase as a surface form (`landmark_form`),
so the actor is named both ways, as the golds write such places either way. Not read: a name the actor dictionary
knows (a city's airport, "Baghdad airport", stays the city's mention, no form of it), a country, and a person's or
body's name the text also writes without the noun ("Kenyatta said ..." keeps Kenyatta a person)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

LANDMARKS_PATH = Path(__file__).resolve().parents[2] / "data" / "landmarks.yaml"
RETYPED = frozenset({"person", "organization"})


@dataclass(frozen=True)
class Landmarks:
    landmark_nouns: frozenset[str]


@lru_cache(maxsize=2)
def landmark_nouns(path: str | None = None) -> frozenset[str]:
    return read_word_sets(path or LANDMARKS_PATH, Landmarks, "landmarks").landmark_nouns


def landmark_form(mention, name: str) -> bool:
    """True when a place's mention is its name and one landmark noun after it ("Tana river" of "Tana")."""
    return mention.type == "place" and bool(name) and mention.text.startswith(name + " ") \
        and mention.text[len(name) + 1:] in landmark_nouns()


def landmark_places(text: str, found: list[list], known) -> None:
    """Each found name before a landmark noun made a place named with and without the noun, in place.
    ``known(name)`` is the type of the actor-dictionary entry a name is, else None."""
    nouns = landmark_nouns()
    for f in found:
        cs, ce, type_, label, core_s, core_e = f[:6]
        if type_ not in RETYPED | {"place"} or (cs, ce) != (core_s, core_e):
            continue                        # a mention already widened (a title, a division noun) is left
        if type_ in RETYPED and not label.startswith("ner:"):
            continue
        words = text[cs:ce].split(" ")
        whole = len(words) >= 2 and words[-1] in nouns and words[-2][:1].isupper() and label.startswith("ner:")
        if whole:                           # "Aberdare mountains" tagged whole: the name is before the noun
            name_end, noun_end = cs + len(" ".join(words[:-1])), ce
        else:
            m = re.match(r" ([a-z]+)\b", text[ce:ce + 20])
            if m is None or m.group(1) not in nouns:
                continue
            name_end, noun_end = ce, ce + m.end()
        name = text[cs:name_end]
        kind = known(name)
        if not name[:1].isupper() or kind is not None and (not whole or kind != "place"):
            continue
        if type_ in RETYPED and _written_alone(text, name, nouns):
            continue
        f[1], f[2], f[5] = noun_end, "place", name_end
        if type_ in RETYPED:
            f[3] = "rule:landmark"

def _written_alone(text: str, name: str, nouns: frozenset[str]) -> bool:
    """The name written somewhere with no landmark noun after it."""
    for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
        after = re.match(r" ([a-z]+)\b", text[m.end():m.end() + 20])
        if after is None or after.group(1) not in nouns:
            return True
    return False
