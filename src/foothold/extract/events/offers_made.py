"""An offer made to a party is a promise (issue 8, evskip; data/offers.yaml).

"offered the five republics $3 billion in loans", "offered them posts in the cabinet", "offered to buy the grain at
cost": plover.yaml's `offer` lists the objects of a reward (REQUEST) and of help (AGREE); any other object read as the
verb's other sense and the offer was dropped. An offer with a recipient (a dative, or "to" a party) of a thing, or an
offer to do an act, promises it (PLOVER AGREE "offer, promise"). Things that promise nothing ("offered
condolences", "offered no explanation") and one's own step away ("offered to resign") stay out. Read in
`material.object_sense`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set

OFFERS_PATH = Path(__file__).resolve().parents[2] / "data" / "offers.yaml"


@lru_cache(maxsize=2)
def not_offered(path: str | None = None) -> frozenset[str]:
    """data/offers.yaml: things offered that promise nothing, validated when loaded."""
    return read_word_set(path or OFFERS_PATH, "not_offered", "offers")


@lru_cache(maxsize=2)
def not_offered_acts(path: str | None = None) -> frozenset[str]:
    """data/offers.yaml: acts offered that promise nothing to another party, validated when loaded."""
    return read_word_set(path or OFFERS_PATH, "not_offered_acts", "offers")


def _recipient(verb) -> bool:
    """ "offered them X", "offered the republics X", "offered X to Kyiv": the offer goes to someone."""
    return any(c.dep_ == "dative" and c.pos_ in ("PRON", "PROPN", "NOUN") and not any(
        o.dep_ == "pobj" for o in c.children) for c in verb.children) or any(
        c.dep_ in ("dative", "prep") and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children)


def offer_made(verb, objects: list) -> bool:
    """The verb "offer" told as a promise: an act offered ("offered to mediate"), or a thing offered to a
    recipient ("offered them seats"), neither a word nor a feeling nor one's own step away."""
    if verb.lemma_ != "offer":
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if acts:
        return not any(a.lemma_.lower() in not_offered_acts() for a in acts)
    nouns = [o for o in objects if o.pos_ in ("NOUN", "PROPN", "NUM", "SYM") or o.like_num]
    if not nouns or not _recipient(verb):
        return False
    skip = not_offered()
    return not any(o.lemma_.lower() in skip or o.lower_ in skip for o in nouns) and not any(
        d.dep_ == "det" and d.lower_ == "no" for o in nouns for d in o.children)
