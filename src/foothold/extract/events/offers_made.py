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
from .proposals_made import joint_modified

OFFERS_PATH = Path(__file__).resolve().parents[2] / "data" / "offers.yaml"


@lru_cache(maxsize=2)
def not_offered(path: str | None = None) -> frozenset[str]:
    """data/offers.yaml: things offered that promise nothing, validated when loaded."""
    return read_word_set(path or OFFERS_PATH, "not_offered", "offers")


@lru_cache(maxsize=2)
def not_offered_acts(path: str | None = None) -> frozenset[str]:
    """data/offers.yaml: acts offered that promise nothing to another party, validated when loaded."""
    return read_word_set(path or OFFERS_PATH, "not_offered_acts", "offers")


def _folded_recipient(objects: list) -> bool:
    """ "offered the five republics $3 billion": the parser may fold the recipient into the sum as a compound set
    before its number; a noun compound ahead of the count is the recipient."""
    for o in objects:
        counts = [c.i for c in o.children if c.dep_ == "nummod" or c.like_num]
        if counts and any(c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") and c.i < min(counts)
                          for c in o.children):
            return True
    return False


def _recipient(verb, objects: list) -> bool:
    """ "offered them X", "offered the republics X", "offered X to Kyiv": the offer goes to someone."""
    if sum(c.dep_ == "dobj" for c in verb.children) > 1:
        return True      # "offered the five republics 20 billion yuan": the parser's two direct objects
    return _folded_recipient(objects) or any(c.dep_ == "dative" and c.pos_ in ("PRON", "PROPN", "NOUN") and not any(
        o.dep_ == "pobj" for o in c.children) for c in verb.children) or any(
        c.dep_ in ("dative", "prep") and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children)


def offer_made(verb, objects: list) -> bool:
    """The verb "offer" told as a promise: an act offered ("offered to mediate"), or a thing offered to a
    recipient ("offered them seats"), neither a word nor a feeling nor one's own step away."""
    if verb.lemma_ != "offer":
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if not acts and not any(c.dep_ == "dobj" for c in verb.children):
        # "offered in July to sell Peru gas": the parser may hang the act offered as an adverbial clause
        acts = [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > verb.i
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)]
    if acts:
        return not any(a.lemma_.lower() in not_offered_acts() for a in acts)
    nouns = [o for o in objects if o.pos_ in ("NOUN", "PROPN", "NUM", "SYM") or o.like_num]
    if any(o.head.i == verb.i and o.pos_ == "NOUN" and joint_modified(o)
           and o.lemma_.lower() not in not_offered() for o in nouns):
        return True      # evskip5: "offered joint checks on the river": a joint course offered, with or without a recipient
    if not nouns or not _recipient(verb, objects):
        return False
    skip = not_offered()
    return not any(o.lemma_.lower() in skip or o.lower_ in skip for o in nouns) and not any(
        d.dep_ == "det" and d.lower_ == "no" for o in nouns for d in o.children)
