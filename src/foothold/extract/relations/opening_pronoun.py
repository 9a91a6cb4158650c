"""A possessive pronoun opening a sentence stands for the subject of the sentence before, when nothing in its own
sentence comes first: "Kenya has treated Jubaland as a buffer. Its support for Jubaland's leader, X, ..." is Kenya's
support (issue 8, bench/relation_loss.py: "in sentence, tied elsewhere"). Read by `cues.pronoun_possessor`."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence


class OpeningPronoun(Sentence):
    def previous_subject(self, pron, kinds: tuple[str, ...]) -> Ref | None:
        """The one actor of ``kinds`` the sentence before makes its subject, laid on the pronoun token (its evidence
        stays in this sentence); None when the pronoun does not open the sentence or that subject is no such actor."""
        if pron.i != self.lo or self.lo == 0:
            return None
        prev = self.doc[self.lo - 1].sent
        subject = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or any(c.dep_ == "conj" for c in subject.children):
            return None                          # "Kenya and Uganda signed ...": two candidates
        r = self.idx.ref(subject.i)
        if r is None or r.demonym or r.type not in kinds:
            return None
        return Ref(r.actor, r.type, pron.i, pron.i + 1)
