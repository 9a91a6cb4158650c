"""A person told something is its audience, not a party consulted (issue 8, evargs13).

plover.yaml `inform` and `brief` take a named person as the one consulted ("informed the Trade Minister of X, Y, of
the request by telephone": CONSULT). "The Secretary informed the Prime Minister that the United States will extend
the waiver" tells, in its that-clause, what was said in a call the text codes on its own: the person told is the
audience of the content, which the speech reading types. Read in `material.target_gate`.
"""

from __future__ import annotations

CLAUSE_DEPS = frozenset({"ccomp"})


def told_content(verb) -> bool:
    """``verb`` carries what was told as a clause of its own ("informed X that ...")."""
    return any(c.dep_ in CLAUSE_DEPS for c in verb.children)


def audience_only(verb, etype: str, target: str, index) -> bool:
    """``target`` of the consultation ``verb`` is a person only told the clause's content."""
    return etype == "CONSULT" and index.actor_type.get(target) == "person" and told_content(verb)
