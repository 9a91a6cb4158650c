"""Concern for a loss is sympathy, no accusation: "UNESCO said it was deeply concerned about the damage to the
temple", "the UN mission said it was alarmed by the civilian deaths", "the court was deeply concerned about the loss
of life".

A statement typed ACCUSE by a concern cue blames no one when what concerns the speaker is a loss itself (deaths,
damage, destruction, suffering) rather than someone's act (spurious6: owndocs3, owndocs7, owndocs28; none of the
tuning gold codes such a statement, 0 matched). Concern over an act ("concerned by Azerbaijan's military actions",
"deep concern over the killing of protesters", "concern over the incident") or a statement that also blames,
condemns or accuses is read as before.
"""

from __future__ import annotations

CONCERN = frozenset({"concerned", "concern", "alarmed", "alarm", "worried", "worry", "troubled", "dismayed",
                     "saddened", "distressed"})
LOSSES = frozenset({"loss", "death", "damage", "casualty", "suffering", "destruction", "plight", "toll"})
CONCERN_PREPS = frozenset({"about", "by", "over", "at", "for"})
BLAME = frozenset({"condemn", "blame", "accuse", "denounce", "criticize", "criticise", "violation", "crime",
                   "responsible", "attack", "aggression"})


def concern_for_loss(trigger) -> bool:
    """Whether the statement ``trigger`` heads tells only concern for a loss."""
    span = list(trigger.subtree)
    found = False
    for t in span:
        if t.lower_ not in CONCERN and t.lemma_.lower() not in CONCERN:
            continue
        objects = [o for p in t.children if p.dep_ in ("prep", "agent") and p.lower_ in CONCERN_PREPS
                   for o in p.children if o.dep_ == "pobj"]
        if not objects:
            return False
        if not all(o.lemma_.lower() in LOSSES for o in objects):
            return False
        found = True
    return found and not any(t.lemma_.lower() in BLAME for t in span)
