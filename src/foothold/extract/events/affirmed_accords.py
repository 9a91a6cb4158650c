"""An accord affirmed by a statement verb (issue 8, evcand13; data/affirmed_accords.yaml): "The two ministers
reaffirmed the 1994 border treaty", "On Friday they confirmed the ceasefire that took effect on Sunday".

The statement verb (plover.yaml `speech`: reaffirm, confirm ...) takes the accord itself as its direct object, so
no said clause carries a cue and the statement was dropped (`statement_without_cue`). Upholding an existing accord
endorses it: PLOVER SUPPORT ("ratify, sign, or finalize an agreement"; CAMEO 057 is signing), as the owndocs makers
code both such sentences of the tuning sets. Read in `speech.statement_reading` only where nothing else typed the
statement; a negated verb ("did not confirm the truce") or a clause object ("confirmed the truce had collapsed", a
report: the object is then no direct object) is not read. A commitment to an accord ("reaffirmed its commitment to
the treaty") stays `pledges.py`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

AFFIRMED_ACCORDS_PATH = Path(__file__).resolve().parents[2] / "data" / "affirmed_accords.yaml"


@dataclass(frozen=True)
class AffirmedAccordWords:
    affirming_verbs: frozenset[str]
    accord_nouns: frozenset[str]


@lru_cache(maxsize=2)
def affirmed_accord_words(path: str | None = None) -> AffirmedAccordWords:
    """data/affirmed_accords.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or AFFIRMED_ACCORDS_PATH, AffirmedAccordWords, "affirmed accords")


def affirmed_accord(speech, content) -> bool:
    """The statement verb ``speech`` affirms, unnegated, the accord that is its direct object ``content``."""
    if content is None or content.dep_ != "dobj" or content.head.i != speech.i:
        return False
    words = affirmed_accord_words()
    if speech.lemma_.lower() not in words.affirming_verbs or any(c.dep_ == "neg" for c in speech.children):
        return False
    return content.lemma_.lower() in words.accord_nouns or content.lower_ in words.accord_nouns
