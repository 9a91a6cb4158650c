"""The office a person is chosen for, hung by the parser on the person (issue 8, evcand2).

"an electoral college chose X, a former footballer loyal to Y, as president": after an apposition the small model
attaches "as president" to the chosen person instead of the verb, so the selecting verb's needed as-phrase
(plover.yaml `choose`, `pick`, `select`: `needs_prep: [as]`) is found on its direct object too.
"""

from __future__ import annotations


def object_as_phrases(verb) -> list:
    """The as-phrases on the verb's direct object ("chose X, ..., as president")."""
    return [c for o in verb.children if o.dep_ == "dobj" for c in o.children
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > o.i]
