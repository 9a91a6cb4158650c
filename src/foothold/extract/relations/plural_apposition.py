"""Several persons apposed to one plural title (issue 8, relrecall3): "Juan P and Maria L, two members of the
Workers' Party", "A and B, both commanders of the X", "A, B and C, leaders of the Y". Each person holds the title in
the body named after "of": the plural of a `leads` title makes each a head (leads), of a `member_of` title a member."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence

QUANTIFIERS = {"two", "three", "four", "five", "both", "all", "the"}
SIDES = ("organization", "country")


class PluralApposition(Sentence):
    def read_plural_appositions(self) -> None:
        for k in range(self.lo + 1, self.hi - 3):
            if self.w(k) != ",":
                continue
            persons = self.coordinated_persons_before(k)
            if len(persons) < 2:
                continue
            j = k + 1 + (self.w(k + 1) in QUANTIFIERS)
            predicate = self.plural_title(self.w(j))
            if predicate is None or self.w(j + 1) != "of":
                continue
            m = j + 2 + (self.w(j + 2) == "the")
            body = self.idx.ref_starting(m)
            if body is None or body.type not in SIDES or body.demonym:
                continue
            for p in persons:
                self.found.add(p, predicate, body, p.start, body.end, confidence=0.6)

    def coordinated_persons_before(self, k: int) -> list[Ref]:
        """The persons of "A, B and C" ending at token k - 1 (only persons, joined by commas and one "and")."""
        out: list[Ref] = []
        j = k - 1
        while j >= self.lo:
            r = self.idx.ref_ending(j)
            if r is None or r.type != "person":
                break
            out.append(r)
            j = r.start - 1
            if self.w(j) == "and" and len(out) == 1:
                j -= 1
            elif self.w(j) == "," and len(out) > 1 and self.idx.ref_ending(j - 1) is not None:
                j -= 1
            else:
                break
        return out if len(out) >= 2 else []

    def plural_title(self, word: str) -> str | None:
        """leads or member_of for the plural of a one-word title ("commanders", "members"), else None."""
        if not word.endswith("s") or word.endswith("ss"):
            return None
        single = (word[:-1],)
        if single in self.lex.leads:
            return "leads"
        if single in self.lex.members:
            return "member_of"
        return None
