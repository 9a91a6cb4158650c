"""A singular type noun stands for no one member of a list (issue 8, evargs9): "The European Union, the United
States and France called on all sides to talk. The government accused foreign embassies of interfering": "the
government" (`arguments.unnamed_group`, data/type_nouns.yaml) took the latest country named before it, France, the
last of three coordinated parties -- which one a singular noun means is a guess, so none is taken. A plural noun
("the rebels" after "A and B") may stand for the list and is left to its own rules."""

from __future__ import annotations

from .index import ActorHit, DocIndex

# how far back the named antecedent is looked for (its sentence and the one before, as unnamed_group reads)
LIST_WINDOW = 120


def one_of_a_list(noun, hit: ActorHit, index: DocIndex) -> bool:
    """``hit``, the antecedent found for the singular ``noun``, is named last before it as one conjunct of a
    coordination with another party of its type."""
    if noun.tag_ != "NN":
        return False
    doc = noun.doc
    for j in range(noun.i - 1, max(-1, noun.i - LIST_WINDOW), -1):
        h = index.actor_at(j)
        if h is None or h.actor != hit.actor:
            continue
        for c in doc[j].conjuncts:
            other = index.actor_at(c.i)
            if other is not None and other.actor != hit.actor and other.type == hit.type:
                return True
        if doc[j].dep_ != "compound":
            return False        # the name's head: its coordination told
    return False
