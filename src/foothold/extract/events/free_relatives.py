"""A judging verb inside a free relative names a thing, it states nothing (issue 8, spurious3).

"froze the assembly in what his opponents called a coup", "condemned what it called a plot", "the fighting, in
what officials described as the worst in a decade": the clause "what X called Y" is a noun phrase of the sentence
(the thing the sentence is about, with the label some party gives it); its judging verb is no statement of its
own. The sentence's own verb ("condemned") is the act, when it is one. "X called the move a coup" (an object
of its own) is a statement, as before.
"""

from __future__ import annotations

FREE_RELATIVE_WORDS = {"what", "whatever"}


def names_in_free_relative(verb) -> bool:
    """The verb's object (or the object of its "as" phrase) is a "what" set before it: a free relative."""
    return any(c.lower_ in FREE_RELATIVE_WORDS and c.i < verb.i and c.dep_ in ("dobj", "nsubjpass")
               for c in verb.children)
