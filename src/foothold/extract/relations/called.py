"""An alignment said of a group through a calling verb in a relative clause on it (issue 8, relrecall2): "depots of
X, which the Pentagon called Iran-backed", "A and B, which Washington called Iran-backed", "X, which it described as
Russia-aligned". The modifier qualifies the clause's antecedent (and the names coordinated with it), whoever calls
it so. Vocabulary: roles.yaml `described_ties` (`described_words`, validated when loaded)."""

from __future__ import annotations

from functools import lru_cache

from ...yamlfile import read_word_lists
from .index import Ref
from .lexicon import DETERMINERS, ROLES_PATH

DESCRIBED_KEYS = ("calling_verbs", "support_purpose_nouns", "umbrella_verbs")
RELATIVES = {"which", "whom"}
SIDES = ("organization", "person")


@lru_cache(maxsize=2)
def described_words(path: str | None = None) -> dict:
    """roles.yaml `described_ties`: word lists, validated when loaded."""
    data = read_word_lists(path or ROLES_PATH, DESCRIBED_KEYS, "roles (described_ties)", section="described_ties")
    return {k: frozenset(w.lower() for w in data[k]) for k in DESCRIBED_KEYS}


class CalledAligned:
    """Mixed into the alignment reader (relations/alignment.py): the subjects of a modifier that follows a
    calling verb."""

    def called_aligned(self, first: int, after: int) -> list[tuple[Ref, int]]:
        k = first - 1
        if self.w(k) == "as":
            k -= 1                                  # "which it described as Russia-aligned"
        if k < self.lo or self.doc[k].lemma_.lower() not in described_words()["calling_verbs"]:
            return []
        for j in range(k - 1, max(self.lo, k - 6), -1):
            if self.w(j) in RELATIVES and self.w(j - 1) == ",":
                return [(r, after) for r in self.coordinated_ending(j - 2)]
            if self.w(j) in (",", ";", "."):
                break
        return []

    def coordinated_ending(self, end: int) -> list[Ref]:
        """The actors of a list whose last name ends at token ``end`` ("A, B and C")."""
        out: list[Ref] = []
        r = self.idx.ref_ending(end)
        while r is not None and not r.demonym and r.type in SIDES and len(out) < 10:
            out.append(r)
            k = r.start - 1
            while self.w(k) in DETERMINERS:
                k -= 1                              # "A and the B"
            if self.w(k) not in ("and", ","):
                break
            r = self.idx.ref_ending(k - 1)
        return out
