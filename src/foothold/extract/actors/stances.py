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
