"""A person's party told in a "whose" clause (issue 8, relties4): "Prime Minister X, whose Y party leads the governing
coalition, said ..." or "X, whose Y Movement won the vote" makes X a member of Y. The body must be a named
organisation right after "whose" (over "own") that a party noun closes or follows (roles.yaml `owned_group_nouns`:
party, movement, bloc, alliance, coalition ...), and the antecedent a person named right before the comma; "whose
leader X" (a body's head) is ties.head_of_antecedent's. relties11: with no party noun, a named organisation that is
itself the relative clause's subject ("Talabani, whose Patriotic Union of Kurdistan (PUK) has long kept close ties
with Y", "X, whose Congress for Democracy has been feuding with Z") is the person's too; a name modifying a noun
("whose NATO membership") or a media outlet is not."""

from __future__ import annotations

from .sentence import Sentence

LOOSE = {"council", "committee"}     # a party's organs too ("whose Revolutionary Council has ...")


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
            if self.w(body.end - 1) not in groups and self.w(body.end) not in groups \
                    and not whose_subject_body(self, body):   # "X, whose Y Union has kept ..." (relties11)
                continue
            last = body.end + (self.w(body.end) in groups)
            self.found.add(person, "member_of", body, person.start, min(self.hi, last), confidence=0.6)


def whose_subject_body(reader, body) -> bool:
    """The organisation after "whose" is the relative clause's whole subject: the clause's finite verb follows it
    (over a parenthesised acronym and adverbs), so no noun it modifies does (read on the words: the parser often
    hangs the name on the antecedent as an apposition)."""
    words = [reader.w(j) for j in range(body.start, body.end)]
    if "department" in words or any((w,) in reader.lex.state_bodies and w not in LOOSE for w in words):
        return False                 # "Biden, whose State Department said": a state's body, not his party
    k = reader.skip_parenthetical(body.end)
    while k < reader.hi and reader.doc[k].tag_ == "RB":
        k += 1
    return k < reader.hi and reader.doc[k].tag_ in ("VBZ", "VBD", "VBP", "MD")
