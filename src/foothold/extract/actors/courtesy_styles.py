"""Courtesy styles around a person's name (issue 8, actors23): "The Hon Anthony Albanese MP", "the Rt Hon X Y MP",
"Dr Jane Roe OBE". The NER tags the whole line a person; the name is the words between the style opening it
(data/courtesy_styles.yaml `style_openers`, "The" before them too) and the post-nominal letters closing it
(`post_nominals`); the whole stays the mention, the name its core. Read on each person mention by
`ActorExtractor._name_phrases`, after the honorifics."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

COURTESY_STYLES_PATH = Path(__file__).resolve().parents[2] / "data" / "courtesy_styles.yaml"


@dataclass(frozen=True)
class CourtesyStyles:
    style_openers: frozenset[str]
    post_nominals: frozenset[str]


@lru_cache(maxsize=2)
def courtesy_styles(path: str | None = None) -> CourtesyStyles:
    return read_word_sets(path or COURTESY_STYLES_PATH, CourtesyStyles, "courtesy styles",
                          keep_case=("post_nominals",))


WORD = re.compile(r"\S+")


def styled_core(text: str, item: list) -> None:
    """Narrow a person mention's core [item[4], item[5]) past a style and post-nominal letters; at least two name
    words stay."""
    if item[2] != "person":
        return
    styles = courtesy_styles()
    words = [(m.start() + item[4], m.end() + item[4]) for m in WORD.finditer(text[item[4]:item[5]])]
    first, last = 0, len(words)
    if first < last and text[words[first][0]:words[first][1]].lower() == "the":
        probe = first + 1
    else:
        probe = first
    opened = probe
    while opened < last and text[words[opened][0]:words[opened][1]].rstrip(".").lower() in styles.style_openers:
        opened += 1
    if opened > probe:
        first = opened
    while last - first > 2 and text[words[last - 1][0]:words[last - 1][1]].replace(".", "").rstrip(",") \
            in styles.post_nominals:
        last -= 1
    if last - first < 2 or (first, last) == (0, len(words)):
        return
    item[4], item[5] = words[first][0], words[last - 1][1]
