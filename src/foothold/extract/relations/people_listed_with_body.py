"""People listed together with the body they serve (issue 8, relties2):

- "A and B of Agence France-Presse were wounded": every person of the list before "of" a body is its member (the
  title reader ties only the last one, the name next to "of");
- "two Reuters journalists, A and B, were detained": a plural title modified by a body, named in apposition by a
  list of people, makes each of them the body's member (a counted head title too: "two PKK commanders, A and B"
  are members, as titles.py reads them).
The body must be an organisation or an outlet; a country after "of" ("A and B of Iraq") is left to the title readers.
"""

from __future__ import annotations

from .index import Ref
from .list_items import own_title_before
from .person_of_body import person_of_body
from .plural_apposition import PluralApposition

BODIES = ("organization", "media")
QUANTIFIERS = ("two", "three", "four", "five", "several", "both")


class PeopleListedWithBody(PluralApposition):
    def read_people_listed_with_body(self) -> None:
        for k in range(self.lo, self.hi - 1):
            if self.w(k) == "of":
                self.list_of_body(k)
            elif self.w(k) in QUANTIFIERS:
                self.body_title_then_list(k + 1)

    def list_of_body(self, k: int) -> None:
        """'A and B of ORG': each person of the list is ORG's member."""
        persons = self.coordinated_persons_before(k)
        if not persons:
            one = person_of_body(self, k)         # "X of the Y party" (person_of_body.py, relties8)
            if one is not None:
                self.found.add(one[0], "member_of", one[1], one[0].start, one[1].end, confidence=0.6)
            return
        body = self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the"))
        if not persons or body is None or body.type not in BODIES or body.demonym:
            return
        for p in persons:
            if p is not persons[0] and own_title_before(self, p):
                continue                  # "former prime minister Y and Z of the Pirate Party": Y is described apart
            self.found.add(p, "member_of", body, p.start, body.end, confidence=0.6)

    def body_title_then_list(self, j: int) -> None:
        """'two ORG journalists, A and B': ORG modifies a plural title, the list after the comma names them."""
        body = self.idx.ref_starting(j)
        if body is None or body.type not in BODIES or body.demonym:
            return
        if self.plural_title(self.w(body.end)) is None or self.w(body.end + 1) != ",":
            return
        for p in self.coordinated_persons_after(body.end + 2):
            self.found.add(p, "member_of", body, body.start, p.end, confidence=0.6)

    def coordinated_persons_after(self, j: int) -> list[Ref]:
        """The persons of "A, B and C" starting at token j (only persons, joined by commas and one "and")."""
        out: list[Ref] = []
        while j < self.hi:
            r = self.idx.ref_starting(j)
            if r is None or r.type != "person":
                return []
            out.append(r)
            j = r.end
            if self.w(j) == "and":
                last = self.idx.ref_starting(j + 1)
                return out + [last] if last is not None and last.type == "person" else []
            if self.w(j) != ",":
                return []
            j += 1
        return []
