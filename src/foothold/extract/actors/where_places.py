"""A name a relative "where" follows is a place (issue 8, actors20; read on owndocs22): "Milei visited Ushuaia, where
he announced a naval base". The NER takes such one-off names for people or bodies. A name only the NER found, no
actor-dictionary entry, directly followed by ", where" and after a word of its sentence (a verb or preposition: not an address opening the
sentence) is a place (the tuning texts' 21 names before ", where" are all
places or countries)."""

from __future__ import annotations

import re

WHERE = re.compile(r",\s+where\b")


def where_places(text: str, found: list[list], known) -> None:
    """Retype, in place, each NER-found person or body name a ", where" clause follows; ``known(name)`` is true for
    a name the actor dictionary knows."""
    for f in found:
        if f[2] not in ("person", "organization") or not f[3].startswith("ner:") or (f[0], f[1]) != (f[4], f[5]):
            continue
        before = text[max(0, f[0] - 40):f[0]].rstrip()
        if not before or not before[-1].isalpha():
            continue                    # "Ochieng, where are you going?": an address opening the sentence
        if WHERE.match(text, f[1]) and not known(text[f[0]:f[1]]):
            f[2], f[3] = "place", "rule:where_place"
