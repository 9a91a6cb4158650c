"""Parenthesised source notes -> citations (placeholder)."""
from __future__ import annotations


class CitationExtractor:
    """Source notes such as "(IRNA, June 17, 2020)"."""
    name = "foothold.citations.v1"
    requires = ("document",)
    provides = ("citations",)

    def __call__(self, ctx) -> None:
        return None
