"""Two accusations told by one subject in one sentence: "blamed Myanmar for failing to build trust and accused aid
groups of discouraging the refugees" (evargs12). Each accusing verb (`modality.ALLEGING_VERBS`) has an accused of
its own (a direct object) and a charge of its own (an "of"/"for" complement): two parties charged with two things,
not one accusation retold ("condemned and denounced the attack" has one object, and a pronoun object -- "accused
X of A and blamed it for B" -- is the first party again). `merge.merge_into` keeps the second as its own ACCUSE,
even when its accused names no actor (the golds then give it an empty target)."""

from __future__ import annotations

from .modality import ALLEGING_VERBS

CHARGE_PREPS = frozenset({"of", "for"})


def _accused(verb) -> set[int]:
    return {c.i for c in verb.children if c.dep_ == "dobj"}


def _charged(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in CHARGE_PREPS and any(o.dep_ in ("pcomp", "pobj") for o in c.children)
               for c in verb.children)


def two_charges(first, second) -> bool:
    """``second`` (a verb conjoined to ``first``) accuses another party of another thing."""
    if first.i == second.i or not {first.lemma_.lower(), second.lemma_.lower()} <= ALLEGING_VERBS:
        return False
    mine, theirs = _accused(second), _accused(first)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs) and _charged(first) and _charged(second) \
        and not all(second.doc[i].pos_ == "PRON" for i in mine)
