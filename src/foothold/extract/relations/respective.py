"""A plural title shared out over as many states as names (issue 8, relrecall2): "his Ugandan and Tanzanian
counterparts, A and B", "the Kenyan and Somali defence ministers, A and B": each holder serves the state in the same
place of its list (a head of state or government leads it, anyone else is member_of it)."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence

LIST_GLUE = {",", "and"}


class RespectiveTitles(Sentence):
    def read_respective_titles(self) -> None:
        for tok in self.tokens:
            if tok.tag_ != "NNS" or (tok.lemma_.lower(),) not in self.lex.titles or self.idx.ref(tok.i):
                continue
            states = self.states_before(tok.i)
            if len(states) < 2:
                continue
            holders = self.holders_after(tok.i + 1)
            if len(holders) != len(states):
                continue                          # not one holder a state: no way to pair them
            predicate = "leads" if (tok.lemma_.lower(),) in self.lex.country_heads else "member_of"
            for state, holder in zip(states, holders):
                self.found.add(holder, predicate, state, states[0].start, holder.end, confidence=0.65)

    def states_before(self, i: int) -> list[Ref]:
        """The states coordinated before a plural title, in order ("Ugandan and Tanzanian [defence] ministers")."""
        k = i - 1
        for _ in range(2):                        # a portfolio between ("defence", "foreign")
            if self.idx.ref(k) is None and self.doc[k].is_lower and self.doc[k].pos_ in ("NOUN", "ADJ"):
                k -= 1
        states: list[Ref] = []
        while k >= self.lo:
            r = self.idx.ref_ending(k)
            if r is None or r.type != "country":
                break
            states.insert(0, r)
            k = r.start - 1
            if self.w(k) not in LIST_GLUE:
                break
            k -= 1
        return states

    def holders_after(self, j: int) -> list[Ref]:
        """The people listed after a comma closing a plural title ("..., A and B")."""
        if self.w(j) != ",":
            return []
        j += 1
        holders: list[Ref] = []
        while j < self.hi:
            r = self.person_at(j)
            if r is None:
                break
            holders.append(r)
            j = r.end
            if self.w(j) not in LIST_GLUE:
                break
            j += 2 if self.w(j) == "," and self.w(j + 1) == "and" else 1
        return holders
