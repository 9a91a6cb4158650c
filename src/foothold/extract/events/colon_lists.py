"""A list after a colon is no apposition of a named subject (evargs8): "the Military Court in X, which the rebels
control, sentenced four journalists to death: A, B, C and D". The parser hangs the colon's list on the sentence's
first noun, the court, as its apposition, so `arguments.head_actors` read the four persons as the court (a person
outranks a body) and the victims became the doers. A named head keeps its own actor: the names after a colon that
stands between it and them are the list the clause ends on."""
from __future__ import annotations

COLONS = frozenset({":"})


def colon_apposition(head, child) -> bool:
    """``child`` is an apposition of ``head`` written after a colon that stands between them."""
    if child.dep_ != "appos" or child.i <= head.i:
        return False
    return any(t.text in COLONS for t in head.doc[head.i + 1:child.left_edge.i])
