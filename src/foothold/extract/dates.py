"""Date phrases -> normalised dates with precision (placeholder)."""
from __future__ import annotations


class DateExtractor:
    """Date phrases anchored on the document date."""
    name = "foothold.dates.v1"
    requires = ("document", "doc")
    provides = ("dates",)

    def __call__(self, ctx) -> None:
        return None
