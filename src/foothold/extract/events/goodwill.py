"""Goodwill conveyed or wished to another party (issue 8, evcand12; data/goodwill.yaml): "President X held a telephone
call with Y and conveyed the sympathy of the people of Z to the Iranian people", "the consul was received by Y and
conveyed to him the greetings of the Islamic Republic's leadership", "X wished his dear friend a quick recovery".
PLOVER SUPPORT, as plover.yaml codes `condolences` (PETRARCH2's CONVEY * GREETINGS [017] and EXPRESS * SYMPATHY [018]
are CAMEO's empathetic comments, unmapped by CAMEO2PLOVER). Read on a conveying verb whose direct object is a goodwill
noun, or a wishing verb whose object is a recovery (the parser hangs "a quick recovery" as an apposition of the
first object: `second_objects.py`); only then is the verb a trigger, so "wished his successor well" and "conveyed the
message" keep their readings. Whom it is conveyed to is the target; whose goodwill it is (the noun's "of" phrase) is no
target: a named sender joins the conveyer as source ("conveyed the greetings of the Minister of Energy, X": the gold
sets code X beside the ambassador), a collective the conveyer speaks for ("of the people of Y",
`conveyed_messages.BEHALF_NOUNS`) is neither (`goodwill_arguments`, called in `targets.found_arguments`). A recovery
wished in a conjunct of another goodwill statement ("expressed their sympathy and condolences ..., and wished the
injured a speedy recovery") is the same statement, not a second act; greetings conveyed with something else ("the
greetings of President X and an invitation to visit Y") go with it (the owndocs36 gold codes the invitation alone)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .arguments import Arguments, phrase_actors
from .conveyed_messages import BEHALF_NOUNS
from .index import DocIndex
from .lexicon import Trigger
from .second_objects import second_objects

GOODWILL_PATH = Path(__file__).resolve().parents[2] / "data" / "goodwill.yaml"
# verbs of a goodwill statement a wish may be conjoined to (the statement is one act, seed notes 22)
STATED_GOODWILL = frozenset({"express", "extend", "offer", "convey", "send", "voice"})
GOODWILL = Trigger(type="SUPPORT", mode="statement", sphere="political")


@dataclass(frozen=True)
class GoodwillWords:
    conveying_verbs: frozenset[str]
    goodwill_nouns: frozenset[str]
    wishing_verbs: frozenset[str]
    wished_nouns: frozenset[str]


@lru_cache(maxsize=2)
def goodwill_words(path: str | None = None) -> GoodwillWords:
    """data/goodwill.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or GOODWILL_PATH, GoodwillWords, "goodwill")


def goodwill(verb) -> Trigger | None:
    """SUPPORT statement for goodwill conveyed or a recovery wished, else None."""
    if verb.pos_ != "VERB":
        return None
    words = goodwill_words()
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in objects for o in c.conjuncts]
    if lemma in words.conveying_verbs:
        wanted = words.goodwill_nouns
        if any(k.dep_ == "conj" and k.pos_ == "NOUN" and k.lower_ not in wanted and k.lemma_.lower() not in wanted
               for c in verb.children if c.dep_ == "dobj" for k in c.subtree):
            return None     # "conveyed the greetings of X and an invitation to visit Y" (the parser may hang the
                            # invitation on X): the invitation is the act
    elif lemma in words.wishing_verbs:
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in STATED_GOODWILL:
            return None     # "expressed their condolences ..., and wished the injured a speedy recovery": one statement
        wanted, objects = words.wished_nouns, objects + second_objects(objects)
    else:
        return None
    return GOODWILL if any(o.lower_ in wanted or o.lemma_.lower() in wanted for o in objects) else None


def goodwill_arguments(verb, args: Arguments, index: DocIndex) -> None:
    """Whose goodwill a conveying trigger carries is no target: a named sender joins the source, a collective the
    conveyer speaks for is neither."""
    if goodwill(verb) is None or verb.lemma_.lower() not in goodwill_words().conveying_verbs:
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for p in obj.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                behind = {h.actor for t in o.subtree for h in [index.actor_at(t.i)] if h is not None}
                args.target = [a for a in args.target if a not in behind]
                if o.lemma_.lower() not in BEHALF_NOUNS:
                    args.add("source", [(h, i) for h, i in phrase_actors(o, index) if h.actor not in args.source
                                        and h.type in ("person", "organization", "country")], index)
