"""A body described in apposition as a unit inside another (issue 8, relties2): "X, the strongest faction in Y",
"X, an armed faction within Iraq's Y", "X, the largest wing in Y". The of-form ("a faction of Y") is a part_of cue
(roles.yaml `part_of_cues`); "in" / "within" after the same unit nouns states the same inclusion: X part_of Y."""

from __future__ import annotations

from .index import Ref
from .lexicon import POSSESSIVE
from .sentence import Sentence

INSIDE = ("in", "within", "inside")
ARTICLES = ("a", "an", "the", "one")
MAX_DESCRIBING = 3         # "the strongest armed faction": a short description, not a clause


class ApposedUnitIn(Sentence):
    def read_apposed_units_in(self) -> None:
        for k in range(self.lo + 1, self.hi - 3):
            if self.w(k) != "," or self.w(k + 1) not in ARTICLES:
                continue
            body = self.idx.ref_ending(self.skip_parenthetical_back(k) - 1)
            if body is None or body.type != "organization" or body.demonym:
                continue
            inside = self.unit_noun_end(k + 2)
            if inside is None or self.w(inside) not in INSIDE:
                continue
            whole, end = self.body_inside(inside + 1)
            if whole is not None and whole.actor != body.actor:
                self.found.add(body, "part_of", whole, body.start, end, confidence=0.65)

    def unit_noun_end(self, j: int) -> int | None:
        """The token after "<describing words> <unit noun>" starting at j ("strongest faction"), else None."""
        units = {c[1] for c in self.lex.part_of_cues if len(c) == 3 and c[0] in ("a", "an") and c[2] == "of"}
        for k in range(j, min(j + MAX_DESCRIBING + 1, self.hi)):
            if self.idx.ref(k) is not None or not self.doc[k].is_lower:
                return None                           # a name inside: "the Iraqi faction" is another shape
            if self.doc[k].lemma_.lower() in units or self.w(k) in units:
                return k + 1
            if self.doc[k].pos_ not in ("ADJ", "ADV", "NOUN", "VERB"):   # "armed" is tagged a verb at times
                return None
        return None

    def body_inside(self, j: int) -> tuple[Ref | None, int]:
        """The organisation named after "in": directly ("in the X") or owned by a state ("within Iraq's X")."""
        j += self.w(j) == "the"
        r = self.idx.ref_starting(j)
        if r is not None and r.type == "country" and not r.demonym and self.w(r.end) in POSSESSIVE:
            r = self.idx.ref_starting(r.end + 1)        # the state's body, not the state
        if r is None or r.type != "organization" or r.demonym:
            return None, j
        return r, r.end
