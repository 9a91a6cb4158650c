"""An object pronoun as one member of a pair of persons (issue 8, anaphora): "President X greeted him at the gates.
The two leaders held talks": "him" is the person named before it other than its own clause's subject
(`releases.object_pronoun_antecedent`), so the two leaders are X and that person. Read by `arguments.named_pair`
for pair nouns of persons only ("the two leaders", "both ministers"), never for states or groups, whose pronoun
("it") may stand for either kind."""

from __future__ import annotations

from .index import ActorHit
from .releases import object_pronoun_antecedent

# how far back (in tokens) the pronoun's antecedent may lie
ANTECEDENT_WINDOW = 400


def pronoun_member(pron, index, kinds: tuple[str, ...]) -> ActorHit | None:
    """The person an object "him"/"her" stands for, when the pair noun counts persons; else None."""
    if kinds != ("person",) or pron.pos_ != "PRON":
        return None
    return object_pronoun_antecedent(pron, index, max(0, pron.i - ANTECEDENT_WINDOW))
