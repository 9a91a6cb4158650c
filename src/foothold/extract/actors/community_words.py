"""A people's word before a community noun is no actor (issue 8, actors20; read on owndocs22 and owndocs28): "the
self-determination of the Kabyle people", "clashes between the Meitei majority and the Kuki-Zo communities", "Meitei
and Kuki-Zo civil society groups". The NER tags such words as people or bodies. A name found (by the NER alone) right
before a lower-case community noun of data/community_words.yaml, or before "and" and another such word that noun
follows, is dropped, and so are its NER-found repeats and plurals ("tribal status for Meiteis"), unless the actor
dictionary knows the word (a state's demonym, "the Iraqi people", stays the state's) or the text writes it with a
group noun too ("Fulani militants")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

COMMUNITY_WORDS_PATH = Path(__file__).resolve().parents[2] / "data" / "community_words.yaml"
NAME = r"[A-Z][\w'\u2019-]*"


@dataclass(frozen=True)
class CommunityWords:
    community_nouns: frozenset[str]


@lru_cache(maxsize=2)
def community_nouns(path: str | None = None) -> frozenset[str]:
    return read_word_sets(path or COMMUNITY_WORDS_PATH, CommunityWords, "community words").community_nouns


def _noun_after(rest: str, nouns: frozenset[str]) -> bool:
    """The text after a word opens with a community noun (or "and" + a capitalised word + one)."""
    m = re.match(r" (?:and " + NAME + r" )?([a-z]+(?: [a-z]+)?)", rest)
    if m is None:
        return False
    words = m.group(1)
    return words in nouns or words.split(" ")[0] in nouns


def community_words(text: str, found: list[list], known, group_nouns) -> None:
    """Drop, in place, the found mentions that are a people's word; ``known(word)`` is true for a word the actor
    dictionary knows, ``group_nouns`` the lower-case nouns after which a name is a group's."""
    nouns = community_nouns()
    words: set[str] = set()
    for f in found:
        if not f[3].startswith("ner:") or f[2] not in ("person", "organization"):
            continue
        word = text[f[4]:f[5]]
        if " " in word or known(word):
            continue
        if _noun_after(text[f[5]:f[5] + 40], nouns):
            words.add(word)
    for word in list(words):               # "Fulani militants" elsewhere: the word names a group there
        for m in re.finditer(r"\b" + re.escape(word) + r" ([a-z]+)", text):
            if m.group(1) in group_nouns and m.group(1) not in nouns:
                words.discard(word)
    if not words:
        return
    forms = words | {w + "s" for w in words} | {w + "es" for w in words}
    found[:] = [f for f in found if not (f[3].startswith("ner:") and text[f[4]:f[5]] in forms
                                        and (f[0], f[1]) == (f[4], f[5]))]
