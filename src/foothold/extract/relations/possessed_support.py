"""A named side's backing of another told by a possessed noun (issue 8, relties3): "France's support for Armenia",
"Rwanda's backing of the M23", "the Government of Rwanda's support for the M23", "the PRC's support for Russia's
defence industrial base": the possessor is allied_with the backed. cues.py reads the noun with a pronoun possessor
("declared its support for X") and takes the clause subject as the backer; a named possessor is the backer itself,
whatever the clause ("answer France's support for Armenia" is no tie of the clause's subject). The words are
roles.yaml `possessed_support`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...yamlfile import read_word_sets
from .index import Ref
from .lexicon import ROLES_PATH
from .verbs import VerbReading

SIDES = ("country", "organization", "person")


@dataclass(frozen=True)
class BackingWords:
    backing_nouns: frozenset
    backed_prepositions: frozenset
    state_attributes: frozenset


@lru_cache(maxsize=2)
def backing_words(path: str | None = None) -> BackingWords:
    return read_word_sets(path or ROLES_PATH, BackingWords, "roles (possessed_support)", section="possessed_support")


class PossessedSupport(VerbReading):
    def read_possessed_support(self) -> None:
        words = backing_words()
        if self.w(self.hi - 1) == "?":
            return                                  # a question states no tie
        for tok in self.tokens:
            if tok.pos_ != "NOUN" or tok.lower_ not in words.backing_nouns:
                continue
            backer = self.backing_possessor(tok)
            if backer is None:
                continue
            for backed, last in self.backed_by_noun(tok, words):
                if backed.actor != backer.actor:
                    first, end = self.span_of(backer, backed, tokens=[tok])
                    self.found.add(backer, "allied_with", backed, first, max(end, last), confidence=0.6)

    def backing_possessor(self, noun) -> Ref | None:
        """The named side whose "'s" possesses the noun: "France's", "the Government of Rwanda's" (the name
        right before the "'s", not the head of the possessor phrase)."""
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if poss is None:
            return None
        case = next((c for c in poss.children if c.dep_ == "case"), None)
        if case is None:
            return None
        r = self.idx.ref_ending(case.i - 1)
        return r if r is not None and not r.demonym and r.type in SIDES else None

    def backed_by_noun(self, noun, words: BackingWords) -> list[tuple[Ref, int]]:
        """The named sides after the noun's "for"/"of"/"to" ("for A and B"), or the named possessor of the object
        ("for Russia's defence industrial base"), unless that object is a state's attribute ("Guyana's
        sovereignty")."""
        out: list[tuple[Ref, int]] = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in words.backed_prepositions):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for t in (obj, *obj.conjuncts):
                    r = self.ref_of(t) or self.backed_possessor(t, words)
                    if r is not None and r.type in SIDES:
                        out.append((r, t.i + 1))
        return out

    def backed_possessor(self, tok, words: BackingWords) -> Ref | None:
        if tok.lower_ in words.state_attributes or tok.lemma_.lower() in words.state_attributes:
            return None
        return next((r for c in tok.children if c.dep_ == "poss" and (r := self.ref_of(c)) is not None), None)
