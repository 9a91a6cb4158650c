"""A body named in apposition to a state's body described in common nouns (issue 8, relfresh): "France's
disinformation watchdog, Viginum", "the Milli Majlis, Azerbaijan's parliament", "the Congolese electoral commission,
CENI". The named body is part_of the state. The description's head must name a state's body (roles.yaml
`state_bodies`, plus `apposed_state_bodies` for nouns that do only with a state as owner: watchdog, regulator);
"Turkey's main opposition party, the CHP" or "Iraq's largest militia, X" name no state body."""

from __future__ import annotations

from .index import Ref
from .lexicon import POSSESSIVE, role_words
from .sentence import Sentence

DESCRIBING = ("ADJ", "NOUN", "PROPN")     # "electoral" is sometimes tagged a proper noun in lower case
MAX_WORDS = 4          # "France's national disinformation watchdog": a short description, not a clause


def owned_body_heads(path: str | None = None) -> frozenset[str]:
    """roles.yaml `apposed_state_bodies`, validated as every roles list is."""
    return role_words("apposed_state_bodies", path)


class ApposedStateBody(Sentence):
    def read_apposed_state_bodies(self) -> None:
        for i in range(self.lo, self.hi):
            state = self.idx.ref_starting(i)
            if state is None or state.type != "country":
                continue
            end = self.state_body_description(state)
            if end is None:
                continue
            named = self.idx.ref_starting(end + 1 + (self.w(end + 1) == "the")) if self.w(end) == "," else None
            if named is None and self.w(state.start - 1 - (self.w(state.start - 1) == "the")) == ",":
                k = state.start - 1 - (self.w(state.start - 1) == "the")
                named = self.idx.ref_ending(k - 1)      # "the Milli Majlis, Azerbaijan's parliament"
                if named is not None and self.w(end) not in (",", ".", ";", ")", ""):
                    named = None
            if named is not None and named.type == "organization" and not named.demonym \
                    and named.actor != state.actor and self.w(named.end) not in ("and", "or"):   # no list
                self.found.add(named, "part_of", state, min(named.start, state.start), max(named.end, end),
                               confidence=0.65)

    def state_description(self, state: Ref) -> tuple[int, int] | None:
        """(first, end) of the lower-case words describing a body after "<state>'s" or "the <demonym>" ("Chile's
        national intelligence agency"), None when none follow; shared with described_body_names."""
        j = state.end
        if self.w(j) in POSSESSIVE and not state.demonym:
            j += 1
        elif not (state.demonym and self.w(state.start - 1) == "the"):
            return None
        k = j
        while k < self.hi and k - j < MAX_WORDS and self.doc[k].is_lower and self.doc[k].is_alpha \
                and self.doc[k].pos_ in DESCRIBING and self.idx.ref(k) is None:
            k += 1
        return (j, k) if k > j else None

    def state_body_description(self, state: Ref) -> int | None:
        """The token after "<state>'s <lower-case words> <body noun>" (or "the <demonym> ... <body noun>"), None
        when the words after the state are no such description."""
        span = self.state_description(state)
        if span is None:
            return None
        j, k = span
        head = self.w(k - 1)
        if (head,) in self.lex.state_bodies or head in owned_body_heads() or \
                (k - j >= 2 and (self.w(k - 2), head) in self.lex.state_bodies):
            return k
        return None
