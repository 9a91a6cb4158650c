"""A relative clause after a described name is said of the name (issue 8, relties11): "take over from his father,
X, who has ruled Y since 2006", "met the movement's founder, X, who heads Y": the parser hangs the relative clause on
the describing common noun ("father", "founder") and the name as that noun's apposition, so the clause's subject
"who" resolved to a noun that names no one. The name apposed between the noun and the relative pronoun is the
subject. Read by `verbs.VerbReading.subject_of`."""

from __future__ import annotations


def apposed_name(reader, noun, pronoun):
    """The named actor apposed to the common noun `noun` and closing right before the ", who" that opens the
    relative clause, or None."""
    if pronoun.i < 2 or reader.w(pronoun.i - 1) != ",":
        return None
    for c in noun.children:
        if c.dep_ != "appos" or not (noun.i < c.i < pronoun.i):
            continue
        r = reader.ref_of(c)
        if r is not None and r.end == pronoun.i - 1 and r.type in ("person", "organization"):
            return r
    return None
