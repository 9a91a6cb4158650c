"""A plan told in the past perfect is the narrator's background, not a stated intention (spurious12): "The group had
planned to hold a conference at its camp in July but cancelled it", "the minister had intended to visit Riyadh
first".

A stated intention is AGREE (news-dev README, PLOVER); planned acts are not events. "had planned to" tells, from
after the fact, a plan that was overtaken (often cancelled or put off in the same sentence): no one states an
intention there. "plans to", "has planned to", "planned to" keep their reading. Reads the dependency parse only;
`unfactual_marks._intended_act` asks it.
"""

from __future__ import annotations

PLANNING = frozenset({"plan", "intend"})
PAST_PERFECT = frozenset({"had", "'d"})


def past_plan(governor) -> bool:
    """The intending verb is "plan" or "intend" in the past perfect ("had planned", "had intended")."""
    return governor.lemma_.lower() in PLANNING and any(c.dep_ == "aux" and c.lower_ in PAST_PERFECT
                                                       for c in governor.children)
