"""Actors listed under a partner noun whose owner follows "of": "five affiliates of X, among them A and B",
"three allies of the Taliban, including Y". Each listed actor is allied_with the owner; the list names the
owner's partners, not its parts (an "including" list after a body otherwise reads as part_of)."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence


class ListedPartners(Sentence):
    def owner_of_partners(self, owner: Ref) -> bool:
        """The actor is the of-object of a partner noun ("affiliates of X", "the allies of X")."""
        prep = self.doc[owner.start:owner.end].root.head
        return prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" \
            and prep.head.lemma_.lower() in self.lex.partner_nouns

    def partners_of(self, owner: Ref, i: int, members: list[Ref]) -> None:
        for member in members:
            if member.actor != owner.actor and member.type in ("organization", "country", "person"):
                self.found.add(member, "allied_with", owner, min(owner.start, i), member.end, confidence=0.65)
