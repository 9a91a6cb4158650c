"""Members listed under the groups an umbrella body gathers (issue 8, relrecall2): "X, which groups several militias
including A and B", "X unites four movements, including A". Each listed organisation is part_of X. Vocabulary:
roles.yaml `described_ties.umbrella_verbs` (relations/called.py loads and validates it)."""

from __future__ import annotations

from .called import described_words
from .index import Ref
from .sentence import Sentence

RELATIVE_SUBJECTS = {"which", "that"}


class UmbrellaOwner(Sentence):
    def umbrella_owner(self, i: int) -> Ref | None:
        """The body whose grouping verb takes the plural noun a list at token i hangs on, else None."""
        k = i - 1 if self.w(i - 1) != "," else i - 2
        if k < self.lo or self.doc[k].pos_ != "NOUN" or self.doc[k].tag_ != "NNS" or self.doc[k].dep_ != "dobj":
            return None
        verb = self.doc[k].head
        if verb.lemma_.lower() not in described_words()["umbrella_verbs"] or not self.stated(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
            subject = verb.head                   # "X, which groups several factions including A"
        r = self.idx.ref(subject.i)
        return r if r is not None and r.type == "organization" and not r.demonym else None
