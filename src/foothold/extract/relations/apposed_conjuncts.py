"""A unit cue in the second conjunct of an apposition (issue 8, relfresh): "X, an armed faction allied with Iran and
part of the Islamic Resistance in Iraq, said ...". The readers of "X, part of Y" (part_of.cue_part_of) look right
after the name; here the cue opens a conjunct of the apposed description, which still describes X. X is part_of
(a person: member_of) the body after the cue (roles.yaml `part_of_cues`)."""

from __future__ import annotations

from .sentence import Sentence


class ApposedConjuncts(Sentence):
    def read_apposed_conjuncts(self) -> None:
        for tok in self.tokens:
            if tok.dep_ != "conj" or tok.head.dep_ != "appos" or tok.i <= tok.head.i:
                continue
            anchor = self.ref_of(tok.head.head)
            if anchor is None or anchor.type not in ("organization", "person") or anchor.demonym:
                continue
            k = tok.left_edge.i
            n = self.match(k, self.lex.part_of_cues)
            if not n or self.w(k - 1) not in ("and", ","):
                continue
            if self.w(k - 1) == "and" and self.w(k - 2) == "," and self.w(anchor.start - 1) == "," \
                    and self.idx.ref_ending(anchor.start - 2) is not None and anchor.type == "person":
                continue            # "met A, the chair of X, B, the leader of Y, and a delegate of Z": the list's last
                #                     item after ", and", not B's second office (spurious10)
            obj, end = self.object_after(k + n)
            if obj is None or obj.demonym or obj.type not in ("organization", "country") or obj.actor == anchor.actor:
                continue
            predicate = "member_of" if anchor.type == "person" else "part_of"
            self.found.add(anchor, predicate, obj, anchor.start, end, confidence=0.65)
