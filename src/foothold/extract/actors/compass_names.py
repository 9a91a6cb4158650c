"""A compass word opening a body's name (issue 8, actors19; read on owndocs22 and owndocs28). After "the", the NER
often leaves a capitalised compass adjective out of the name it opens ("the Southern Iraq Rights Monitor" tagged
"Southern" + "Iraq Rights Monitor", "the Northern Kenya Pastoralists Council"): the word and the organisation found
right after it are one organisation. A compass word found alone before "and" and a second compass word ("between
China and Central and Eastern European countries", "North and South Kivu") names a region of the following name,
never an actor of its own: it is dropped."""

from __future__ import annotations

import re

COMPASS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
                     "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
                     "Southeastern", "Southwestern", "Upper", "Lower"})
OPENER = re.compile(r"(?:^|(?<=[\s(]))(?:the|The) $")
PAIRED = re.compile(r" and (?:" + "|".join(sorted(COMPASS)) + r")\b")


def compass_names(text: str, found: list[list], add) -> None:
    """Join a compass word to the organisation found after it; drop a lone compass word paired by "and"."""
    for f in sorted(found, key=lambda f: f[0]):
        if f not in found or f[2] != "organization":
            continue
        word = _compass_before(text, f[0])
        if word is None:
            continue
        cs = f[0] - len(word) - 1
        if not OPENER.search(text[max(0, cs - 5):cs]):
            continue
        found[:] = [g for g in found if g is not f and not (g[0] < f[0] and cs < g[1])]
        add(cs, f[1], "organization", "rule:compass_name")
    found[:] = [f for f in found if not (text[f[0]:f[1]] in COMPASS and PAIRED.match(text, f[1]))]


def _compass_before(text: str, start: int) -> str | None:
    """The compass word written right before `start` with one space, or None."""
    if start < 2 or text[start - 1] != " ":
        return None
    head = text[max(0, start - 14):start - 1]
    word = head.rsplit(None, 1)[-1] if head.strip() else ""
    if word in COMPASS and head.endswith(word):
        return word
    return None
