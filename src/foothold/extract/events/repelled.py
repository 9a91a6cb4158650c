"""Halting another party's advance: "forces loyal to the government had halted the advance", "Ukrainian troops
halted the Russian offensive" (issue 8, evsense2). plover.yaml's `halt` is a party stopping its own operations
(RETREAT ceasefire: "Israel halted its strikes"); stopping someone else's advance is fighting it (PLOVER ASSAULT,
CAMEO 190)."""

from __future__ import annotations

from .arguments import phrase_actors, subject_of
from .index import DocIndex

HALTING = {"halt"}
MOVES = {"advance", "push", "onslaught", "drive", "march", "thrust", "offensive", "assault", "attack"}
OWN_WORDS = {"its", "their", "his", "her", "our", "my", "own"}


def _owner(obj, index: DocIndex):
    """Who owns the halted move: "own" for a possessive pronoun, an actor id for a named owner, else None."""
    for c in obj.children:
        if c.dep_ == "poss" and c.lower_ in OWN_WORDS:
            return "own"
        if c.dep_ in ("poss", "amod", "compound") and index.actor_at(c.i) is not None:
            return index.actor_at(c.i).actor
    for p in obj.children:                  # "the advance of the rebels"
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and index.actor_at(o.i) is not None:
                    return index.actor_at(o.i).actor
    return None


def halted_others_advance(verb, index: DocIndex) -> bool:
    """The verb halts an advance or offensive its object names as another party's (not the subject's own)."""
    if verb.lemma_.lower() not in HALTING or verb.pos_ != "VERB":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in MOVES:
        return False
    owner = _owner(obj, index)
    if owner == "own":
        return False
    subj, _ = subject_of(verb)
    own = {h.actor for h, _ in phrase_actors(subj, index)} if subj is not None else set()
    # an unowned "the advance" is left: whose advance it was is told elsewhere, and who halted it is often a
    # phrase the doer readers do not resolve ("forces loyal to X, led by Y")
    return owner is not None and owner not in own
