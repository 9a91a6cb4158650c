"""Heads and founders told in a relative clause on a body (issue 8, relrecall2): "the cartel, whose founders include
X", "the PKK, which X founded in 1978", "ECOWAS, whose commission is led by X". The person leads the clause's
antecedent: a named organisation, or a definite group noun standing for the last one named with that head word."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence

RELATIVE_OBJECTS = {"which", "that"}
NAMING_VERBS = {"include", "be"}        # "whose founders include X", "whose leader is X"


class RelativeHeads(Sentence):
    def read_relative_heads(self) -> None:
        for verb in self.tokens:
            if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX") or not self.stated(verb):
                continue
            people = self.heads_in_clause(verb)
            body = self.antecedent_body(verb.head) if people else None
            if body is None:
                continue
            for person in people:
                if person.actor != body.actor:
                    self.found.add(person, "leads", body, min(body.start, verb.i), max(person.end, verb.i + 1),
                                   confidence=0.65)

    def heads_in_clause(self, verb) -> list[Ref]:
        """The people a relative clause names as its antecedent's heads or founders, else []."""
        lemma = verb.lemma_.lower()
        deps = {c.dep_: c for c in verb.children}
        passive = "auxpass" in deps or "nsubjpass" in deps
        if lemma in self.lex.lead_verbs and not passive and deps.get("dobj") is not None \
                and deps["dobj"].lower_ in RELATIVE_OBJECTS:
            return self.people_at(deps.get("nsubj"))                   # "which X founded"
        subject = deps.get("nsubjpass") if passive else deps.get("nsubj")
        if subject is None or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children):
            return []
        if passive and lemma in self.lex.lead_verbs:                   # "whose commission is led by X"
            agent = deps.get("agent")
            return self.people_at(next((c for c in agent.children if c.dep_ == "pobj"), None)) if agent else []
        if lemma in NAMING_VERBS and (subject.lemma_.lower(),) in self.lex.leads:   # "whose founders include X"
            return self.people_at(deps.get("dobj") or deps.get("attr"))
        return []

    def people_at(self, tok) -> list[Ref]:
        """The people a token and its conjuncts name ("include X and Y"), or a common noun's apposed name
        ("which the former mayor X founded")."""
        if tok is None:
            return []
        toks = [tok, *tok.conjuncts]
        if self.idx.ref(tok.i) is None and tok.pos_ == "NOUN":
            toks += [c for c in tok.children if c.dep_ == "appos"]
        refs = [self.idx.ref(t.i) for t in toks]
        return [r for r in refs if r is not None and r.type == "person" and not r.demonym]

    def antecedent_body(self, tok) -> Ref | None:
        """The organisation a relative clause's antecedent names: its own mention, or a definite common noun
        standing for the last organisation before it whose name ends in that noun ("the Sinaloa cartel ...
        the cartel")."""
        r = self.idx.ref(tok.i)
        if r is None and tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
            r = self.named_with_head(tok)
        return r if r is not None and r.type == "organization" and not r.demonym else None

    def named_with_head(self, tok) -> Ref | None:
        j = tok.i - 1
        while j >= self.lo:
            r = self.idx.ref(j)
            if r is not None:
                if r.type == "organization" and not r.demonym and self.words[r.end - 1] in (tok.lower_, tok.lower_ + "s"):
                    return r
                j = r.start
            j -= 1
        return None
