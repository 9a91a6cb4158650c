"""A list of character spans that answers "what lies near here?" without scanning the whole document.

Actor extraction asks, for every candidate name, whether an earlier mention already covers it.
Scanning a list of every span taken so far made the actor stage quadratic in document length
(11 s at 100k words against 0.6 s at 8k); spans are short, so bucketing them by position makes
each question local.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

BUCKET = 256      # characters; a name spans one or two buckets


class SpanIndex(list):
    """A list of (start, end) pairs (append and iterate as usual) with position queries."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__()
        self._buckets: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for span in spans:
            self.append(span)

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        start, end = span
        for b in range(start // BUCKET, max(start, end - 1) // BUCKET + 1):
            self._buckets[b].append(span)

    def extend(self, spans: Iterable[tuple[int, int]]) -> None:
        for span in spans:
            self.append(span)

    def near(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Every span sharing a bucket with [start, end): a superset of those overlapping it."""
        seen: set[tuple[int, int]] = set()
        for b in range(start // BUCKET, max(start, end - 1) // BUCKET + 1):
            for span in self._buckets.get(b, ()):
                if span not in seen:
                    seen.add(span)
                    yield span

    def overlaps(self, start: int, end: int) -> bool:
        return any(start < te and ts < end for ts, te in self.near(start, end))


def near(spans, start: int, end: int) -> Iterable[tuple[int, int]]:
    """``spans.near`` for a SpanIndex; any other list is scanned whole."""
    return spans.near(start, end) if isinstance(spans, SpanIndex) else spans
