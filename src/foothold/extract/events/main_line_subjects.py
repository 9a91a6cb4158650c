"""A main clause's "he"/"she" continues the main line, not a subject told inside a noun's clause (issue 8,
evargs9): "Anwar was sacked by Mahathir in 1998 and spent ten years in prison on charges that he said were political.
He was pardoned in 2018": `arguments.head_actors` gave the sentence-opening "He" the closest earlier person subject,
and that was the "he" of "charges that he said ..." -- itself resolved by the mention step to the nearer Mahathir.
A subject inside a clause that modifies a noun (relcl/acl) is skipped; the first person subject outside one, in this
sentence or the ones `joint_subjects.subject_window_start` opens, is the antecedent; none: the caller's fallback.
A form of address as that subject ("His Excellency stressed ...", `address_subjects`) passes on to the subject
before it (evargs11)."""

from __future__ import annotations

from .address_subjects import address_form, address_possessive, addressed_person
from .joint_subjects import subject_window_start

NOUN_CLAUSES = frozenset({"relcl", "acl"})


def in_noun_clause(tok) -> bool:
    """``tok`` lies inside a clause modifying a noun ("charges that he said were political")."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in NOUN_CLAUSES and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        node = node.head
    return False


def main_line_subject(i: int, index, min_token: int):
    """The closest person subject before token ``i`` (this sentence or the window before) outside a noun's clause,
    or None."""
    doc = index.ctx.doc
    start = max(min_token, subject_window_start(doc, doc[i].sent.start))
    for j in range(i - 1, start - 1, -1):
        h = index.actor_at(j)
        if address_form(doc[j]) or address_possessive(doc[j]):
            # "His Excellency stressed ... He called for ...": the subject the form stands for, told before (evargs11)
            return addressed_person(doc[j] if address_form(doc[j]) else doc[j].head, index, min_token)
        if h is not None and h.type == "person" and index.in_subject[j] and not in_noun_clause(doc[j]):
            return h
    return None
