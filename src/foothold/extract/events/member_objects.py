"""Partners named by the body they belong to (issue 8, evcand5): "Norway has informed its allies in NATO and the
European Union", "consulted its partners in the EU", "briefed his counterparts of the Gulf states". An object that
is a relational noun (ally, partner, counterpart, member) named by no actor of its own stands for the bodies or
states its "in"/"of"/"within" phrase names: they are the act's target. Read in `targets.found_arguments` where the
verb's arguments hold no target."""

from __future__ import annotations

from .arguments import phrase_actors
from .index import DocIndex

RELATIONAL = frozenset({"ally", "partner", "counterpart", "member", "colleague"})
MEMBER_PREPS = frozenset({"in", "of", "within"})
BODIES = frozenset({"organization", "country"})


def member_object_targets(verb, index: DocIndex) -> list:
    """The actors (hit, token index) the verb's relational object belongs to, or []."""
    found = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in RELATIONAL or index.actor_at(obj.i) is not None:
            continue
        # "briefed its allies in NATO on Friday": the parser may hang the phrase right after the object on the verb
        # (evcand6); only an "in"/"within" phrase that starts where the object ends
        beside = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "within")
                  and p.i == obj.right_edge.i + 1]
        for p in [*obj.children, *beside]:
            if p.dep_ == "prep" and p.lower_ in MEMBER_PREPS:
                found += [(h, i) for o in p.children if o.dep_ == "pobj"
                          for h, i in phrase_actors(o, index, split=True) if h.type in BODIES]
    return found
