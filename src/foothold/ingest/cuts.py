"""Paragraph-aligned pieces of a text: the pipeline parses long documents a piece at a time and the reader
shows them a page at a time, both cut the same way."""

from __future__ import annotations


def cuts(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of pieces of about ``size`` characters covering the text, cut at a paragraph break, else a line
    break, else a space in the piece's second half (a hard cut only when there is none)."""
    bounds, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.rfind("\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut + 1 if cut >= 0 else start + size
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds
