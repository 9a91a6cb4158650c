"""Bodies that name the group they make up, in a relative clause (issue 8, relfresh): "A, B and C, which call
themselves the X Alliance" (roles.yaml `described_ties.calling_verbs` with a reflexive object), "A and B, which
together form X" (`FORMING`, only for a list of two or more bodies), and "X, which unites his allies and the Y
party" (`described_ties.umbrella_verbs` taking named bodies as objects; umbrella.py reads the "including" lists).
Each listed body is part_of the group."""

from __future__ import annotations

from .called import described_words
from .index import Ref
from .sentence import Sentence

REFLEXIVES = {"themselves", "itself"}
FORMING = {"form", "constitute", "make"}        # "which together form X", "which make up X"
NAMING_DEPS = ("oprd", "attr", "dobj", "xcomp")


class CollectiveNames(Sentence):
    def read_collective_names(self) -> None:
        words = described_words()
        for verb in self.tokens:
            if verb.pos_ != "VERB" or verb.dep_ != "relcl" or not self.stated(verb):
                continue
            lemma = verb.lemma_.lower()
            if lemma in words["calling_verbs"] or lemma in FORMING:
                self.listed_members_of(verb, calling=lemma in words["calling_verbs"])
            elif lemma in words["umbrella_verbs"]:
                self.united_members(verb)

    def bodies_of(self, tok) -> list[Ref]:
        """The bodies a token and its conjuncts name ("the Revival party": the name on the common noun)."""
        out = []
        for t in (tok, *tok.conjuncts):
            r = self.body_named_on(t)
            if r is not None and r not in out:
                out.append(r)
        return out

    def body_named_on(self, t) -> Ref | None:
        """The body a token names, or the name compounded on it when it is a common noun ("the Victory bloc")."""
        r = self.ref_of(t)
        if r is None and t.is_lower and t.pos_ == "NOUN":
            r = next((self.ref_of(c) for c in t.children if c.dep_ == "compound" and self.ref_of(c)), None)
        return r if r is not None and r.type == "organization" and not r.demonym else None

    def listed_members_of(self, verb, calling: bool) -> None:
        """'A, B and C, which call themselves X' / 'A and B, which together form X'."""
        objects = [c for c in verb.children if c.dep_ in NAMING_DEPS]
        if calling and not any(c.lower_ in REFLEXIVES for c in objects):
            return
        if not calling and verb.lemma_.lower() == "make" and not any(c.dep_ == "prt" and c.lower_ == "up"
                                                                      for c in verb.children):
            return
        group = next((r for c in objects if c.lower_ not in REFLEXIVES and (r := self.ref_of(c)) is not None
                      and r.type == "organization" and not r.demonym), None)
        members = self.bodies_of(verb.head)
        if group is None or len(members) < 2:
            return
        for m in members:
            if m.actor != group.actor:
                first, last = self.span_of(m, group, tokens=[verb])
                self.found.add(m, "part_of", group, first, last, confidence=0.65)

    def united_members(self, verb) -> None:
        """'X, which unites his allies and the Y party': the named bodies it unites are part of X."""
        group = self.body_named_on(verb.head)
        if group is None:
            return
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for m in self.bodies_of(obj):
                if m.actor != group.actor:
                    first, last = self.span_of(m, group, tokens=[verb])
                    self.found.add(m, "part_of", group, first, last, confidence=0.6)
