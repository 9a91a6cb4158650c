"""Membership told by a verb other than "join" (issue 8, relrecall4; roles.yaml `membership_verbs`):
- joining told in a relative clause on the body: "the coalition that the M23 joined", "Al-Nusra Front, the group
  that X joined" (roles.yaml `join_verbs`; the relative pronoun stands for its antecedent);
- a verb whose subject is or was a member of the body after its preposition: "X defected to the SLA", "defected
  from the Republican Guard" (`subject_member`);
- a verb whose object (a passive's subject) was a member of the body after "from": "X was expelled from the
  Liberal Party" (`object_member`).
A person is member_of the body, a body part_of it; only organisations are joined or left ("expelled from Kuwait",
"defected to South Korea" state no membership)."""

from __future__ import annotations

from .index import Ref
from .tie_words import section_words
from .sentence import Sentence
from .verbs import RELATIVE

MAPS = ("subject_member", "object_member")
MEMBERS = ("person", "organization", "country")


def membership_words(path: str | None = None) -> dict:
    return section_words("membership_verbs", (), MAPS, path)


class MembershipVerbs(Sentence):
    def read_membership_verbs(self) -> None:
        words = membership_words()
        for tok in self.tokens:
            if tok.pos_ != "VERB" or not self.stated(tok):
                continue
            lemma = tok.lemma_.lower()
            if lemma in self.lex.join_verbs and tok.dep_ == "relcl" and not self.passive(tok):
                self.joined_antecedent(tok)
            if lemma in words["subject_member"] and not self.passive(tok):
                self.tie(self.subject_of(tok), self.bodies_after(tok, words["subject_member"][lemma]), tok)
            if lemma in words["object_member"]:
                members = self.passive_subjects(tok) if self.passive(tok) else \
                    [r for o in self.objects_of(tok) if (r := self.ref_of(o)) is not None]
                self.tie(members, self.bodies_after(tok, words["object_member"][lemma]), tok)

    def joined_antecedent(self, verb) -> None:
        """'the coalition that X joined': the antecedent (or the name the noun is apposed to) is the body."""
        objects = self.objects_of(verb)
        if objects and not all(o.lower_ in RELATIVE for o in objects):
            return
        noun = verb.head
        body = self.ref_of(noun) or next(iter(self.apposition_anchor(noun.i)), None)
        if body is not None:
            self.tie(self.subject_of(verb), [body], verb)

    def bodies_after(self, verb, preps) -> list[Ref]:
        return [r for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                if (r := self.ref_of(t)) is not None]

    def passive_subjects(self, verb) -> list[Ref]:
        """'X was expelled from Y', and 'X, expelled from Y in 2015, ...' (the participle's noun)."""
        heads = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
        return [r for c in heads for t in (c, *c.conjuncts) if (r := self.ref_of(t)) is not None]

    def tie(self, members: list[Ref], bodies: list[Ref], verb) -> None:
        for m in members:
            if m.type not in MEMBERS:
                continue
            for b in bodies:
                if b.type != "organization" or b.demonym or b.actor == m.actor:
                    continue
                first, last = self.span_of(m, b, tokens=[verb])
                self.found.add(m, "member_of" if m.type == "person" else "part_of", b, first, last, confidence=0.6)
