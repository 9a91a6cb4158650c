"""The tokens of a parsed Doc, made once while one component reads it.

Iterating a Doc makes a new Token object per word at each walk (about 8 ms on a 10k-token report on a loaded
machine); the actor rules walk the whole document some twenty times. Inside `tokens_kept(doc)` (the actors
component's block) `doc_tokens(doc)` makes the list at its first call and hands the same list after; outside the
block every call makes a fresh list, so tests and other callers see no difference.

A Token is only (Doc, index) and reads its word and parse live, so a kept list is the Doc's own tokens whatever was
set on them since; were the Doc retokenized (its length changed) the list is made afresh. The list is dropped when
the block ends: Tokens point back at their Doc, and a Doc's `user_data` keeping them would make a reference cycle
that outlived the component (perf3).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

KEY = "_foothold_tokens"


def doc_tokens(doc) -> list:
    """``list(doc)``, made once per `tokens_kept` block (each call outside one makes it afresh)."""
    kept = doc.user_data.get(KEY)
    if kept is not None and len(kept) == len(doc):
        return kept
    tokens = list(doc)
    if KEY in doc.user_data:
        doc.user_data[KEY] = tokens
    return tokens


@contextmanager
def tokens_kept(doc) -> Iterator[None]:
    """Within the block, `doc_tokens(doc)` keeps its list; it is dropped when the block ends."""
    doc.user_data[KEY] = None
    try:
        yield
    finally:
        doc.user_data.pop(KEY, None)


def span_tokens(span) -> list:
    """``list(span)`` for a sentence or other Span; inside a `tokens_kept` block a slice of the Doc's kept list (no new
    Token objects), outside one the Span's own tokens as before."""
    doc = getattr(span, "doc", None)
    if doc is None or doc is span or KEY not in doc.user_data:
        return list(span)                 # a Doc itself, or no block open: its own tokens
    return doc_tokens(doc)[span.start:span.end]
