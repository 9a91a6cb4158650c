"""What an attack told before "targeted", said afterwards, is that attack's aim, not a second attack.

"Iranian missiles struck the city on Monday. The Guards said the strike had targeted a spy base", "The group
claimed the attack and said it had targeted the occupation forces", "the foreign office said the operations
targeted fighters of the X group": a speaker's word on what the attack (named by an event noun or a pronoun) aimed
at restates the attack already told, which the gold codes once (spurious6: 7 no-overlap or no-shared-actor events of
the shape on the tuning sets, owndocs5, 7, 15, 16, 17, 19; none matched). A doer named in the content ("its forces
had targeted Pakistani troops", "the Houthis had attacked two ships") reports an act of its own and stays, as does
the shape where no attack was told before it.
"""

from __future__ import annotations

TARGETING = frozenset({"target"})
SAYING = frozenset({"say", "add", "state", "claim", "announce", "tell", "insist", "assert", "confirm", "report",
                    "stress", "explain"})
# the subject standing for the attack told before: an event noun, or the pronoun or group word for its doer
ATTACK_NOUNS = frozenset({"attack", "strike", "airstrike", "raid", "operation", "bombing", "assault", "offensive",
                          "shelling", "bombardment", "missile", "rocket", "drone", "barrage"})
STAND_INS = frozenset({"it", "they", "group", "movement", "militia"})


def _said_content(verb) -> bool:
    """The verb is what a saying verb says ("said the strike had targeted ...")."""
    return verb.dep_ in ("ccomp", "conj") and (verb.head.lemma_.lower() in SAYING or (
        verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in SAYING))


def _stand_in_subject(verb) -> bool:
    """The content's subject stands for the attack or its doer told before: "the strike", "it", "the group"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.ent_type_ or subj.pos_ == "PROPN":
        return False
    if subj.lower_ in ("it", "they"):
        return True
    dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss")}
    if subj.lemma_.lower() in STAND_INS and "the" in dets:
        return True
    return subj.lemma_.lower() in ATTACK_NOUNS and bool(dets & {"the", "this", "that", "these", "those", "its", "their"})


def restated_target(verb, etype: str, told_before: bool) -> bool:
    """Whether ``verb`` ("targeted") in a speaker's words restates the aim of an attack told before it."""
    return (etype == "ASSAULT" and told_before and verb.lemma_.lower() in TARGETING and verb.pos_ == "VERB"
            and _said_content(verb) and _stand_in_subject(verb))
