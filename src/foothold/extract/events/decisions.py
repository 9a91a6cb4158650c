"""A decision taken to act against someone is the act (issue 8, evtype3: the right happening typed wrong).

"The council decided to expel the group's members", "the ministry has decided to cancel the visit": a body's
decision, told as taken, enacts a conflict act (PLOVER SANCTION, REJECT ...), where a pledge or a plan to hurt
is a threat. A decision to cooperate ("decided to begin work on a memorandum", "decided to attend") stays a
stated intention (PLOVER AGREE), as `senses.content_types` reads it.
"""
from __future__ import annotations

DECIDING = frozenset({"decide", "resolve"})
TAKEN = frozenset({"VBD", "VBN", "VBZ"})       # "decided", "has decided", "decides" (a communiqué's operative verb)


def decided_conflict(lex, f, etype: str) -> bool:
    """The trigger is the infinitive of a decision taken, and its act is one of conflict."""
    tok = f.token
    head = tok.head
    return f.kind == "verb" and tok.dep_ == "xcomp" and head.lemma_.lower() in DECIDING and head.tag_ in TAKEN \
        and lex.quads.get(etype, "").endswith("conflict")
