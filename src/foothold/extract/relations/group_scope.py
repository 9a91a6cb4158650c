"""A state's group of officials gives its state only to titles inside the group's phrase (issue 8, relshapes).

"Senior Iraqi officials, including Interior Minister X, met": the minister is one of the Iraqi officials. "Irish
officials summoned Foreign Minister X": the minister is whom the officials summoned, another state's; the group
noun is the verb's subject and the title its object, outside the group's phrase.
"""

from __future__ import annotations


def title_in_group(doc, group: int, title_start: int) -> bool:
    """The title's first token lies in the phrase the group noun heads (its subtree)."""
    noun = doc[group]
    return noun.left_edge.i <= title_start <= noun.right_edge.i
