"""What a verb of judging calls an act is the judgement, no second act (issue 8, precision2): "condemned the strikes
as an attack on Syria's sovereignty", "described the exercise as an act of aggression", "called the embargo an
attack on its people". The judging verb's statement is the event (`candidates.characterizations`); the noun in its
"as" phrase, or its object predicate, names what the judged act is taken for. Only that noun and its "of" phrase
are read: "described it as a response to the attack on its consulate" still names the earlier attack.
"""

from __future__ import annotations

from .triggers import CHARACTERIZING

JUDGING_AS = CHARACTERIZING | {"condemn", "denounce", "decry", "criticize", "criticise", "slam", "see", "regard",
                               "view", "treat", "consider", "portray", "depict", "present"}


def characterization_noun(tok) -> bool:
    """The event noun heads (or is the "of" complement of) a judging verb's "as" phrase or object predicate."""
    t = tok
    for _ in range(3):
        if t.dep_ == "oprd" and t.head.lemma_.lower() in JUDGING_AS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lemma_.lower() in JUDGING_AS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.dep_ == "prep":
            t = t.head.head                 # "an act of aggression": the act's complement
            continue
        return False
    return False
