"""Ownership told in the passive, as sanctions notices and investigations tell it (issue 8, docs26): "X, a company
owned by Y", "X is owned or controlled by Y", "X, which is controlled by Y". A body owned or controlled by an
organisation or a state is part of it (the tuning golds: "Crystal Ventures, a holding company owned by Kagame's
Rwandan Patriotic Front", "a state firm owned by the Popular Mobilization Commission"); a person who owns or controls
a body leads it. The active "Y owns X" is a lead verb (roles.yaml `lead_verbs`)."""

from __future__ import annotations

from .index import Ref
from .verbs import RELATIVE, VerbReading

OWNING = ("own", "control")
OWNED_TYPES = ("organization",)
OWNER_TYPES = ("organization", "country", "person")


class OwnershipReading(VerbReading):
    def read_ownership(self) -> None:
        for tok in self.tokens:
            if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lemma_.lower() in OWNING:
                self.owned_by(tok)

    def owned_by(self, verb) -> None:
        """'X, a company owned by Y', 'X is owned or controlled by Y': Y owns X."""
        if not self.stated(verb):
            return
        owners = [r for p in self.agents_of(verb) for t in (p, *p.conjuncts)
                  if (r := self.ref_of(t)) is not None and r.type in OWNER_TYPES]
        owned = self.owned_of(verb)
        if owned is None or owned.type not in OWNED_TYPES:
            return
        for owner in owners:
            if owner.actor == owned.actor:
                continue
            first, last = self.span_of(owned, owner, tokens=[verb])
            if owner.type == "person":
                self.found.add(owner, "leads", owned, first, last, confidence=0.65)
            else:
                self.found.add(owned, "part_of", owner, first, last, confidence=0.65)

    def agents_of(self, verb) -> list:
        """The by-phrase objects of the participle, or of the participle it is coordinated with ("owned or
        controlled by Y": the phrase hangs on the last)."""
        out = []
        for v in (verb, *verb.conjuncts):
            for c in v.children:
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                    out += [p for p in c.children if p.dep_ == "pobj"]
        return out

    def owned_of(self, verb) -> Ref | None:
        """What is owned: the noun the participle modifies (or the name that noun is apposed to), else the
        passive subject (a relative pronoun standing for its antecedent)."""
        v = verb
        while v.dep_ == "conj" and v.head.tag_ == "VBN":
            v = v.head                                   # "owned or controlled": the first participle's place
        if v.dep_ == "acl":
            noun = v.head
            return self.ref_of(noun) or next(iter(self.apposition_anchor(noun.i)), None)
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return None
        if subj.lower_ in RELATIVE and v.dep_ == "relcl":
            noun = v.head
            return self.ref_of(noun) or next(iter(self.apposition_anchor(noun.i)), None)
        return self.ref_of(subj)
