"""A state's body named right after its description, with no comma (issue 8, relties9): "the Chilean intelligence
agency ANI", "Russia's intelligence service FSB", "the Russian services SVR and GRU": the named body is part_of the
state (news-dev README: state bodies with a demonym or possessive are part_of the country). The comma form ("France's
disinformation watchdog, Viginum") is apposed_state_body's reading; this one reads the description the same way
(lower-case words after "<state>'s" or "the <demonym>", the last one the head, a roles.yaml `state_bodies` noun taken
by its lemma: "services"). A list of names follows only a plural head; after a singular head it binds nothing. A
description holding a word of a people's or a movement's group (roles.yaml `non_state_body_words`: "the Palestinian
militant organization X", "the Palestinian refugee agency Y") names no state's body, nor does a head as loose as
"organization", "committee" or "council" (`loose_body_heads`). An international organisation's agency ("the UN
refugee agency, UNHCR") was read here too and taken back: it cost a fresh set one false tie (see DEVELOPING.md)."""

from __future__ import annotations

from .apposed_state_body import ApposedStateBody
from .index import Ref
from .lexicon import role_words
from .sentence import Sentence


def non_state_descriptors(path: str | None = None) -> frozenset[str]:
    """roles.yaml `non_state_body_words`: a description holding one names no state's body."""
    return role_words("non_state_body_words", path)


def loose_body_heads(path: str | None = None) -> frozenset[str]:
    """roles.yaml `loose_body_heads`: state_bodies heads that as often name a people's group ("the Kurdish
    organization X", "the Iraqi committee Y"); read only in the comma form (apposed_state_body)."""
    return role_words("loose_body_heads", path)


class DescribedBodyNames(Sentence):
    def read_described_body_names(self) -> None:
        for i in range(self.lo, self.hi):
            owner = self.idx.ref_starting(i)
            if owner is None or owner.type != "country":
                continue
            described = self.owned_description(owner)
            if described is None:
                continue
            end, plural = described
            for named in self.bodies_named(owner, end, plural):
                self.found.add(named, "part_of", owner, min(named.start, owner.start), max(named.end, end),
                               confidence=0.65)

    def owned_description(self, owner: Ref) -> tuple[int, bool] | None:
        """(the token after the description, whether its head is plural) for "<state>'s <lower-case words> <head>"
        or "the <demonym> <lower-case words> <head>", None when no state's body is described."""
        span = ApposedStateBody.state_description(self, owner)
        if span is None:
            return None
        j, k = span
        head = self.doc[k - 1]
        lemma = head.lemma_.lower()
        if any(self.w(m) in non_state_descriptors() for m in range(j, k)):
            return None                    # "the Palestinian militant organization Hamas": no state's body
        ok = ((lemma,) in self.lex.state_bodies or (k - j >= 2 and (self.w(k - 2), lemma) in self.lex.state_bodies)) \
            and lemma not in loose_body_heads()
        return (k, head.tag_ == "NNS") if ok else None

    def bodies_named(self, owner: Ref, end: int, plural: bool) -> list[Ref]:
        """The organisations the description names right after it (a list only after a plural head)."""
        def body(r: Ref | None) -> bool:
            return r is not None and r.type == "organization" and not r.demonym and r.actor != owner.actor

        first = self.idx.ref_starting(end)
        if body(first):
            names, k = [first], first.end
            while plural and self.w(k) in (",", "and") and body(self.idx.ref_starting(k + 1 + (self.w(k + 1) == "and"))):
                r = self.idx.ref_starting(k + 1 + (self.w(k + 1) == "and"))
                names.append(r)
                k = r.end
            if self.w(k) in ("and", "or") and not plural:
                return []                  # "the Chilean agency ANI and the police": a list after a singular head
            return names if self.w(k) not in ("'s", "’s") else []
        return []                          # a state's body apposed with its comma: apposed_state_body's reading
