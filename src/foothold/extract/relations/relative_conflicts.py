"""A conflict whose parties a relative clause names (issue 8, relties2): "the war in Yemen, which broke out in 2014
between the Yemeni army and the Houthis", "the clashes that erupted between A and B". The parties oppose each
other as in "Fighting broke out between A and B" (reports.broke_out_between), whose subject here is the relative
pronoun standing for the conflict noun."""

from __future__ import annotations

from .reports import ReportReading

RELATIVE = ("which", "that")


class RelativeConflicts(ReportReading):
    def read_relative_conflicts(self) -> None:
        for tok in self.tokens:
            if tok.lower_ != "between" or tok.head.dep_ != "relcl" or not self.stated(tok.head):
                continue
            verb = tok.head
            if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in verb.children):
                continue
            noun = self.conflict_antecedent(verb.head)
            if noun is not None:
                self.parties_between(tok.i, noun)

    def conflict_antecedent(self, noun):
        """The conflict noun the clause is about: the antecedent, or the noun its place phrase hangs on ("the war
        in Sudan, which broke out ...": the parser hangs the clause on Sudan), else None."""
        for n in (noun, noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None):
            if n is not None and {n.lemma_.lower(), n.lower_} & self.lex.conflict_nouns:
                return n
        return None
