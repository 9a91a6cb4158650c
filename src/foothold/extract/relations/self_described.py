"""A body describing itself as a unit of another (issue 8, relrecall2): "X has described itself as the armed wing of
Y", "... of the movement" (the organisation named with that head word). The body is part_of Y. The describing verbs
are roles.yaml `described_ties.calling_verbs`; the unit nouns those of the part_of cues ("a wing of", "an arm of")."""

from __future__ import annotations

from .called import described_words
from .sentence import Sentence
from .wire import named_by_noun

REFLEXIVES = {"itself", "themselves"}


class SelfDescribed(Sentence):
    def read_self_described(self) -> None:
        verbs = described_words()["calling_verbs"]
        for verb in self.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not self.stated(verb):
                continue
            if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
                continue
            unit = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                         for p in c.children if p.dep_ == "pobj"), None)
            if unit is None or (unit.lower_,) not in self.unit_nouns():
                continue
            owner = self.unit_owner(unit)
            for body in self.subject_of(verb) if owner is not None else ():
                if body.type == "organization" and body.actor != owner.actor:
                    first, last = self.span_of(body, owner, tokens=[verb])
                    self.found.add(body, "part_of", owner, first, last, confidence=0.65)

    def unit_owner(self, unit):
        """The organisation the unit noun's of-phrase names, or a definite group noun standing for one."""
        obj = next((p for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None)
        if obj is None:
            return None
        r = self.ref_of(obj)
        if r is None and obj.lower_ in self.lex.anaphor_nouns and any(c.lower_ == "the" for c in obj.children):
            r = named_by_noun(self, obj)          # "the armed wing of the movement": the X Movement named before
        return r if r is not None and r.type == "organization" and not r.demonym else None
