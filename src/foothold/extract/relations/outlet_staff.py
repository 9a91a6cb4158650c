"""A reporter named with the outlet they write for (issue 8, relrecall3): "Raymond X of The New York Times and Alma Y
of The Washington Post visited the site", "Jane Z of Reuters reported": the person is member_of the outlet (FORMAT.md:
a person who serves in an organisation). Only a person's name directly followed by "of" and a media actor."""

from __future__ import annotations

from .sentence import Sentence


class OutletStaff(Sentence):
    def read_outlet_staff(self) -> None:
        for i in range(self.lo, self.hi):
            person = self.idx.ref_starting(i)
            if person is None or person.type != "person" or self.w(person.end) != "of":
                continue
            k = person.end + 1 + (self.w(person.end + 1) == "the")
            outlet = self.idx.ref_starting(k)
            if outlet is not None and outlet.type == "media":
                self.found.add(person, "member_of", outlet, person.start, outlet.end, confidence=0.6)
