"""A measure named as what a waiver or exemption lifts is no act of its own (spurious10).

"granted Iraq a 120-day waiver from sanctions on Iranian electricity imports", "granted Moscow an exemption from the
arms embargo on the Central African Republic": the sanctions and the embargo are the standing measures the grant
excepts someone from; the act told is the grant (RETREAT ease where the lexicon reads it), not a new SANCTION. On
the tuning sets every such noun was spurious (owndocs13, owndocs33) and none matched. Read on the event noun: its
phrase hangs by "from"/"to"/"on" on an exemption noun (`EXEMPTION_NOUNS`), directly or through one more noun
("a waiver from U.S. sanctions", "an exemption from the ban on imports").
"""

from __future__ import annotations

EXEMPTION_NOUNS = frozenset({"waiver", "exemption", "exception", "reprieve", "carve-out", "dispensation"})
EXEMPTING_PREPS = frozenset({"from", "to", "on", "for"})


def exempted_measure(trigger) -> bool:
    """The trigger is a noun naming the measure a waiver or exemption lifts."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    t = trigger
    for _ in range(2):
        if t.dep_ != "pobj" or t.head.lower_ not in EXEMPTING_PREPS:
            return False
        owner = t.head.head
        if owner.lemma_.lower() in EXEMPTION_NOUNS:
            return True
        if owner.pos_ != "NOUN":
            return False
        t = owner            # "an exemption from the ban on imports": one noun further up
    return False
