"""The Document: text as read from the input, its clean copy and the map between them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..model import DateValue
from .offsets import OffsetMap


@dataclass
class Document:
    id: str                 # sha256 of the text as read: the document's identity
    name: str               # file name, as gold files name documents
    path: str
    format: str             # txt | md | html | pdf | json
    text: str               # the original text; every offset points into it
    clean: str              # normalised copy the NLP reads
    offsets: OffsetMap      # clean offsets -> text offsets
    title: str | None = None
    date: DateValue | None = None
    warnings: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)

    def span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Original (start, end) of a clean-text span."""
        return self.offsets.span(clean_start, clean_end)

    def snippet(self, start: int, end: int) -> str:
        return self.text[start:end]


def is_url(value) -> bool:
    """A document address that is a web URL (http/https), not a local path."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
