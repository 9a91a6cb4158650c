"""The original span of every token of a Context's Doc, mapped once per document.

The relations and the events components each index the Doc by original offsets; mapping every token through the
offset map is a bisect per token end and start, the same for both, so it is done once and kept in ``ctx.data``.
"""

from __future__ import annotations

from spacy.attrs import IDX, LENGTH

KEY = "token_spans"


def token_spans(ctx) -> tuple[list[int], list[int]]:
    """(starts, ends): fresh lists of the original offsets of each token of ``ctx.doc``."""
    data = getattr(ctx, "data", None)
    cached = data.get(KEY) if isinstance(data, dict) else None
    if cached is None or cached[0] is not ctx.doc:
        starts, ends = [], []
        span = ctx.span
        # each token's clean offset and length read from the parse's arrays (no Token object made per token)
        for idx, length in zip(*ctx.doc.to_array([IDX, LENGTH]).T.tolist()) if len(ctx.doc) else ():
            s, e = span(idx, idx + length)
            starts.append(s)
            ends.append(e)
        cached = (ctx.doc, starts, ends)
        if isinstance(data, dict):
            data[KEY] = cached
    return list(cached[1]), list(cached[2])
