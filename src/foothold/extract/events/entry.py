"""An armed force entering ground: "the rebels entered the town", "government troops entered Goma", "the militia
marched on the capital" (issue 8, evsense2); `march` alone is a demonstration (PLOVER PROTEST demo).

`enter` alone is a deployment into a zone, airspace or waters (plover.yaml, MOBILIZE show of force); trucks
entering a country trade, a delegation entering it visits. A fighting body (plover.yaml `fighting_bodies`) entering
a town, a city or a named place is an offensive move on ground held by another: PLOVER ASSAULT (CAMEO 190 "use
conventional military force"), as fighting for ground is (DEVELOPING.md, conventions 4) -- not yet a seizure."""

from __future__ import annotations

from .arguments import is_passive, subject_of
from .index import DocIndex

ENTERING = {"enter"}
MARCHING = {"march"}          # "the rebels marched on the capital": an advance to attack it, not a demonstration
MARCH_PREPS = {"on", "into"}
NOT_GROUND = {"base", "control", "border", "headquarters", "palace", "camp"}   # a base entered may be one's own
UNARMED_ROLES = {"peacekeeping", "peacekeeper", "rescue", "relief", "aid", "humanitarian", "police", "monitoring"}


def fighting_subject(lex, verb) -> bool:
    """The verb's subject is a fighting body by its head noun ("the rebels", "Turkish troops", "M23 fighters")."""
    subj, dep = subject_of(verb)
    if subj is None or dep != "nsubj":
        return False
    heads = [subj, *subj.conjuncts]
    if any(c.lower_ in UNARMED_ROLES for h in heads for c in h.children):
        return False          # "a peacekeeping force entered the town": a deployment
    return any(h.lemma_.lower() in lex.fighting_bodies - {"group"} for h in heads)


def _moved_onto(verb):
    """What the verb enters or marches on: its direct object, or the object of a march's "on"/"into"."""
    if verb.lemma_.lower() in MARCHING:
        return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in MARCH_PREPS
                for o in p.children if o.dep_ == "pobj"]
    return [o for o in verb.children if o.dep_ == "dobj"]


def entered_ground(lex, verb, index: DocIndex) -> bool:
    """What the verb moves onto is a settlement or region: a ground noun or a place the dictionaries name."""
    for o in _moved_onto(verb):
        hit = index.actor_at(o.i)
        if hit is not None and hit.type in ("place", "country"):
            return True
        if o.lemma_.lower() in lex.ground_nouns and o.lemma_.lower() not in NOT_GROUND:
            return True
    return False


def armed_entry(lex, verb, index: DocIndex) -> bool:
    """ "the rebels entered the town of X", "marched on the capital": a fighting body moving onto ground, told
    actively."""
    return verb.lemma_.lower() in ENTERING | MARCHING and verb.pos_ == "VERB" and not is_passive(verb) \
        and fighting_subject(lex, verb) and entered_ground(lex, verb, index)
