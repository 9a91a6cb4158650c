"""Ties as wire stories, statements and monitor reports state them, one small reader per shape:

- an attack told in the active voice: "Al-Shabaab fighters attacked an African Union base", "gunmen of the X tribe
  attacked SDF checkpoints", "a group that has attacked French troops" → the attacker opposes the side attacked
  (roles.yaml `hostile_verbs`; the passive "was attacked by" is verbs.attacked_by);
- a part or membership told in a clause: "X, a militia that is part of Y", "X and Z are groups that belong to Y",
  "X is the armed wing of Y", "The group belongs to Y." (a definite group noun is the organisation last named as a
  subject) → part_of (a person: member_of) (`belonging_verbs`, the unit nouns of `part_of_cues`);
- a head named by a pronoun opening the next sentence: "Police arrested X. He heads Y." → X leads Y;
- a fight that broke out between parties: "Fighting broke out in the region between A and B" → A opposes B.
"""

from __future__ import annotations

from functools import lru_cache

from .index import Ref
from .verbs import VerbReading

SIDES = ("country", "organization", "person")
RELATIVE = {"who", "which", "that"}
PERSONAL = {"he", "she"}


@lru_cache(maxsize=4)
def part_words(cues: frozenset) -> frozenset:
    """The nouns of the part-of cues ("a wing of", "part of", "a member of"): what a copula may call a part."""
    return frozenset(c[-2] for c in cues if len(c) >= 2 and c[-1] == "of")


QUANTITY_NOUNS = {"hundreds", "thousands", "dozens", "scores", "tens"}   # "hundreds of fighters of X"

class ReportReading(VerbReading):
    def read_reports(self) -> None:
        lex = self.lex
        if self.w(self.hi - 1) == "?":
            return                                  # a question states no tie ("Why did X strike Y?")
        for tok in self.tokens:
            pos = tok.pos_                      # read once: each access looks the string up
            lemma = tok.lemma_.lower()
            if pos == "VERB" and lemma in lex.hostile_verbs and not self.passive_form(tok):
                self.attacked(tok)
            elif pos == "VERB" and lemma in lex.belonging_verbs:
                self.belongs_to(tok)
            elif tok.lemma_ == "be" and tok.dep_ in ("ROOT", "relcl", "ccomp", "conj"):
                self.copula_part(tok)
            if pos == "VERB" and lemma in lex.lead_verbs and tok.i == self.first_word() + 1:
                self.pronoun_heads(tok)
            if tok.lower_ == "between" and tok.head.pos_ == "VERB":
                self.broke_out_between(tok)

    # ---- shared
    def first_word(self) -> int:
        i = self.lo
        while i < self.hi and self.doc[i].is_space:
            i += 1
        return i

    @staticmethod
    def passive_form(verb) -> bool:
        return verb.tag_ == "VBN" and (verb.dep_ in ("acl", "amod") or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))

    def group_side(self, tok) -> Ref | None:
        """The side a noun names: a name, a state's forces, a relative pronoun's antecedent, or a group's people
        ("Al-Shabaab fighters", "gunmen of the X tribe", "militants of the ADF")."""
        r = self.side_of(tok)
        if r is not None:
            return r
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl" and tok.head.head.lower_ in self.lex.member_nouns:
            return self.group_side(tok.head.head)    # relties7: "fighters of the X, who fight alongside Y": X
        r = self.whose_people(tok)
        if r is not None:
            return r
        if tok.lower_ in QUANTITY_NOUNS or tok.like_num:   # "Hundreds of contractors of X" (relties11)
            counted = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj" and p.lower_ in self.lex.member_nouns), None)
            if counted is not None:
                return self.group_side(counted)
        if tok.lower_ not in self.lex.member_nouns:
            return self.craft_or_forces_side(tok)   # "American aircraft", "Kitgwang forces" (monitor.py)
        for c in tok.children:
            if c.dep_ == "compound" and (r := self.idx.ref(c.i)) is not None and not r.demonym:
                return r
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        r = self.ref_of(p) or next((self.idx.ref(x.i) for x in p.children if x.dep_ == "compound"
                                                    and self.idx.ref(x.i) is not None), None)
                        if r is not None and not r.demonym:
                            return r
        return None

    def whose_people(self, tok) -> Ref | None:
        """'X, whose troops fight alongside Y': a body's people told through 'whose' in a relative clause on it
        are the body."""
        if tok.lower_ not in self.lex.member_nouns and tok.lower_ not in self.lex.state_force_nouns:
            return None
        whose = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if whose is None or clause is None:
            return None
        r = None
        if self.w(whose.i - 1) == ",":            # "A and B (XY), whose troops": the name before the comma (the
            r = self.idx.ref_ending(self.skip_parenthetical_back(whose.i - 1) - 1)   # parser hangs it on A)
        r = r or self.ref_of(clause.head)
        return r if r is not None and not r.demonym and r.type in ("organization", "country") else None

    def attacked_side(self, obj) -> Ref | None:
        """The side an attack's object belongs to: a name, a state's forces ("a Cameroonian army patrol"), or
        the owner named on the object ("SDF checkpoints", "positions of the Congolese army")."""
        r = self.side_of(obj) or self.speaker_owned(obj)     # "X said Y had raided its base" (monitor.py)
        if r is not None:
            return r
        modifiers = [c for c in obj.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        for c in modifiers:
            r = self.ref_of(c) or self.state_of_forces(c)
            if r is not None:
                return r
        if any({c.lemma_.lower(), c.lower_} & self.lex.state_force_nouns for c in modifiers):
            # "a Cameroonian army patrol": the demonym and the force noun both modify the object
            return next((r for c in modifiers if (r := self.idx.ref(c.i)) is not None and r.type == "country"), None)
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "of":     # "positions of the Congolese army"
                for p in c.children:
                    if p.dep_ == "pobj" and (r := self.side_of(p)) is not None:
                        return r
        return None

    # ---- readers
    def attacked(self, verb) -> None:
        """'X fighters ambushed a Y patrol', 'a group that has attacked French troops': the attacker opposes the
        attacked side."""
        if not self.stated(verb) or verb.dep_ in ("xcomp", "advcl", "pcomp"):
            return
        doer = verb
        while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
            doer = doer.head                        # "X crossed the river and attacked Y": the first verb's subject
        attackers = [r for c in doer.children if c.dep_ == "nsubj"
                     for t in (c, *c.conjuncts) if (r := self.group_side(t)) is not None]
        targets = [r for o in self.objects_of(verb) if (r := self.attacked_side(o)) is not None]
        targets += [r for o in self.objects_of(verb) for r in self.owners_listed(o)]   # "camps of A and B"
        for a in attackers:
            for t in targets:
                if a.actor != t.actor and a.type in SIDES and t.type in SIDES:
                    first, last = self.span_of(a, t, tokens=[verb])
                    self.found.add(a, "opposes", t, first, last, confidence=0.6)

    def belonging_subjects(self, verb) -> list[Ref]:
        """Who a belonging verb or copula is told of: its named subject, a relative pronoun's antecedent (named,
        apposed to a name, or the subject of the copula the antecedent completes: "X and Z are militias that
        belong to Y"), or a definite group noun standing for the organisation last named."""
        out: list[Ref] = []
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                noun = verb.head
                r = self.ref_of(noun)
                if r is not None:
                    return [r]
                anchored = self.apposition_anchor(noun.i)
                if anchored:
                    return anchored
                if noun.dep_ == "attr" and noun.head.lemma_ == "be":
                    return [x for s in noun.head.children if s.dep_ == "nsubj"
                            for t in (s, *s.conjuncts) if (x := self.ref_of(t)) is not None]
                return []
            r = self.ref_of(c) or self.anaphor(c, deps=("nsubj",))
            if r is not None:
                out.append(r)
                out += [x for t in c.conjuncts if (x := self.ref_of(t)) is not None and x not in out]
        return out

    def add_parts(self, subjects: list[Ref], body: Ref | None, verb, last_tok) -> None:
        if body is None or body.demonym or body.type not in ("organization", "country"):
            return
        for s in subjects:
            if s.actor == body.actor or s.type not in ("organization", "person") or s.demonym:
                continue
            first, last = self.span_of(s, body, tokens=[verb, last_tok])
            self.found.add(s, "member_of" if s.type == "person" else "part_of", body, first, last, confidence=0.65)

    def belongs_to(self, verb) -> None:
        """'X, a rebel force that belongs to Y', 'The group belongs to Y.'"""
        if not self.stated(verb):
            return
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in c.children:
                    if p.dep_ == "pobj":
                        self.add_parts(self.belonging_subjects(verb), self.ref_of(p), verb, p)

    def copula_part(self, verb) -> None:
        """'X is the armed wing of Y', 'X, a group that is part of Y', 'X is a member of Y'."""
        if not self.stated(verb):
            return
        part_nouns = part_words(self.lex.part_of_cues)
        for c in verb.children:
            if c.dep_ not in ("attr", "acomp") or c.lemma_.lower() not in part_nouns:
                continue
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    body, _ = self.object_after(p.i + 1)
                    self.add_parts(self.belonging_subjects(verb), body, verb, p)

    def broke_out_between(self, between) -> None:
        """'Fighting broke out in the region between A and B', 'Clashes erupted between A and B': a conflict noun
        whose verb takes the parties (verbs.conflict_between reads the noun's own "between")."""
        noun = next((c for c in between.head.children if c.dep_ == "nsubj"
                     and {c.lemma_.lower(), c.lower_} & self.lex.conflict_nouns), None)
        if noun is not None and self.stated(between.head):
            self.parties_between(between.i, noun)

    def pronoun_heads(self, verb) -> None:
        """'Police arrested X on Friday. He heads Y.': an opening 'He'/'She' is the person the sentence before made
        its subject or object, when it named one person only."""
        subject = self.doc[self.first_word()]
        if subject.lower_ not in PERSONAL or subject.dep_ != "nsubj" or subject.head.i != verb.i \
                or not self.stated(verb) or self.idx.last_person is None:
            return
        person = self.idx.last_person
        for o in self.objects_of(verb):
            body = self.ref_of(o)
            if body is not None and body.type == "organization" and not body.demonym:
                self.found.add(person, "leads", body, subject.i, body.end, confidence=0.6)

    def sole_person(self) -> Ref | None:
        """The one person this sentence names (the antecedent of an opening 'He' in the next), else None."""
        people = {r.actor: r for j in range(self.lo, self.hi) if (r := self.idx.ref(j)) is not None
                  and r.type == "person"}
        return next(iter(people.values())) if len(people) == 1 else None
