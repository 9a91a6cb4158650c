"""Answers remembered while the events component reads a document whose parse is settled.

The events component repairs the parse first (releases, statements, narrated, fronted_dates, finite_conjunct), then
reads it sentence by sentence; from then on a question asked of a token ("why is this trigger no happening?") has
one answer, yet the candidates, the skips and a verb's conjuncts ask it again and again. Inside ``settled_parse(doc)``
``remembered(kind, token, compute)`` answers each (kind, token) once, ``per_document(kind, doc, compute)`` each kind
once; outside it (tests, other components reading the
parse before its repairs) every call computes afresh.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

_MEMO: ContextVar[tuple | None] = ContextVar("settled_parse_memo", default=None)


@contextmanager
def settled_parse(doc):
    """Remember answers about the tokens of ``doc`` until the block ends (its parse must not change inside)."""
    reset = _MEMO.set((doc, {}))
    try:
        yield
    finally:
        _MEMO.reset(reset)


def per_document(kind: str, doc, compute):
    """``compute(doc)``, once per kind inside ``settled_parse`` of ``doc``."""
    memo = _MEMO.get()
    if memo is None or memo[0] is not doc:
        return compute(doc)
    answers = memo[1]
    if kind not in answers:
        answers[kind] = compute(doc)
    return answers[kind]


def remembered(kind: str, token, compute):
    """``compute(token)``, once per (kind, token) inside ``settled_parse`` of the token's doc."""
    memo = _MEMO.get()
    if memo is None or memo[0] is not token.doc:
        return compute(token)
    key = (kind, token.i)
    answers = memo[1]
    if key not in answers:
        answers[key] = compute(token)
    return answers[key]
