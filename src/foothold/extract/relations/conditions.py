"""A tie told only as a condition is no tie (issue 8, relshapes).

"Hezbollah warned it would strike if France continued to support Israel": the backing verb is the complement of
a verb opened by "if", so the sentence states no backing. `Sentence.stated` reads the verb's own marker; this reads
the chain of complements and conjuncts above it, up to the clause the condition opens.
"""

from __future__ import annotations

CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# links by which a verb belongs to the clause above it: "continued to support", "stopped backing", "and armed"
CHAIN_DEPS = frozenset({"xcomp", "conj"})


def under_condition(verb) -> bool:
    """The verb, or a verb it completes or is coordinated with, is opened by if/unless/whether."""
    tok = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
            return True
        if tok.dep_ not in CHAIN_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
