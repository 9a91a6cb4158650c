"""A military exercise held with another party is cooperation (issue 8, evtypes).

PLOVER: "Joint military operations are coded as COOPERATE but single-country exercises should be coded as
MOBILIZE"; COOPERATE covers "joint military games and maneuvers". An exercise is joint when a joint word modifies
it anywhere in its phrase ("a combined precision bombing exercise", the parser hanging "combined" on "bombing") or
when it is held with a named party ("held air exercises with Guyana's military"): the with-phrase on the exercise
noun or on the verb that carries it names an actor."""

from __future__ import annotations

JOINT_MILITARY = {"joint", "combined", "bilateral", "trilateral", "multinational"}   # "joint naval exercises"


def held_jointly(carrier, verb, index) -> bool:
    """The event noun ``carrier`` (carried by ``verb``, or None) tells an act done jointly or with a named party."""
    modifiers = [t for t in carrier.subtree if t.i < carrier.i]
    if any(t.lower_ in JOINT_MILITARY and t.dep_ in ("amod", "compound") for t in modifiers):
        return True
    holders = [carrier] + ([verb] if verb is not None and verb.i != carrier.i else [])
    return any(_names_actor(o, index) for h in holders for p in h.children
               if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj")


def _names_actor(noun, index) -> bool:
    """The with-object is an actor or an actor's body ("Guyana's military", "the navy of Peru")."""
    return any(index.actor_at(t.i) is not None for t in noun.subtree)
