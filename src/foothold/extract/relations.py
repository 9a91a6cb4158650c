"""Relations between actors (placeholder)."""
from __future__ import annotations


class RelationExtractor:
    """leads / member_of / part_of / allied_with / opposes from appositions, titles, possessives."""
    name = "foothold.relations.v1"
    requires = ("doc", "actors", "mentions")
    provides = ("relations",)

    def __call__(self, ctx) -> None:
        return None
