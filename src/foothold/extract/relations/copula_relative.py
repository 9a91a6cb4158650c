"""A relative clause on a copula's predicate noun (issue 8, relties4): "X is a Chinese national who also owns Y", "X
was a businessman who headed Y" -- the clause tells of the copula's subject X (verbs.subject_of read the predicate
noun as the antecedent and found no name there). Only a stated "be"/"become"/"remain" whose subject is a name.
"""

from __future__ import annotations

COPULAS = ("be", "become", "remain")


def copula_subject(reader, noun) -> list:
    """[the named subject] of the copula whose predicate noun the relative clause hangs on, else []."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() not in COPULAS or not reader.stated(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            r = reader.ref_of(c)
            return [r] if r is not None else []
    return []
