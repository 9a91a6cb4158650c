"""A person's party told in a "whose" clause (issue 8, relties4): "Prime Minister X, whose Y party leads the governing
coalition, said ..." or "X, whose Y Movement won the vote" makes X a member of Y. The body must be a named
organisation right after "whose" (over "own") that a party noun closes or follows (roles.yaml `owned_group_nouns`:
party, movement, bloc, alliance, coalition ...), and the antecedent a person named right before the comma; "whose
leader X" (a body's head) is ties.head_of_antecedent's."""

from __future__ import annotations

from .sentence import Sentence


class WhoseParty(Sentence):
    def read_whose_parties(self) -> None:
        for i in range(self.lo + 1, self.hi):
            if self.w(i) != "whose":
                continue
            k = i - 1 - (self.w(i - 1) == ",")
            person = self.idx.ref_ending(k)
            if person is None or person.type != "person" or person.demonym:
                continue
            j = i + 1 + (self.w(i + 1) == "own")
            body = self.idx.ref_starting(j)
            if body is None or body.type != "organization" or body.demonym:
                continue
            groups = self.lex.owned_group_nouns
            if self.w(body.end - 1) not in groups and self.w(body.end) not in groups:
                continue
            last = body.end + (self.w(body.end) in groups)
            self.found.add(person, "member_of", body, person.start, min(self.hi, last), confidence=0.6)
