"""The head of a region named by its possessive (issue 8, relties4): "X, the Kurdistan region's prime minister",
"the Tigray region's president, X", "Marib province's governor, X" -> X leads the place. A head of state or
government or a regional head (roles.yaml `country_heads`, `regional_heads`, and leader/head/chief) owned by a place
or by a region noun after a place (`region_nouns`); the holder apposed after the title or the name the title is
apposed to. A state's possessive is the title readers' ("Iraq's prime minister, X"); a deputy holder (a former one is
tied: conv4), or a region noun with no place named ("the region's leader"), ties nothing here; "the region's president"
after a place whose own name ends in that noun ("the Kurdistan Region") in the same sentence is that place's (relties9).

`region_place_named` is the place a mention names with its region noun inside it ("Diyala province" as one
mention): title_relations.named_region looked for the noun after the mention only."""

from __future__ import annotations

from .index import Ref
from .lexicon import POSSESSIVE
from .sentence import Sentence

HEAD_WORDS = {("leader",), ("head",), ("chief",)}
DEMOTING = {"deputy", "vice", "outgoing", "acting", "interim"}
FORMER = {"former", "late"}    # a former holder is tied as a sitting one (former_titles.py)


def region_place_named(reader, r: Ref) -> bool:
    """The place mention holds its region noun as its last word ("Diyala province")."""
    return r.type == "place" and r.end - r.start > 1 and reader.w(r.end - 1) in reader.lex.region_nouns


class RegionHeads(Sentence):
    def read_region_heads(self) -> None:
        heads = self.lex.country_heads | self.lex.regional_heads | HEAD_WORDS
        for i in range(self.lo + 1, self.hi - 1):
            if self.w(i) not in POSSESSIVE:
                continue
            place = self.region_owner(i)
            if place is None or self.w(i + 1) in DEMOTING:
                continue
            start = i + 1 + (self.w(i + 1) in FORMER)     # "the Tigray region's former president, X" (conv4)
            n = self.match(start, heads)
            if not n:
                continue
            named = place
            if place.end < i - 1:                        # "the region's": the place named before it (relties9)
                place = Ref(place.actor, place.type, i - 1, i)
            end = start + n
            holder = self.region_holder(place, end)
            if holder is not None:
                first, last = self.span_of(named, holder)
                self.found.add(holder, "leads", place, first, last, confidence=0.6)

    def region_owner(self, i: int) -> Ref | None:
        """The place owning the possessive at token i: "the Kurdistan region's", "Diyala province's", "Marib's"."""
        r = self.idx.ref_ending(i - 1)
        if r is not None:
            return r if r.type == "place" and not r.demonym else None
        if self.w(i - 1) in self.lex.region_nouns:
            r = self.idx.ref_ending(i - 2)
            if r is None and self.w(i - 2) == "the":
                return self.region_named_before(i - 2, self.w(i - 1))
            return r if r is not None and r.type == "place" and not r.demonym else None
        return None

    def region_named_before(self, j: int, noun: str) -> Ref | None:
        """ "Erbil, the capital of the Kurdistan Region, where he met the region's president, X": the nearest place
        named before token j in the sentence whose own name ends in the region noun (relties9); a place named
        otherwise ("Tiraspol ... the region's leader") is no antecedent."""
        for r in self.refs_before(j):
            if r.type == "place" and not r.demonym and r.end - r.start > 1 and self.w(r.end - 1) == noun:
                return r
        return None

    def region_holder(self, place: Ref, end: int) -> Ref | None:
        """The person apposed after the title ("..., the region's president, X") or before it ("X, the ...")."""
        if self.w(end) == ",":
            r = self.idx.ref_starting(end + 1)
            if r is not None and r.type == "person" and self.w(r.end) in (",", ".", ";", "("):
                return r
        k = place.start - 1
        while k > self.lo and self.w(k) in ("the", "a"):
            k -= 1
        if self.w(k) == "," and self.w(end) in (",", ".", ";", "("):
            r = self.idx.ref_ending(k - 1)
            if r is not None and r.type == "person":
                return r
        return None
