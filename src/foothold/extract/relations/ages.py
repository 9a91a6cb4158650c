"""A person's age written between the name and what is apposed to it (issue 8, relties6): "X, 53, the leader of Y",
"X, 53, a former journalist who has run Y since 2016" -- wire copy's ", 53," stands between the holder and the title
or the descriptive noun, so the readers that look for a name right before the apposition's comma found none
(sentence.person_ending_before, sentence.apposition_anchor). Only a bare whole number a person's age can be (1 to
120), closed by commas on both sides."""

from __future__ import annotations


def before_age(reader, i: int) -> int:
    """i is the index of an apposition's comma; if ", AGE" stands right before it, the index of the comma before the
    age (where the name ends), else i."""
    if i - 2 < reader.lo or reader.w(i) != "," or reader.w(i - 2) != ",":
        return i
    age = reader.doc[i - 1]
    return i - 2 if age.text.isdigit() and 1 <= int(age.text) <= 120 else i
