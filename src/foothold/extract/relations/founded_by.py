"""A body told to be founded by a person, in the passive (issue 8, relties2): "The Sandinista Front was founded by
Carlos Fonseca", "the party, founded by X in 2012, won". The founder leads the body, as the golds code "X, the
founder of Y" (roles.yaml `leads` holds founder) and the active "X founded Y" (verbs.verb_leads). Only a person
founds so: a state or body "founded" a group is a backer's act (the alignment cues read "founded by" there)."""

from __future__ import annotations

from .index import Ref
from .verbs import VerbReading

FOUNDING = ("found", "co-found", "cofound")


class FoundedBy(VerbReading):
    def read_founded_by(self) -> None:
        for tok in self.tokens:
            if tok.tag_ != "VBN" or tok.lemma_.lower() not in FOUNDING or not self.stated(tok):
                continue
            body = self.founded_body(tok)
            if body is None:
                continue
            for founder in self.founders(tok):
                first, last = self.span_of(body, founder, tokens=[tok])
                self.found.add(founder, "leads", body, first, last, confidence=0.6)

    def founded_body(self, verb) -> Ref | None:
        """The body founded: the passive subject ("X was founded by"), or the noun a participle modifies
        ("the party, founded by")."""
        if verb.dep_ in ("acl", "amod"):
            r = self.ref_of(verb.head)
        else:
            r = next((self.ref_of(c) for c in verb.children if c.dep_ == "nsubjpass"), None)
        return r if r is not None and r.type == "organization" and not r.demonym else None

    def founders(self, verb) -> list[Ref]:
        """The people named after 'by' ("by A and B")."""
        return [r for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                for t in (p, *p.conjuncts) if (r := self.ref_of(t)) is not None and r.type == "person"]
