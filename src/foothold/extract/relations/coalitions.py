"""The named members of a coalition (issue 8, relrecall4; roles.yaml `coalitions`): "the Patriotic Front, a
coalition of the Liberal Party, the Farmers' Union and the Green League", "The United Front is an alliance of A and
B": each body (or state) listed after "of" is part of the coalition the noun describes, which is the name the noun is
apposed to or the subject of its copula. A list with no name ("a coalition of Turkish-backed rebel factions") or a
coalition with no name ("a coalition of A and B attacked") ties nothing."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence
from .tie_words import section_words

MEMBERS = ("organization", "country")
COPULAS = ("be", "become", "remain")


def coalition_words(path: str | None = None) -> frozenset:
    return section_words("coalitions", ("coalition_nouns",), (), path)["coalition_nouns"]


class CoalitionMembers(Sentence):
    def read_coalitions(self) -> None:
        nouns = coalition_words()
        for tok in self.sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or self.w(tok.i + 1) != "of":
                continue
            coalition = self.described(tok)
            if coalition is None or coalition.type != "organization" or coalition.demonym:
                continue
            for member in self.listed_members(tok.i + 2):
                if member.type in MEMBERS and member.actor != coalition.actor:
                    self.found.add(member, "part_of", coalition, min(coalition.start, tok.i), member.end,
                                   confidence=0.6)

    def described(self, noun) -> Ref | None:
        """The name a coalition noun describes: its apposition anchor, or its copula's subject."""
        anchor = next(iter(self.apposition_anchor(noun.i)), None)
        if anchor is not None:
            return anchor
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
            subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            return self.idx.ref(subj.i) if subj is not None else None
        return None
