"""Alignment modifiers → allied_with: "pro-Iranian X", "X, the Iranian-backed militia"."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence


class AlignmentReading(Sentence):
    def read_alignment_modifiers(self) -> None:
        lex = self.lex
        for i in range(self.lo, self.hi):
            target, first, after = None, None, None
            r = self.idx.ref_starting(i)
            if r and r.allied_modifier:
                target, first, after = r, i, r.end
            elif self.w(i) in lex.allied_prefixes and self.w(i + 1) == "-" and self.idx.ref_starting(i + 2):
                target = self.idx.ref_starting(i + 2)
                first, after = i, target.end
            elif r and self.w(r.end) == "-" and self.w(r.end + 1) in lex.allied_suffixes:
                target, first, after = r, i, r.end + 2
            if target is None or target.type == "person":
                continue
            subject, last = self.aligned_subject(first, after)
            if subject is not None:
                a, b = min(first, subject.start), max(last, subject.end)
                self.found.add(subject, "allied_with", target, a, b, confidence=0.8)

    def aligned_subject(self, first: int, after: int) -> tuple[Ref | None, int]:
        """The actor an alignment modifier describes: the head of its noun phrase or the apposition."""
        j = after
        for _ in range(8):
            r = self.idx.ref_starting(j)
            if r and not r.demonym and r.type in ("person", "organization"):
                return r, r.end
            if self.w(j) == "," :
                r = self.idx.ref_starting(j + 1)
                if r and not r.demonym and r.type in ("person", "organization") and self.np_ends_at(r.end):
                    return r, r.end
                break
            tok = self.doc[j] if j < self.hi else None
            if tok is None or not (tok.pos_ in ("ADJ", "NOUN", "PROPN") or self.w(j) == "-" or (r and r.demonym)):
                break
            j += 1
        # apposition: "Kataeb Hezbollah, the Iranian-backed Shia militia"
        k = self.before_modifiers(first - 1)
        if self.w(k) == ",":
            r = self.idx.ref_ending(k - 1)
            if r and not r.demonym and r.type in ("person", "organization"):
                return r, j
        return None, j

