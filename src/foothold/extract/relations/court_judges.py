"""A judge named with the court they sit on (issue 8, relties9): "High Court judge X", "Supreme Court Justice X"
(the court's name right before the judge's noun and the person), "X, a judge of the Supreme Court" (the noun apposed
to the person, the court after "of"): the person is member_of the court (FORMAT.md: a person who serves in an
organisation). The court is an organisation whose name ends in one of roles.yaml `court_nouns`; the judge's nouns are
`judge_nouns`. "Judge X" with no court named is a bare title (left to the title readers); "Chief Justice" and a
court's president are its head, left to the title readers too."""

from __future__ import annotations

from functools import lru_cache

from ...resolve.names import normalise_name
from .index import Ref
from .lexicon import role_words
from .sentence import Sentence


@lru_cache(maxsize=2)
def judge_nouns(path: str | None = None) -> frozenset[str]:
    return role_words("judge_nouns", path)


@lru_cache(maxsize=2)
def court_nouns(path: str | None = None) -> frozenset[str]:
    return role_words("court_nouns", path)


class CourtJudges(Sentence):
    def read_court_judges(self) -> None:
        for i in range(self.lo, self.hi):
            held = self.court_inside_person(i)
            if held is not None:
                person, court = held
                self.found.add(person, "member_of", court, person.start, person.end, confidence=0.6)
                continue
            court = self.idx.ref_starting(i)
            if court is None or not self.is_court(court):
                continue
            k = court.end
            if self.w(k) in judge_nouns() and self.w(court.start - 1) not in ("chief", "deputy"):
                person = self.idx.ref_starting(k + 1)
                if person is not None and person.type == "person":
                    self.found.add(person, "member_of", court, court.start, person.end, confidence=0.6)
                continue
            person = self.judge_apposed_before(court)
            if person is not None:
                self.found.add(person, "member_of", court, person.start, court.end, confidence=0.6)

    def court_inside_person(self, i: int) -> tuple[Ref, Ref] | None:
        """A person's mention laid over the court's name and the judge's noun ("Supreme Court Justice X" as one
        mention): the person and the court actor the words before the noun name."""
        person = self.idx.ref_starting(i)
        if person is None or person.type != "person":
            return None
        for k in range(person.start + 1, person.end - 1):
            if self.w(k) in judge_nouns() and self.w(k - 1) in court_nouns():
                if self.w(person.start) in ("chief", "deputy"):
                    return None
                for s in range(person.start, k - 1):
                    actor = self.idx.name_keys.get(normalise_name(self.doc[s:k].text))
                    if actor is not None and actor != person.actor and self.idx.types.get(actor) == "organization":
                        return person, Ref(actor, "organization", s, k)
        return None

    def is_court(self, r: Ref) -> bool:
        return r.type == "organization" and not r.demonym and self.w(r.end - 1) in court_nouns()

    def judge_apposed_before(self, court: Ref) -> Ref | None:
        """ "X, a judge of the Supreme Court": the person before "a/the <judge noun> of (the) <court>"."""
        k = court.start - (self.w(court.start - 1) == "the")
        if self.w(k - 1) != "of" or self.w(k - 2) not in judge_nouns() or self.w(k - 3) not in ("a", "an", "the"):
            return None
        if self.w(k - 4) != ",":
            return None
        person = self.idx.ref_ending(k - 5)
        return person if person is not None and person.type == "person" else None
