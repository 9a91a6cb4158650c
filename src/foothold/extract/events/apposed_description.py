"""A description the parser hangs on the wrong noun (issue 8, evargs3): "Fighters of the Karen National Liberation
Army, the armed wing of the Karen National Union, captured the town". The apposition "the armed wing of Y" describes
the body named in the of-phrase, but the parser hangs it on "Fighters", and `arguments.head_actors` then took the
apposition's body for the doer (an apposition naming the head: "Her party, the National League for Democracy").
A common-noun apposition ("wing", "ally", "branch") hung on an unnamed noun whose own of-phrase names a party
describes that party: the doer is the of-phrase's."""

from __future__ import annotations

from .index import DocIndex


def describes_of_object(noun, appos, index: DocIndex) -> bool:
    """``appos``, an apposition of ``noun``, is a common noun describing the party ``noun``'s of-phrase names."""
    if appos.dep_ != "appos" or appos.pos_ != "NOUN" or index.actor_at(appos.i) is not None:
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or index.actor_at(noun.i) is not None:     # "Fighters" opening a line
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and p.i < appos.i
               and any(o.dep_ == "pobj" and index.actor_at(o.i) is not None for o in p.children)
               for p in noun.children)
