"""A principal's staff named with "his"/"her" (issue 8, relties7): "the group's leader, X, and his brother and deputy,
Z", "the Channel Nine reporter X and his cameraman, Z", "the Secretary-General of the United Nations, X, and his
Personal Envoy for W, Z", "Jan Kova, the leader of the Front, and his spokesman, Z". Z serves the body X heads or
serves: member_of it (a spokesman of an organisation leads it, as a body's spokesman does by the gold conventions).

The pronoun stands for the person coordinated right before it ("the Y reporter X and his"), else for a person named
before it in the sentence (outside a closed relative clause), or, opening the sentence, for the subject of the
sentence before. Every such person must serve the same one body (a person of no known
body, or two bodies, bind nothing): a principal's body is the one organisation or outlet (else the one country) the
person was found to lead or serve so far in the document. Z must follow the staff phrase as its apposition ("his deputy, Z") or right after it ("his
aide Z"), and must not be tied to that body already. The staff nouns are data/principal_staff.yaml (validated at
load); the phrase between the pronoun and its staff noun holds words only (no organisation or person named)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .index import Ref
from .person_possessor import people_named_before
from .sentence import Sentence

DATA = Path(__file__).resolve().parents[2] / "data" / "principal_staff.yaml"
PRONOUNS = ("his", "her")
SERVICE = ("leads", "member_of")
BODIES = ("organization", "media")
MAX_PHRASE = 7                         # "his brother and deputy", "his Personal Envoy for Western Sahara"
STOP = {";", ":", "(", ")", "who", "which", "that", "or", "."}


@dataclass(frozen=True)
class StaffWords:
    staff_nouns: frozenset[str]
    speaker_nouns: frozenset[str]


@lru_cache(maxsize=2)
def staff_words(path: str | None = None) -> StaffWords:
    return read_word_sets(path or DATA, StaffWords, "principal staff")


@lru_cache(maxsize=2)
def staff_phrases(path: str | None = None) -> frozenset:
    """The staff nouns as word tuples, for `Sentence.match`."""
    return frozenset(tuple(p.split()) for p in staff_words(path).staff_nouns)


def served_body(found, types, actor: str) -> str | None:
    """The one organisation or outlet the person was found to lead or serve, else the one country, else None."""
    bodies = {o for (s, p, o) in found.by_key if s == actor and p in SERVICE}
    for kinds in (BODIES, ("country",)):
        some = {o for o in bodies if types.get(o) in kinds}
        if some:
            return some.pop() if len(some) == 1 else None
    return None


class PrincipalStaff(Sentence):
    def read_principal_staff(self) -> None:
        words = staff_words()
        for j in range(self.lo, self.hi - 2):
            if self.w(j) not in PRONOUNS:
                continue
            found = self.staff_phrase(j, words)
            if found is None:
                continue
            noun, staff = found
            body = self.principal_body(j)
            if body is None or body == staff.actor:
                continue
            typ = self.idx.types.get(body)
            pred = "leads" if noun in words.speaker_nouns and typ in BODIES else "member_of"
            if any((staff.actor, p, body) in self.found.by_key for p in SERVICE):
                continue
            self.found.add(staff, pred, Ref(body, typ or "organization", j, j + 1), j, staff.end, confidence=0.6)

    def staff_phrase(self, j: int, words: StaffWords) -> tuple[str, Ref] | None:
        """(staff noun, named person) for "his [words] STAFF-NOUN[ phrase][,] NAME"; None when no such shape."""
        noun, k = None, j + 1
        while k < min(self.hi, j + 1 + MAX_PHRASE):
            r = self.idx.ref_starting(k)
            if r is not None:
                if r.type == "person" and noun is not None:
                    return noun, r                                   # "his aide Z"
                if r.type in ("person", "organization", "media") or r.demonym:
                    return None
                k = r.end
                continue
            if self.w(k) == ",":
                if noun is None:
                    return None
                r = self.idx.ref_starting(k + 1)
                if r is not None and r.type == "person" and self.w(r.end) in (",", ".", ";", "and", "", "(", "who"):
                    return noun, r                                   # "his deputy, Z,"
                return None
            n = self.match(k, staff_phrases())
            if n:
                noun = " ".join(self.words[k:k + n])
                k += n
                continue
            if self.w(k) in STOP:
                return None
            k += 1
        return None

    def principal_body(self, j: int) -> str | None:
        """The one body every person the pronoun may stand for serves (see the module docstring); a person
        coordinated right before the pronoun ("X, and his", "the reporter X and his") is the one it stands for."""
        k = j - 1 - (self.w(j - 1) == "and")
        k -= self.w(k) == ","
        if k < j - 1:
            r = self.idx.ref_ending(k)
            if r is not None and r.type == "person" and not r.demonym:
                return served_body(self.found, self.idx.types, r.actor)
        people = people_named_before(self, j)
        if not people and j == self.lo and self.lo > 0:
            prev = self.doc[self.lo - 1].sent
            subject = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            r = self.idx.ref(subject.i) if subject is not None else None
            if r is not None and r.type == "person":
                people[r.actor] = r
        bodies = {served_body(self.found, self.idx.types, a) for a in people}
        return bodies.pop() if len(bodies) == 1 else None           # none, two, or one person of no known body
