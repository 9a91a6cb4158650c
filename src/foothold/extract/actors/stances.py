"""A name after "the" and a political stance ("the leftist X", "the separatist X"): a party or movement's.

People are not written so (a person's stance comes with a noun: "the nationalist leader X"), so the NER's person
there is a body. The stances are lexicon.yaml `stance_adjectives`.
"""

from __future__ import annotations

import re

from ..dictionary import Lexicon

STANCE_BEFORE = re.compile(r"\b[Tt]he\s+([A-Za-z-]+)\s+$")


def after_stance_adjective(full: str, start: int, lexicon: Lexicon) -> bool:
    """The name starting at character `start` follows "the <stance adjective>"."""
    m = STANCE_BEFORE.search(full[max(0, start - 40):start])
    return m is not None and m.group(1) in lexicon.stance_adjectives


def past_stance(doc, i: int, j: int, lexicon: Lexicon) -> int:
    """A name run doc[i:j] opened by a stance ("Islamist Ennahda" before "party"): the name starts after it, when a
    name is left."""
    return i + 1 if j - i >= 2 and doc[i].text in lexicon.stance_adjectives and doc[i - 1].lower_ == "the" else i


def trim_stances(text: str, found: list[list], lexicon: Lexicon) -> None:
    """Cut a stance off the front of a body the NER took it into ("the Maoist Janamorcha party" tagged whole),
    when "the" comes before it and the rest opens with a word no English dictionary lists (a party's own name
    word: "the Marxist Communist Centre" keeps its English words). Items are [start, end, type, label, core start,
    core end], edited in place."""
    from ..nlp import english_words
    words = english_words()
    for f in found:
        name = text[f[0]:f[1]]
        first, _, rest = name.partition(" ")
        if f[2] != "organization" or first not in lexicon.stance_adjectives or not rest[:1].isupper():
            continue
        if not text[max(0, f[0] - 4):f[0]].lower() == "the " or not words or rest.split()[0].lower() in words:
            continue
        f[0] += len(first) + 1
        f[4] = max(f[4], f[0])
