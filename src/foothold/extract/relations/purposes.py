"""An act done "in what it calls support for X" (issue 8, relrecall2): "The group attacked ships in what it says is
support for X", "it has attacked police posts in what it calls support for Y". The doer of the act the phrase
qualifies is allied_with X; a pronoun doer is the organisation the story last made a subject. Vocabulary: roles.yaml
`described_ties.support_purpose_nouns` (relations/called.py loads and validates it)."""

from __future__ import annotations

from .called import described_words
from .index import Ref
from .sentence import Sentence

SUBJECT_PRONOUNS = {"it", "they"}
PURPOSE_PREPS = {"for", "of", "to", "with"}


class PurposeReading(Sentence):
    def read_support_purposes(self) -> None:
        nouns = described_words()["support_purpose_nouns"]
        for tok in self.tokens:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or self.w(tok.i + 1) not in PURPOSE_PREPS:
                continue
            opener = self.in_what_clause(tok)
            if opener is None:
                continue
            backed, end = self.object_after(tok.i + 2)
            if backed is None or backed.demonym or backed.type not in ("country", "organization", "person"):
                continue
            for doer in self.act_doers(opener):
                if doer.actor != backed.actor:
                    self.found.add(doer, "allied_with", backed, min(opener.i, doer.start) if doer.start >= self.lo
                                   else opener.i, end, confidence=0.6)

    def in_what_clause(self, tok):
        """The 'in' opening "in what X calls/says is <tok>", or None."""
        head = tok.head
        for _ in range(3):
            if head.dep_ == "pcomp" and head.head.lower_ == "in" and self.w(head.head.i + 1) == "what":
                return head.head
            if head.head is head:
                return None
            head = head.head
        return None

    def act_doers(self, opener) -> list[Ref]:
        """The subjects of the verb the 'in what' phrase hangs on; a subject pronoun is the story's last subject
        organisation when the sentence names none before it."""
        verb = opener.head
        if verb.pos_ != "VERB" or not self.stated(verb):
            return []
        doers: list[Ref] = []
        for c in verb.children:
            if c.dep_ != "nsubj":
                continue
            r = self.idx.ref(c.i)
            if r is None and c.lower_ in SUBJECT_PRONOUNS and not any(
                    (x := self.idx.ref(k)) is not None and not x.demonym for k in range(self.lo, c.i)):
                r = self.idx.topic
            if r is not None and not r.demonym and r.type in ("country", "organization"):
                doers.append(r)
        return doers
