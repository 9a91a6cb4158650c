"""A state's group of officials gives its state to a title it includes, not to one it acts on (issue 8, relshapes).

"Senior Iraqi officials, including Interior Minister X, met": the minister is one of the Iraqi officials. "Irish
officials summoned Foreign Minister X": the minister is whom the officials summoned, another state's. The group noun
is the subject of a verb and the title sits in that verb's object; a title in what the group says ("Iraqi officials
said Interior Minister X resigned") may still be the group's state's, as before.
"""

from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "attr", "oprd", "agent"})


def title_in_group(doc, group: int, title_start: int) -> bool:
    """False when the group noun is a verb's subject and the title lies in that verb's object."""
    noun = doc[group]
    if noun.left_edge.i <= title_start <= noun.right_edge.i or noun.dep_ not in SUBJECT_DEPS:
        return True
    verb, tok = noun.head.i, doc[title_start]
    while tok.head.i != tok.i and tok.head.i != verb:      # spaCy makes a new Token per access: compare .i
        tok = tok.head
    return tok.head.i != verb or tok.dep_ not in OBJECT_DEPS
