"""A leading participle coordinated after another participle on the same noun (issue 8, relrecall4): "the Atlacatl
Battalion, a rapid-response unit trained by U.S. advisers and commanded by Colonel X", "the Gurkha Rifles, a unit
raised in Nepal and led by Y". The cue readers find the noun of a participle right after it ("a unit commanded by
X"); a second participle hangs on the first, so its noun is the first's. The leading verbs are roles.yaml
`lead_verbs`; the one named after "by" leads the name the noun is apposed to (a person, a body or a state)."""

from __future__ import annotations

from .sentence import Sentence

LEADERS = ("person", "organization", "country")


class ParticipleConjuncts(Sentence):
    def read_participle_conjuncts(self) -> None:
        for tok in self.tokens:
            if tok.tag_ != "VBN" or tok.dep_ != "conj" or tok.lemma_.lower() not in self.lex.lead_verbs:
                continue
            first = tok.head
            if first.tag_ != "VBN" or first.dep_ != "acl" or not self.stated(tok):
                continue
            noun = first.head
            body = self.idx.ref(noun.i) or next(iter(self.apposition_anchor(noun.i)), None)
            if body is None or body.type != "organization" or body.demonym:
                continue
            for agent in (c for c in tok.children if c.dep_ == "agent"):
                for p in (p for p in agent.children if p.dep_ == "pobj"):
                    leader = self.idx.ref(p.i)
                    if leader is not None and leader.type in LEADERS and not leader.demonym \
                            and leader.actor != body.actor:
                        self.found.add(leader, "leads", body, min(body.start, tok.i), max(leader.end, p.i + 1),
                                       confidence=0.65)
