"""A possessive pronoun opening a sentence stands for the subject of the sentence before (issue 8, relshapes).

"Turkey sent drones to Tripoli. Its support for the GNA turned the war.": "Its" names no one in its own sentence,
so `cues.pronoun_possessor` found no owner and the backing went unread. The owner is the one country or
organisation the sentence before made its main subject; two subjects, a person or a demonym bind no one.
"""

from __future__ import annotations

from .index import Ref

OPENING_PRONOUNS = frozenset({"its", "their"})
# the nouns of backing only: "Their attacks on X" was tried and left out (owndocs10 codes no hostility from it)
OPENING_TIE_NOUNS = frozenset({"support", "backing", "sponsorship", "patronage"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def opening_possessor(reader, pron) -> list[Ref] | None:
    """The owner of an 'its'/'their' on a backing noun in the subject of a sentence that names no party before
    it, else None."""
    if pron.lower_ not in OPENING_PRONOUNS or pron.head.lemma_.lower() not in OPENING_TIE_NOUNS \
            or not in_subject(pron) \
            or any(reader.idx.ref(j) is not None for j in range(reader.lo, pron.i)):
        return None
    owner = previous_subject(reader)
    return [owner] if owner is not None else None


def in_subject(tok) -> bool:
    """The token sits in the phrase that is the subject of its sentence's main verb."""
    root = tok.sent.root
    return any(c.dep_ in SUBJECT_DEPS and c.left_edge.i <= tok.i <= c.right_edge.i for c in root.children)


def previous_subject(reader) -> Ref | None:
    """The one country or organisation that is the subject of the main verb of the sentence before."""
    start = reader.sent.start
    if start == 0:
        return None
    before = reader.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return None
    r = reader.idx.ref(subjects[0].i)
    if r is None or r.demonym or r.type not in ("country", "organization"):
        return None
    return r
