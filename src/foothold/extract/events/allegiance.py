"""An undated pledge of allegiance in the perfect is a standing affiliation, no act (issue 8, precision2): "The ADF has
pledged allegiance to the Islamic State", "a militia whose commander has sworn loyalty to X". It tells what the group
is (a tie for the relations component), as "is backed by X" does; a pledge told with its time ("pledged allegiance
... on March 7, 2015") or in the simple past stays an act.
"""

from __future__ import annotations

PLEDGING = {"pledge", "swear", "declare", "give", "renew", "reaffirm"}
ALLEGIANCE = {"allegiance", "loyalty", "fealty", "bay'ah", "baya"}
PERFECT = {"has", "have", "'s", "'ve"}


def standing_allegiance(trigger) -> str | None:
    """ "state" when the trigger pledges allegiance in the perfect with no time of its own; else None."""
    if trigger.lemma_.lower() not in PLEDGING or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in ALLEGIANCE for c in trigger.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in PERFECT for c in trigger.children):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree):
        return None
    return "state"
