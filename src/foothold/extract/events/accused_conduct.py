"""The acts inside an accusation's gerund are the accused conduct, however deep: "accused X of helping the United
States kill Y", "accused Benin of hosting bases where France trains terrorists".

`unfactual._alleged` reads the gerund itself ("accused Iran of attacking the ship") and a noun hung on it as
allegation; its walk stops at a clause boundary, so a verb one clause further down -- the bare infinitive under
"helping", a relative clause on the gerund's object -- was read as a happening of the story (spurious7: 3
no-overlap events on the tuning sets, none matched). This check walks from the trigger up through complements,
objects and relative clauses to the gerund (or the noun, when the parser hangs the gerund as its modifier: "of
hosting camps where ...") that is the "of"/"for" complement of an accusing verb (`modality.ALLEGING_VERBS`), and
holds when the walk crossed a clause. A relative clause on a charge noun or with its relative word as object ("..., a charge
(that) the ministry denied", which the parser may hang inside the gerund's clause) answers the whole accusation, not
its content, and stops the walk, as do an apposition, a root and a coordinated finite verb.
"""

from __future__ import annotations

from .modality import ALLEGING_VERBS

# dependencies a walk from the accused conduct's inner act may climb
INNER = frozenset({"ccomp", "xcomp", "relcl", "dobj", "pobj", "prep", "acl", "advcl", "pcomp", "compound", "amod",
                   "nsubj", "attr"})
ALLEGING_PREPS = frozenset({"of", "for"})
# a relative clause on these nouns answers or comments on the accusation ("a charge the ministry denied")
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion"})
CLAUSES = frozenset({"ccomp", "xcomp", "relcl", "advcl", "acl"})


def inside_alleged_conduct(trigger) -> bool:
    """Whether ``trigger`` lies in a clause below the gerund an accusing verb's "of"/"for" governs (the gerund
    itself, and the nouns of its own clause, are `_alleged`'s)."""
    t, crossed = trigger, False
    for _ in range(8):
        if t.head.i == t.i or t.dep_ not in INNER:
            return False
        if t.dep_ == "relcl" and (t.head.lemma_.lower() in CHARGE_NOUNS or any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in t.children)):
            return False    # "..., a charge (that) the ministry denied": an answer to the accusation, told
        crossed = crossed or t.dep_ in CLAUSES
        head = t.head
        if head.lower_ in ALLEGING_PREPS and head.head.lemma_.lower() in ALLEGING_VERBS and (
                t.dep_ == "pcomp" or t.dep_ == "pobj" and any(c.dep_ == "amod" and c.tag_ == "VBG" for c in t.children)):
            return crossed      # the gerund, or the noun a gerund was hung on ("of [hosting] camps where ...")
        t = head
    return False
