"""The time a present passive's own clause states, not a time told in a conjunct clause of its own.

`modality.present_state` reads a present passive with no stated time as a standing state ("the group is banned in
Egypt"). It looked for a time anywhere in the sentence, so a description joined to a dated clause with a subject of
its own ("The militia is funded and armed by X, and it has claimed hundreds of attacks since 2004") read as a dated
act, coded AID for every conjunct. The time of such a conjunct clause is that clause's; the passive's own clause (the
sentence without the subtrees of conjunct verbs that have their own subject and do not hold the passive) decides.
(A conjunct with its own subject still inherits the passive's state in `unfactual._inherited_from_conjunct`: making
it keep its own reading added spurious events on the seed and owndocs26.)
"""

from __future__ import annotations

SUBJECTS = ("nsubj", "nsubjpass")
TIME_ENTITIES = ("DATE", "TIME")


def _own_subject_conjunct(token) -> bool:
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECTS for c in token.children)


def clause_tokens(verb):
    """The tokens of ``verb``'s sentence outside conjunct clauses with their own subject that do not hold it."""
    left: set[int] = set()
    for t in verb.sent:
        if t.i != verb.i and _own_subject_conjunct(t) and not (t.left_edge.i <= verb.i <= t.right_edge.i):
            left.update(d.i for d in t.subtree)
    return [t for t in verb.sent if t.i not in left]


def timed_clause(verb) -> bool:
    """Whether ``verb``'s own clause states a date or time."""
    return any(t.ent_type_ in TIME_ENTITIES for t in clause_tokens(verb))

