"""Hostility imputed to another is not the speaker's (issue 8, docs24).

"X calls the letter a pretext for aggression against Iraq", "The Gambia accused Myanmar of committing genocide
against the Rohingya", "Y condemned the attack against Z": a hostile cue inside what a verb of accusing, naming or
condemning says of someone else states that someone's hostility (or none), never its subject's. The cue readers
(relations/cues.py) drop the subject of such a verb as a side of the tie; a side the cue phrase owns itself ("Y's
aggression against Z") is still read. Alignment cues too (issue 8, relties6): "X accused Y of helping Z", "X condemned
Y's support for Z" ally X with no one; a cue in the verb's own subject phrase ("X, a force close to Y, rejected the
deal") is still X's.
"""
from __future__ import annotations

# verbs whose object or complement tells what another did or is ("accused X of", "called it a pretext for")
IMPUTING_VERBS = frozenset({"accuse", "call", "blame", "charge", "condemn", "denounce", "describe", "brand",
                            "label", "term", "deplore", "criticize", "criticise", "deny", "reject"})


def naming_sense(verb) -> bool:
    """ "call" imputes only when it names ("called the letter a pretext": an object predicate); "called on
    tribesmen to drive X out" is the subject's own call to arms."""
    return verb.lemma_.lower() != "call" or any(c.dep_ == "oprd" for c in verb.children)


def imputing_subjects(reader, i: int, through_subject: bool = True) -> set[str]:
    """Actor ids of the subjects of an imputing verb that governs token ``i`` from at least one word away.
    through_subject=False (issue 8, relties6; cues.read_cue uses it for hostile and alignment cues): a cue reached
    through the verb's own subject describes that subject ("X, a force close to Y, rejected the deal": X is still close
    to Y; "X, a group hostile to Y, denied the report": X opposes Y), so the walk stops there."""
    tok = reader.doc[i]
    out: set[str] = set()
    t, steps = tok, 0
    while t.head.i != t.i and steps < 12:
        if not through_subject and t.dep_ in ("nsubj", "nsubjpass"):
            break
        t, steps = t.head, steps + 1
        if steps > 1 and t.pos_ == "VERB" and t.lemma_.lower() in IMPUTING_VERBS and naming_sense(t):
            out |= {r.actor for r in reader.subject_of(t)}
    return out
