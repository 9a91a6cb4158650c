"""A person apposed as serving under another's head office (issue 8, relrecall3): "Amadou X, a deputy of the
front's leader, ...", "X, a deputy of Y's leader, Z", "X, an aide to the leader of Y". X belongs to Y (member_of);
the head office is one of the one-word head titles ("leader", "commander", "chief"). The subordinate nouns are
roles.yaml `subordinate_ties` (validated when loaded)."""

from __future__ import annotations

from functools import lru_cache

from ...yamlfile import read_word_set
from .lexicon import ROLES_PATH, POSSESSIVE
from .sentence import Sentence

ARTICLES = {"a", "an", "the", "one"}
SIDES = ("organization", "country")


@lru_cache(maxsize=2)
def subordinate_words(path: str | None = None) -> frozenset:
    return read_word_set(path or ROLES_PATH, "subordinate_nouns", "roles (subordinate_ties)",
                         section="subordinate_ties")


class SubordinateReading(Sentence):
    def read_subordinates(self) -> None:
        nouns = subordinate_words()
        for i in range(self.lo + 2, self.hi - 2):
            if self.w(i) not in nouns or self.w(i + 1) not in ("of", "to") or self.w(i - 1) not in ARTICLES:
                continue
            holder = self.apposed_person(i - 1)
            body = self.body_of_head_office(i + 2)
            if holder is not None and body is not None and holder.actor != body[0].actor:
                first, last = min(holder.start, i), max(holder.end, body[1])
                self.found.add(holder, "member_of", body[0], first, last, confidence=0.6)

    def apposed_person(self, article: int):
        """The person named right before ", a deputy": the holder of the apposition."""
        if self.w(article - 1) != ",":
            return None
        r = self.idx.ref_ending(article - 2)
        return r if r is not None and r.type == "person" else None

    def body_of_head_office(self, j: int):
        """(body, end) of "Y's leader" or "the leader of Y" starting at token j; None otherwise."""
        heads = self.one_word_heads()
        r = self.idx.ref_starting(j) if self.w(j) != "the" else self.idx.ref_starting(j + 1)
        if r is not None:
            k = r.end
            if self.w(k) in POSSESSIVE and self.w(k + 1) in heads:
                return (r, k + 2) if r.type in SIDES and not r.demonym else None
            return None
        if self.w(j) == "the" and self.w(j + 1) in heads and self.w(j + 2) == "of":
            k = j + 3 + (self.w(j + 3) == "the")
            r = self.idx.ref_starting(k)
            if r is not None and r.type in SIDES and not r.demonym:
                return r, r.end
        return None

    def one_word_heads(self) -> frozenset:
        return frozenset(p[0] for p in self.lex.leads if len(p) == 1)
