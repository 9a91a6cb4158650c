"""An event noun that refers back to an act told just before ("The raid also detained two officers").

Narrow on purpose (a broad version, any definite event noun anywhere, lowered the check half of
news-dev): the noun is the subject of an act that names no doer, it is definite ("the", "this",
"that"), names no actor of its own, and an act of its type with a named doer was told in the same
sentence or the two before it. That act's doer is the doer of the new act.
"""

from __future__ import annotations

from .index import DocIndex
from .lexicon import Lexicon
from .triggers import noun_trigger

DEFINITE = {"the", "this", "that", "these", "those"}
WINDOW = 3              # the act's own sentence and the two before it
# a raid is told as an attack or as a coercive search: either reading refers back to the other
INTERCHANGEABLE = ({"ASSAULT", "COERCE"},)


def same_kind(a: str, b: str) -> bool:
    return a == b or any({a, b} <= group for group in INTERCHANGEABLE)


def referring_noun(subj, lex: Lexicon, index: DocIndex) -> str | None:
    """The event type a definite, actorless event noun names, or None."""
    if subj is None or subj.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children):
        return None
    if any(index.actor_at(t.i) is not None and index.actor_at(t.i).type != "place" for t in subj.subtree):
        return None          # "the Israeli raid": the noun names its own doer ("the raid on Gori": only where)
    hit = noun_trigger(subj, lex)
    return hit[0].type if hit is not None else None


def told_doer(subj, etype: str, events: list, meta: list[dict], recent: list[int], lex: Lexicon,
              index: DocIndex) -> list[str]:
    """The doer of the act ``subj`` refers back to, for an act of type ``etype`` (empty: none).

    ``recent``: the start tokens of the sentences read so far, the current one last."""
    ntype = referring_noun(subj, lex, index)
    if ntype is None or not same_kind(ntype, etype):
        return []
    window = set(recent[-WINDOW:])
    for other, m in zip(reversed(events), reversed(meta)):
        if m["sent"] not in window:
            break
        if m["kind"] != "speech" and other.source and same_kind(other.type, ntype):
            return list(other.source)
    return []
