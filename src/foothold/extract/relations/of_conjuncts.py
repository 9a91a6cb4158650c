"""A tie repeated over a coordinated of-phrase (issue 8, relrecall4): "X, the leader of A and of B", "the political
spokesman of the M23 and of the AFC", "a member of A and of B". The repeated "of" says the title governs both
bodies, so whatever tie the sentence's readers drew between the holder and A (its evidence ending at A) holds for B
too. A bare "of A and B" is left alone: "the leader of Hamas and Israel's ..." coordinates other things."""

from __future__ import annotations

from bisect import bisect_left

from .sentence import Sentence

PREDICATES = ("leads", "member_of", "part_of")
BODIES = ("organization", "country")


class OfConjuncts(Sentence):
    def read_of_conjuncts(self) -> None:
        for i in range(self.lo, self.hi - 3):
            first = self.idx.ref_ending(i)
            if first is None or first.demonym or first.type not in BODIES:
                continue
            k = self.skip_parenthetical(i + 1)               # "the M23 (...) and of the AFC"
            if self.w(k) != "and" or self.w(k + 1) != "of":
                continue
            m = k + 2 + (self.w(k + 2) == "the")
            second = self.idx.ref_starting(m)
            if second is None or second.demonym or second.type not in BODIES or second.actor == first.actor:
                continue
            self.repeat_ties(first, second)

    def repeat_ties(self, first, second) -> None:
        """Each tie to `first` whose evidence closes on it, drawn again to `second`."""
        start, end = self.idx.original(first.start, first.end)
        for (s, p, o), rel in list(self.found.by_key.items()):
            if o != first.actor or p not in PREDICATES or rel.end != end or rel.start >= start:
                continue
            lo = self.token_at(rel.start)
            if lo is not None:
                self.found.add(s, p, second, lo, second.end, title=rel.title, confidence=rel.confidence)

    def token_at(self, char: int) -> int | None:
        """The token whose original span starts at `char` (in this sentence or before it: a name heading over a
        verbless title line, heading_holder.py)."""
        j = bisect_left(self.idx.tok_starts, char, hi=self.hi)
        return j if j < self.hi and self.idx.tok_starts[j] == char else None
