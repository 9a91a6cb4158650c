"""A state's border, frontier or crossing(s) closed is SANCTION "border closure" (issue 8, closures; nouns in
data/border_closures.yaml).

The eval makers code the Shalamcheh crossing "shut ... by Iraqi authorities" during the pandemic as SANCTION, mode
"border closure" (seed.gold.notes.md item 28), and PLOVER keeps COERCE restrict for repressive limits on movement
(a state of emergency over a disaster "should generally not be coded as COERCE restrict"). So a closed border or
crossing stays the SANCTION the closing verb read, whoever it names: a neighbour ("closed its border with X"), people
on the move ("closed its land crossings to foreign pilgrims") or no one ("closed the country's borders", "shut its
border crossings"). Read on the closing verb's object (dobj, or the subject of a passive: "the crossing was shut")
and on a closure noun's "of" phrase or compound ("the closure of the country's land borders", "a border closure").
A road, a bridge, a town cordoned off, a checkpoint or a curfew is no border: those stay COERCE restrict.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

BORDER_CLOSURES_PATH = Path(__file__).resolve().parents[2] / "data" / "border_closures.yaml"


@dataclass(frozen=True)
class BorderClosureWords:
    crossing_nouns: frozenset[str]
    closure_nouns: frozenset[str]


@lru_cache(maxsize=2)
def border_closure_words(path: str | None = None) -> BorderClosureWords:
    """data/border_closures.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or BORDER_CLOSURES_PATH, BorderClosureWords, "border closures")


def _closed_of(noun) -> list:
    """A closure noun's compound or "of" phrase: "a border closure", "the closure of the country's borders"."""
    heads = [c for c in noun.children if c.dep_ == "compound"]
    heads += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return heads


def _closed_things(tok) -> list:
    """What the trigger closes: a verb's object or passive subject ("ordered the closure of X": X), a noun's "of"
    phrase or compound."""
    closures = border_closure_words().closure_nouns
    if tok.pos_ in ("VERB", "AUX"):
        heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        heads = [o for h in heads for o in (h, *h.conjuncts)]
        heads += [o for h in heads if h.lemma_.lower() in closures for o in _closed_of(h)]
    else:
        heads = _closed_of(tok)
    return [o for h in heads for o in (h, *h.conjuncts)]


def crossing_closed(tok) -> bool:
    """The closing trigger's object is a border, frontier or crossing: "closed its land crossings", "the closure of
    the country's borders", "the crossing was shut", "ordered the closure of its border crossings"."""
    nouns = border_closure_words().crossing_nouns
    return any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in _closed_things(tok))


def closure_of_crossing(tok, etype: str, mode: str | None) -> tuple[str, str | None]:
    """ "announced the closure of the country's land borders", "ordered the closure of its border crossings": a
    closure noun read as a movement limit (COERCE restrict) whose "of" phrase is a border or crossing is the
    makers' SANCTION border closure (seed 28). A closure of a road, a town or the schools stays as read."""
    if etype != "COERCE" or mode != "restrict":
        return etype, mode
    closures = border_closure_words().closure_nouns
    nouns = border_closure_words().crossing_nouns
    if tok.pos_ in ("VERB", "AUX"):
        held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in closures]
    else:
        held = [tok] if tok.lemma_.lower() in closures else []
    if any(o.lemma_.lower() in nouns for h in held for c in _closed_of(h) for o in (c, *c.conjuncts)):
        return "SANCTION", "border closure"
    return etype, mode
