"""A conjoined verb's object pronoun stands for the first verb's object (issue 8, statements2).

"imposed a nationwide curfew on Sunday and lifted it partly on Monday", "the ministers signed a fisheries
agreement, and Congress approved it": the lexicon's object senses (`only_objects`, `by_object`) read "it" as
nothing; the object of the verb it is conjoined to is what was lifted or approved. Read in
`material.acted_objects`.
"""

from __future__ import annotations

OBJECT_PRONOUNS = {"it", "them"}


def antecedent_objects(verb, objects: list) -> list:
    """The first conjunct's direct objects (and theirs), when the verb's own object is a pronoun."""
    if verb.dep_ != "conj" or not any(o.lower_ in OBJECT_PRONOUNS and o.dep_ == "dobj" for o in objects):
        return []
    first = [c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ not in OBJECT_PRONOUNS]
    return [*first, *(cj for o in first for cj in o.conjuncts)]
