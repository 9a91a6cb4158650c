"""A body's unit written before the unit's name (issue 8, relties4): "The United Nations mission in Iraq, UNAMI, called
on all sides ...", "Hamas's armed wing, the Qassam Brigades, fired rockets", "the African Union force in Somalia,
AMISOM" -> the named unit part_of the owner. monitor.unit_of_owner reads the other order ("UNAMI, the UN mission in
Iraq"); here the unit noun (roles.yaml `monitor_ties.unit_nouns`) has a named owner (its possessor, a named compound
or its of-phrase: monitor.owner_of_unit) and a named organisation apposed to it, or to the place of its "in"/"for"
phrase where the parser hangs the apposition ("mission in South Sudan, UNMISS")."""

from __future__ import annotations

from .index import Ref
from .monitor import monitor_words
from .sentence import Sentence

BODIES = ("organization",)


class UnitNamedAfter(Sentence):
    def read_units_named_after(self) -> None:
        units = monitor_words()["unit_nouns"]
        for tok in self.sent:
            if tok.pos_ != "NOUN" or tok.lower_ not in units or self.idx.ref(tok.i) is not None:
                continue
            named = self.unit_name_apposed(tok)
            owner = self.owner_of_unit(tok) if named is not None else None
            if owner is None or owner.actor == named.actor or owner.type not in BODIES:
                continue
            first, last = self.span_of(owner, named, tokens=[tok])
            self.found.add(named, "part_of", owner, first, last, confidence=0.65)

    def unit_name_apposed(self, noun) -> Ref | None:
        """The organisation named in apposition to the unit noun, or to the scene of its "in"/"for" phrase."""
        heads = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
                          for p in c.children if p.dep_ == "pobj" and (r := self.idx.ref(p.i)) is not None
                          and r.type in ("place", "country")]
        for head in heads:
            for c in head.children:
                if c.dep_ != "appos" or self.w(c.left_edge.i - 1) != ",":
                    continue
                r = self.idx.ref(c.i)
                if r is not None and r.type in BODIES and not r.demonym and r.start > noun.i:
                    return r
        return None
