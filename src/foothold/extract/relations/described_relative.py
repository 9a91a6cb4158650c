"""A relative clause after a described name is said of the name (issue 8, relties11): "take over from his father,
X, who has ruled Y since 2006", "met the movement's founder, X, who heads Y": the parser hangs the relative clause on
the describing common noun ("father", "founder") and the name as that noun's apposition, so the clause's subject
"who" resolved to a noun that names no one. The name apposed between the noun and the relative pronoun is the
subject. Read by `verbs.VerbReading.subject_of`.
`named_group_noun`: a lower-case group noun a name is compounded on ("the Fatah alliance, Iran's closest allies in
parliament") stands for the name when a partner phrase is apposed to it (read by `verbs.partner_apposition`)."""

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


def named_group_noun(reader, noun):
    """The organisation named on a lower-case common noun ("the Fatah alliance": Fatah), else None."""
    if noun.pos_ != "NOUN" or not noun.is_lower or reader.ref_of(noun) is not None:
        return None
    return next((r for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1
                 and (r := reader.ref_of(c)) is not None and r.type == "organization"), None)
