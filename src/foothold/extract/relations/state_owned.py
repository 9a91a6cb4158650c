"""A company a state owns is part of that state (issue 8, relrecall4; roles.yaml `state_owned`): "Sovcomflot,
Russia's state-owned shipping company", "Petrobras, Brazil's state-controlled oil company", "X, a Chinese state-run
firm", "Russia's state-owned Gazprom". The state is the country (with "'s") or the demonym right before
"state-owned"; the company is the name the phrase is apposed to, or the name the phrase runs into, or the name
apposed after the phrase's noun ("Kenya's state-owned bank, the National Bank, ..."; conv4)."""

from __future__ import annotations

from .index import Ref
from .lexicon import POSSESSIVE
from .sentence import Sentence
from .tie_words import section_words

OWNED = ("organization", "place", "media")      # the actor extractor may read a shipping firm as a place
WINDOW = 4                                       # words of the company noun phrase ("oil and gas company")


def owning_words(path: str | None = None) -> frozenset:
    return section_words("state_owned", ("owning_participles",), (), path)["owning_participles"]


class StateOwned(Sentence):
    def read_state_owned(self) -> None:
        owning = owning_words()
        for i in range(self.lo + 1, self.hi - 2):
            if self.w(i) != "state" or self.w(i + 1) not in ("-", "–") or self.w(i + 2) not in owning:
                continue
            state = self.owning_state(i)
            company = self.company(i, i + 3) if state is not None else None
            if company is not None and company.actor != state.actor:
                self.found.add(company, "part_of", state, min(company.start, state.start),
                               max(company.end, i + 3), confidence=0.65)

    def owning_state(self, i: int) -> Ref | None:
        """The state before "state-owned": "Russia's", "a Chinese"."""
        if self.w(i - 1) in POSSESSIVE:
            r = self.idx.ref_ending(i - 2)
            return r if r is not None and r.type == "country" and not r.demonym else None
        r = self.idx.ref_ending(i - 1)
        return r if r is not None and r.type == "country" and r.demonym and not r.allied_modifier else None

    def company(self, i: int, after: int) -> Ref | None:
        """The name the phrase runs into ("Russia's state-owned Gazprom"), else the name it is apposed to."""
        for j in range(after, min(self.hi, after + WINDOW)):
            r = self.idx.ref_starting(j)
            if r is not None:
                return r if r.type in OWNED and not r.demonym else None
            if self.w(j) == "," and j > after and self.doc[j - 1].pos_ == "NOUN":
                r = self.idx.ref_starting(j + 1 + (self.w(j + 1) == "the"))    # "Kenya's state-owned bank, the
                if r is not None and r.type in OWNED and not r.demonym \
                        and self.w(r.end) not in ("and", "or"):             # National Bank," (conv4)
                    return r
            if self.w(j) in (",", ".", ";", "(") or self.doc[j].pos_ in ("VERB", "AUX", "ADP"):
                break
        state_start = self.owning_state(i).start
        k = state_start - 1
        while k >= self.lo and self.w(k) in ("a", "an", "the", "one"):
            k -= 1
        if self.w(k) != ",":
            return None
        r = self.idx.ref_ending(self.skip_parenthetical_back(k) - 1)
        return r if r is not None and r.type in OWNED and not r.demonym else None
