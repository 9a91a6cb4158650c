"""An accusation told in the present inside a relative clause describes its antecedent (issue 8, precision2): "a 2009
peace deal that it accuses Kinshasa of failing to honour", "his cousin, whom Colombian prosecutors accuse of
extortion". The clause says what the thing or person is known for, no statement made in the story; a present
accusation in a main clause ("The EU accuses X of ...") performs the statement and stays, and so does a relative
clause with a time of its own or told in the past ("which the ministry accused on Monday of ...").
"""

from __future__ import annotations

ACCUSING = {"accuse", "blame"}
TIME_ENTITIES = {"DATE", "TIME"}


def accusation_describing(trigger) -> str | None:
    """ "description" when the trigger is a present accusing verb heading a relative clause with no time."""
    if trigger.lemma_.lower() not in ACCUSING or trigger.dep_ != "relcl" or trigger.tag_ not in ("VBZ", "VBP"):
        return None
    if any(t.ent_type_ in TIME_ENTITIES for t in trigger.subtree):
        return None
    return "description"
