"""Diplomatic missions are part of the state that sends them (issue 8, relrecall4; roles.yaml `missions`): "the U.S.
Embassy in Managua", "the Chinese Consulate General in Basrah", "the Permanent Mission of Iran to the United Nations".
The state is the demonym or country written right before the mission's name, or the "of <country>" inside it
(before "to"/"in", which name where the mission is posted). The actor extractor may type an embassy a place (a
building), so places are read as well as organisations; "the African Union Mission in Somalia" names no sending
state and gets nothing here."""

from __future__ import annotations

from ...resolve.names import normalise_name
from .index import Ref
from .sentence import Sentence
from .tie_words import section_words

POSTED = ("to", "in", "at")
# "killed a citizen near the U.S. Embassy Branch Office": a mission typed a place after a locative preposition is a
# landmark where something happened (news-dev codes no such actor), not a body of its state
LANDMARK_PREPS = {"near", "outside", "inside", "at", "around", "beside", "behind", "opposite", "by"}


def mission_words(path: str | None = None) -> frozenset:
    return section_words("missions", ("mission_nouns",), (), path)["mission_nouns"]


class MissionReading(Sentence):
    def read_missions(self) -> None:
        nouns = mission_words()
        for i in range(self.lo, self.hi):
            r = self.idx.ref_starting(i)
            if r is None or r.demonym or r.type not in ("organization", "place") or not self.names_mission(r, nouns):
                continue
            if r.type == "place" and self.landmark(r):
                continue
            state = self.sending_state(r)
            if state is not None and state.actor != r.actor:
                self.found.add(r, "part_of", state, min(state.start, r.start), max(state.end, r.end),
                               confidence=0.7)

    def landmark(self, r: Ref) -> bool:
        """The mission's phrase ("the U.S. Embassy ...", "the embassy") follows a locative preposition."""
        before = self.idx.ref_ending(r.start - 1)
        k = (before.start if before is not None and before.type == "country" else r.start) - 1
        k -= self.w(k) == "the"
        return self.w(k) in LANDMARK_PREPS

    def names_mission(self, r: Ref, nouns: frozenset) -> bool:
        words = [self.w(j) for j in range(r.start, r.end)]
        return any(" ".join(words[k:k + n]) in nouns for n in (1, 2, 3) for k in range(len(words)))

    def sending_state(self, r: Ref) -> Ref | None:
        before = self.idx.ref_ending(r.start - 1)
        if before is not None and before.type == "country" and not before.allied_modifier \
                and self.w(r.start - 2) != "-":
            return before                                        # "the U.S. Embassy", "the French Embassy"
        for k in range(r.start, r.end - 1):                      # "the Permanent Mission of Iran to the UN"
            if self.w(k) != "of":
                continue
            for end in range(k + 2, r.end + 1):
                if end == r.end or self.w(end) in POSTED:
                    actor = self.idx.country_keys.get(self.key(k + 1, end))
                    if actor is not None:
                        return Ref(actor, "country", k + 1, end)
            break
        return self.name_country(r)                              # "U.S. Embassy in Managua" named whole

    def key(self, start: int, end: int) -> str:
        start += self.w(start) == "the"
        return normalise_name(self.doc[start:end].text)
