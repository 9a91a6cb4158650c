"""An offset map from a normalised text back to the original text.

The normaliser builds the clean text piece by piece: each piece is either a
run copied from the original or a replacement for an original range. Every
span found in the clean text maps back to the original range it came from,
so provenance always points at the words as the user's file has them.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass, field


def _ints() -> array:
    return array("q")


@dataclass
class OffsetMap:
    # Parallel arrays (8 bytes an entry, not a Python int each: a 20 MB text has ~120k pieces),
    # one entry per piece, sorted by clean_start.
    clean_starts: array = field(default_factory=_ints)
    orig_starts: array = field(default_factory=_ints)
    orig_ends: array = field(default_factory=_ints)
    copied: array = field(default_factory=lambda: array("b"))   # 1: a verbatim run (linear map)
    clean_length: int = 0
    orig_length: int = 0

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        m = cls()
        if length:
            m._add(0, 0, length, True, length)
        m.clean_length = m.orig_length = length
        return m

    def _add(self, clean_start: int, orig_start: int, orig_end: int, copied: bool, clean_len: int) -> None:
        self.clean_starts.append(clean_start)
        self.orig_starts.append(orig_start)
        self.orig_ends.append(orig_end)
        self.copied.append(copied)

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Map a clean offset to the original text.

        Start offsets map to the start of the piece they fall in; with
        ``end=True`` a position is treated as an exclusive end, so a span
        ending inside a replacement covers the whole replaced original range
        and a span ending before deleted markup ("bold**") stops before it.
        """
        if not self.clean_starts:
            return 0
        pos = min(max(pos, 0), self.clean_length)
        if end:
            if pos == 0:
                return self.orig_starts[0]
            i = bisect_right(self.clean_starts, pos - 1) - 1
        else:
            if pos == self.clean_length:
                return self.orig_ends[-1]
            i = bisect_right(self.clean_starts, pos) - 1
        if self.copied[i]:
            return self.orig_starts[i] + (pos - self.clean_starts[i])
        return self.orig_ends[i] if end else self.orig_starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean [start, end) span to the original [start, end)."""
        s = self.to_original(start)
        e = self.to_original(end, end=True)
        return s, max(s, e)

    def to_clean(self, pos: int) -> int:
        """Map an original offset to the clean text (e.g. gold offsets for training).

        A position inside a replaced range maps to its replacement's start; one
        inside deleted text maps to where the next kept text starts.
        """
        if not self.clean_starts:
            return 0
        i = bisect_right(self.orig_starts, pos) - 1
        if i < 0:
            return 0
        if pos < self.orig_ends[i]:
            offset = pos - self.orig_starts[i] if self.copied[i] else 0
            return self.clean_starts[i] + offset
        if i + 1 < len(self.clean_starts):
            return self.clean_starts[i + 1]
        return self.clean_length


def slice_map(m: OffsetMap, a: int, b: int) -> tuple[OffsetMap, int, int]:
    """The map of clean[a:b] onto its own original range, both counted from 0; and that range.

    Used to extract a long document segment by segment: each segment is a document of its
    own whose offsets are shifted back by the original range's start.
    """
    oa, ob = m.to_original(a), m.to_original(b, end=True)
    out = OffsetMap()
    n = len(m.clean_starts)
    i = max(bisect_right(m.clean_starts, a) - 1, 0)
    while i < n and m.clean_starts[i] < b:
        cs = m.clean_starts[i]
        ce = m.clean_starts[i + 1] if i + 1 < n else m.clean_length
        lo, hi = max(cs, a), min(ce, b)
        if lo < hi:
            if m.copied[i]:
                out._add(lo - a, m.orig_starts[i] + (lo - cs) - oa, m.orig_starts[i] + (hi - cs) - oa, True, hi - lo)
            else:
                out._add(lo - a, max(m.orig_starts[i], oa) - oa, min(m.orig_ends[i], ob) - oa, False, hi - lo)
        i += 1
    out.clean_length, out.orig_length = b - a, ob - oa
    return out, oa, ob


class CleanTextBuilder:
    """Builds a clean text and its OffsetMap from a sequence of edits."""

    def __init__(self, original: str):
        self.original = original
        self.parts: list[str] = []
        self.map = OffsetMap()
        self.clean_len = 0

    def copy(self, start: int, end: int) -> None:
        if end <= start:
            return
        self.map._add(self.clean_len, start, end, True, end - start)
        self.parts.append(self.original[start:end])
        self.clean_len += end - start

    def replace(self, start: int, end: int, text: str) -> None:
        """Replace original[start:end] by ``text`` (either may be empty)."""
        if text:
            self.map._add(self.clean_len, start, end, False, len(text))
            self.parts.append(text)
            self.clean_len += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        self.map.clean_length = self.clean_len
        self.map.orig_length = len(self.original)
        return "".join(self.parts), self.map
