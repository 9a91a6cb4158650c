"""Fire aimed at what a side owns, and a speaker's own craft as the attacker (issue 8, relties2):

- "X fired missiles at two bases of Y", "X launched drones at Y positions", "X fired rockets at what Z said were
  camps of Y": who fires at a side's bases, camps or positions opposes the side (the direct "fired at Y" is
  verbs.fired_at; the owner of an attacked object is reports.attacked_side);
- "The Air Force said its jets struck a camp of Y": the speaker's own craft or troops ("its jets", "their
  forces") stand for the speaker as the attacker (monitor.speaker_owned reads the same "its" for what was hit).
"""

from __future__ import annotations

from .index import Ref
from .reports import ReportReading

AIMED = ("at", "toward", "towards")
SIDES = ("country", "organization", "person")
ATTACKERS = ("country", "organization")
CLAUSE_DEPTH = 2            # "at what Tehran said were bases of Y": the copula sits two clauses down


class FiredAtOwned(ReportReading):
    def read_fire_at_owned(self) -> None:
        if self.w(self.hi - 1) == "?":
            return                                  # a question states no tie
        for tok in self.tokens:
            if tok.pos_ != "VERB" or not self.stated(tok) or self.passive_form(tok):
                continue
            lemma = tok.lemma_.lower()
            if lemma in self.lex.projectile_verbs:
                self.tie_attack(tok, self.aimed_targets(tok), self.attackers_of(tok))
            elif lemma in self.lex.hostile_verbs and tok.dep_ not in ("xcomp", "advcl", "pcomp"):
                # the named attacker is reports.attacked's; here only the speaker's own craft
                targets = [r for o in self.objects_of(tok) if (r := self.attacked_side(o)) is not None]
                self.tie_attack(tok, targets, self.attackers_of(tok, speaker_only=True))

    def aimed_targets(self, verb) -> list[Ref]:
        """The sides whose things a fire verb aims at ("at bases of Y", "at Y positions")."""
        preps = [c for h in (verb, *self.objects_of(verb)) for c in h.children
                 if c.dep_ == "prep" and c.lower_ in AIMED]
        return [r for p in preps for t in self.aimed_nouns(p) for r in self.named_owners(t)]

    def named_owners(self, thing) -> list[Ref]:
        """The sides a thing aimed at is told to belong to by name: "bases of Y", "Y's positions" (a thing
        named by a demonym, "Israeli positions", or a name, "at Y", is the direct reader's or no owner)."""
        owners = self.owners_listed(thing)
        owners += [r for c in thing.children if c.dep_ == "poss" and (r := self.ref_of(c)) is not None]
        return owners

    def aimed_nouns(self, prep) -> list:
        """The nouns a prep aims at: its object and conjuncts, or the predicate noun of a reported clause
        ("at what Tehran said were two bases of Y")."""
        nouns = [t for c in prep.children if c.dep_ == "pobj" for t in (c, *c.conjuncts)]
        clauses = [c for c in prep.children if c.dep_ == "pcomp"]
        for _ in range(CLAUSE_DEPTH):
            nouns += [a for c in clauses for a in c.children if c.lemma_ == "be" and a.dep_ in ("attr", "acomp")]
            clauses = [a for c in clauses for a in c.children if a.dep_ in ("ccomp", "relcl")]
        nouns += [a for c in clauses for a in c.children if c.lemma_ == "be" and a.dep_ == "attr"]
        return nouns

    def attackers_of(self, verb, speaker_only: bool = False) -> list[Ref]:
        doer = verb
        while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
            doer = doer.head                        # "X crossed the river and fired at Y": the first verb's subject
        out = []
        for c in doer.children:
            if c.dep_ != "nsubj":
                continue
            for t in (c, *c.conjuncts):
                # "its jets" in what the speaker says: the speaker's own craft
                r = self.speaker_owned(t) if speaker_only else self.group_side(t) or self.speaker_owned(t)
                if r is not None and r.type in ATTACKERS:
                    out.append(r)
        return out

    def tie_attack(self, verb, targets: list[Ref], attackers: list[Ref]) -> None:
        for a in attackers:
            for t in targets:
                if a.actor != t.actor and t.type in SIDES:
                    first, last = self.span_of(a, t, tokens=[verb])
                    self.found.add(a, "opposes", t, first, last, confidence=0.6)
