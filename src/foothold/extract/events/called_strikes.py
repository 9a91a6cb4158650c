"""A strike, boycott or rally called (issue 8, evskip4; words in data/called_strikes.yaml).

"The union called an indefinite general strike", "the opposition leader called a boycott of the vote": "call" with
a collective action as its direct object organises that action (PLOVER PROTEST: "demonstrate, rally, strike,
boycott"; CAMEO 14 "protest" by its organiser), not the telephone call plover.yaml reads, which needs a person called
(`no_target` before). "called off a rally" (a particle: a protest cancelled), "called for a strike" (a request, its
own phrase) and "called the strike illegal" (a judgement, read by `characterizes` first) stay out, as does a passive
("a strike was called"), and so does an "armed strike" (a shutdown enforced by arms).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

CALLED_STRIKES_PATH = Path(__file__).resolve().parents[2] / "data" / "called_strikes.yaml"


@dataclass(frozen=True)
class CalledActionWords:
    strike: frozenset[str]
    boycott: frozenset[str]
    demo: frozenset[str]


@lru_cache(maxsize=2)
def called_action_words(path: str | None = None) -> CalledActionWords:
    """data/called_strikes.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or CALLED_STRIKES_PATH, CalledActionWords, "called_strikes")


def called_action_mode(verb) -> str | None:
    """The PROTEST mode (strike, boycott, demo) of the collective action ``verb`` ("call") calls, else None."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("prt", "nsubjpass", "auxpass") for c in verb.children):
        return None
    after = [c for c in verb.children if c.i > verb.i]
    objs = [c for c in after if c.dep_ == "dobj"]
    if objs and any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in after):
        return None         # "called the strike illegal": a judgement of the strike
    if not objs:            # the parser's "called [] a boycott": the action read as the predicate
        objs = [c for c in after if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    words = called_action_words()
    for obj in objs:
        if any(c.dep_ in ("amod", "compound") and c.lower_ == "armed" for c in obj.children):
            continue        # "called an armed strike": a shutdown enforced by arms, no protest
        lemma = obj.lemma_.lower()
        for mode in ("strike", "boycott", "demo"):
            if lemma in getattr(words, mode):
                return mode
    return None
