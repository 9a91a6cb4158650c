"""Actors named as examples of an aligned, unnamed group share its alignment: "Russia-backed militias such as the
Vostok Battalion", "the Mahdi Army and other Iran-aligned factions" (issue 8, bench/relation_loss.py: "in sentence,
no tie read"). The alignment modifier itself is read by `alignment.AlignmentReading`; this module only finds whom
its group noun names."""

from __future__ import annotations

from .index import Ref
from .lexicon import DETERMINERS
from .sentence import Sentence

OTHERS = ("other", "similar")        # "A and other X-backed groups": A is one of them
LIST_GLUE = (",", "and", "or")


class ExampleReading(Sentence):
    def opens_examples(self, j: int) -> bool:
        """Whether token j starts "such as": what follows names examples of the noun before."""
        return self.w(j) == "such" and self.w(j + 1) == "as"

    def listed_before_others(self, first: int) -> list[Ref]:
        """The named groups or people listed right before "and other" + the aligned phrase starting at token
        ``first`` ("A, B and other Iran-aligned factions" → A, B); [] when the phrase opens no such list."""
        k = first - 1
        while k >= self.lo and self.w(k) in DETERMINERS:
            k -= 1
        if self.w(k) not in OTHERS or self.w(k - 1) not in ("and", "or"):
            return []
        out: list[Ref] = []
        k -= 2
        while k >= self.lo and len(out) < 10:
            r = self.idx.ref_ending(k)
            if r is not None and not r.demonym and r.type in ("person", "organization"):
                out.append(r)
                k = r.start - 1
                while k >= self.lo and self.w(k) in DETERMINERS:
                    k -= 1
                if self.w(k) not in LIST_GLUE:
                    break
                k -= 1
                continue
            break
        return out[::-1]
