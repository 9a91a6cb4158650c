"""Whose a "his" / "her" is (issue 8, relties4): a person's, never a body's or a state's.

"X has been in jail since May, when the government dissolved his party, the Y Party, and his ally Z is running in his
place": "his" stands for X, the one person named before it in its sentence (outside a closed relative clause). The
partner and rival readers (ties.owner_of) took the nearest organisation or country for any possessive pronoun, so
"his ally Z" made Z an ally of the Y Party; "its"/"their" keep that reading (sentence.pronoun_owner). Two different
people named before the pronoun make it ambiguous: no owner.

A party noun owned so ("his party, the Y Party", "her movement, Z") makes the person a member of the named body
(roles.yaml `owned_group_nouns`); the named body must follow the noun as its apposition or compound.
"""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence

PERSON_PRONOUNS = ("his", "her")


def person_pronoun_owner(reader: Sentence, j: int) -> Ref | None:
    """The person a "his"/"her" at token j stands for: the one person named before it in the sentence (every mention
    of one actor counts once), skipping names inside a relative clause that j is outside of; None when none or
    two different people are named there."""
    people = people_named_before(reader, j)
    return next(iter(people.values())) if len(people) == 1 else None


def people_named_before(reader: Sentence, j: int) -> dict[str, Ref]:
    """Each person named in the sentence before token j (actor -> its last mention there), skipping names inside a
    relative clause that j is outside of."""
    people: dict[str, Ref] = {}
    for r in reader.refs_before(j):
        if r.type == "person" and not r.demonym:
            people.setdefault(r.actor, r)
    return people


class PersonOwnedGroups(Sentence):
    def read_person_owned_groups(self) -> None:
        """'his party, the Y Party', 'her movement Z': the person the pronoun stands for is a member of Z."""
        for tok in self.tokens:
            if tok.lower_ not in self.lex.owned_group_nouns or tok.pos_ != "NOUN" or self.idx.ref(tok.i) is not None:
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS), None)
            if poss is None or any(c.dep_ == "neg" for c in tok.children):
                continue
            body = self.group_named_after(tok)
            person = person_pronoun_owner(self, poss.i) if body is not None else None
            if person is None or person.actor == body.actor:
                continue
            first, last = max(self.lo, min(person.start, poss.i)), min(self.hi, max(body.end, tok.i + 1))
            self.found.add(person, "member_of", body, first, last, confidence=0.6)

    def group_named_after(self, noun) -> Ref | None:
        """The organisation named as the noun's apposition ("his party, the Y Party,") or right after it ("her
        movement Z")."""
        for c in noun.children:
            if c.dep_ == "appos":
                r = self.idx.ref(c.i)
                if r is not None and r.type == "organization" and not r.demonym:
                    return r
        j = noun.i + 1
        if self.w(j) == ",":
            j += 1 + (self.w(j + 1) == "the")
            r = self.idx.ref_starting(j)
            if r is None or self.w(r.end) not in (",", ".", ";", "(", ")", "and", ""):
                return None                            # "his party, the largest in X, ...": no name apposed
        else:
            r = self.idx.ref_starting(j)
        return r if r is not None and r.type == "organization" and not r.demonym else None
