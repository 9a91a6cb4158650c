"""PLOVER events (placeholder)."""
from __future__ import annotations


class EventExtractor:
    """PLOVER-coded events with source, target, date, location and citations."""
    name = "foothold.events.v1"
    requires = ("doc", "actors", "mentions", "citations", "dates")
    provides = ("events",)

    def __call__(self, ctx) -> None:
        return None
