"""A body's unit written before the unit's name (issue 8, relties4): "The United Nations mission in Iraq, UNAMI, called
on all sides ...", "Hamas's armed wing, the Qassam Brigades, fired rockets", "the African Union force in Somalia,
AMISOM" -> the named unit part_of the owner. monitor.unit_of_owner reads the other order ("UNAMI, the UN mission in
Iraq"); here the unit noun (roles.yaml `monitor_ties.unit_nouns`) has a named owner (its possessor, a named compound
or its of-phrase: monitor.owner_of_unit) and a named organisation apposed to it, or to the place of its "in"/"for"
phrase where the parser hangs the apposition ("mission in South Sudan, UNMISS"). "its" as the owner stands for the
organisation `sentence.pronoun_owner` finds, and a subsidiary noun (roles.yaml `subsidiary_nouns`: "run by its
subsidiary, the Y Company") so owned names its unit in apposition too (issue 8, relties8)."""

from __future__ import annotations

from .index import Ref
from .monitor import monitor_words
from .sentence import Sentence

BODIES = ("organization",)


class UnitNamedAfter(Sentence):
    def read_units_named_after(self) -> None:
        units = monitor_words()["unit_nouns"]
        for tok in self.tokens:
            if tok.pos_ != "NOUN" or self.idx.ref(tok.i) is not None:
                continue
            if tok.lower_ not in units:
                if tok.lower_ in self.lex.subsidiary_nouns:
                    self.its_subsidiary_named(tok)
                continue
            named = self.unit_name_apposed(tok)
            owner = self.owner_of_unit(tok) if named is not None else None
            if owner is None and named is not None:
                owner = self.its_owner(tok)           # "X said its armed wing, Y, ..." (relties8)
            if owner is None or owner.actor == named.actor or owner.type not in BODIES:
                continue
            first, last = self.span_of(owner, named, tokens=[tok])
            self.found.add(named, "part_of", owner, first, last, confidence=0.65)

    def its_subsidiary_named(self, noun) -> None:
        """'run by its subsidiary, the Y Company (YC)', 'X said its newspaper, Y, ...': a subsidiary noun (roles.yaml
        `subsidiary_nouns`) owned by "its" with a body or outlet named in apposition right after it (relties8)."""
        owner = self.its_owner(noun)
        if owner is None:
            return
        j = noun.i + 1
        if self.w(j) != ",":
            return
        j += 1 + (self.w(j + 1) == "the")
        named = self.idx.ref_starting(j)
        if named is None or named.type not in ("organization", "media") or named.demonym \
                or named.actor == owner.actor or self.w(named.end) not in (",", "(", ".", ";"):
            return
        first, last = self.span_of(owner, named, tokens=[noun])
        self.found.add(named, "part_of", owner, first, last, confidence=0.65)

    def its_owner(self, noun) -> Ref | None:
        """The organisation an "its" owning the noun stands for (`sentence.pronoun_owner`), else None."""
        its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        owner = self.pronoun_owner(its.i) if its is not None else None
        return owner if owner is not None and owner.type in BODIES and not owner.demonym else None

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
