"""part_of: possessives and "of" between organisations, state bodies named with a
demonym ("the Iraqi Army"), "X, part of Y", military unit chains."""

from __future__ import annotations

from .alignment import OWNING_SUFFIXES
from .index import Ref
from .private_forces import private_force
from .state_banks import bank_of_state
from .subsidiary_before import described_owner
from .lexicon import POSSESSIVE
from .named_kind import kind_after_name
from .party_names import named_party
from .sentence import Sentence


# Words that name a body a coalition, front or movement, never a state's organ ("the Myanmar National Democratic
# Alliance Army", "the Sudan People's Front"): no golds' part_of of a country has one (tuning sets; spurious12)
NON_STATE_NAME_WORDS = frozenset({"alliance", "front", "movement"})


class PartOfReading(Sentence):
    def read_part_of(self) -> None:
        seen: set[int] = set()
        for i in range(self.lo, self.hi):
            r = self.idx.ref_starting(i)
            if not r or r.start in seen:
                continue
            seen.add(r.start)
            # "the IRGC's Qods Force", "Iran's Hajj and Pilgrimage Organization"
            if self.w(r.end) in POSSESSIVE and r.type in ("organization", "country") \
                    and self.doc[r.end - 1].whitespace_ == "":     # "Company 'Wagner'" is a quote, no possessive
                r2 = self.idx.ref_starting(r.end + 1)
                if r2 and r2.type == "organization" and not r2.demonym \
                        and (r.type == "organization" or self.body_named(r2, owned=True)
                             or kind_after_name(self, r2)):   # "Israel's Mossad intelligence agency
                    self.found.add(r2, "part_of", r, r.start, r2.end, confidence=0.8)
            self.person_owns(r)
            if r.type == "organization" and not r.demonym:
                # "the Foreign Affairs and Security Committee of the Iraqi Parliament", "the Electoral Mission
                # (EOM) of the OAS": an acronym between
                k = self.skip_parenthetical(r.end)
                if self.w(k) == "of":
                    k += 1 + (self.w(k + 1) == "the")
                    r2 = self.idx.ref_starting(k)
                    r2 = state_body_after(self, r2) or r2    # "the Qods Force of Iran's IRGC": the IRGC
                    if r2 and not r2.demonym and (r2.type == "organization" or
                                                  (r2.type == "country" and self.body_named(r))):
                        self.found.add(r, "part_of", r2, r.start, r2.end, confidence=0.75)
                # a state body named with a demonym: "the Iraqi Army"
                self.demonym_body(r)
                self.compound_unit(r)
                self.apposed_subsidiary(r)
                self.subsidiary_described_before(r)
            elif r.type == "media":
                self.apposed_subsidiary(r)           # "(Al-Masirah, the Houthis' television channel, March 3)"
                self.outlet_run_by(r)                # "X TV, run by Y" (relties8)
            # "X, (which is) part of Y", "X, a unit of Y"
            self.cue_part_of(r)

    def apposed_subsidiary(self, r: Ref) -> None:
        """'UNICEF, the U.N. children's agency': a body in apposition to a subsidiary noun is part of the
        organisation that noun's phrase names."""
        if self.w(r.end) != ",":
            return
        for t in self.doc[r.end + 1:min(self.hi, r.end + 8)]:
            if t.dep_ == "appos" and r.start <= t.head.i < r.end and t.lower_ in self.lex.subsidiary_nouns:
                j = r.end + 1
                while j < t.i:
                    owner = self.idx.ref_starting(j)
                    if owner is not None and owner.type == "organization" and not owner.demonym \
                            and owner.actor != r.actor and owner.end <= t.i:
                        self.found.add(r, "part_of", owner, r.start, t.i + 1, confidence=0.7)
                        return
                    j = owner.end if owner is not None else j + 1
                self.subsidiary_of(r, t)
                return
        noun = self.subsidiary_noun_after(r.end + 1)
        if noun is not None:                      # the parser hung the apposition on another word: "a commander
            self.subsidiary_of(r, noun)           # of X, the armed wing of Y" (relties8)

    def subsidiary_described_before(self, r: Ref) -> None:
        """"the UN refugee agency, UNHCR": the body named after a subsidiary description is part of the description's
        organisation (subsidiary_before.py, relties12)."""
        owner = described_owner(self, r)
        if owner is not None:
            self.found.add(r, "part_of", owner, owner.start, r.end, confidence=0.7)

    def subsidiary_noun_after(self, j: int):
        """The subsidiary noun heading a definite apposition that opens at token j ("the armed wing", "the main
        channel"): a determiner, at most two lower-case modifiers, the noun, then "of"; else None."""
        if self.w(j) != "the":
            return None                            # "X, a unit of Y" is `cue_part_of`'s
        for k in range(j + 1, min(self.hi, j + 4)):
            tok = self.doc[k]
            if self.w(k) in self.lex.subsidiary_nouns and self.w(k + 1) == "of" and tok.pos_ == "NOUN":
                return tok
            if not tok.is_lower or tok.pos_ not in ("ADJ", "NOUN") or self.idx.ref(k) is not None:
                return None
        return None

    def subsidiary_of(self, r: Ref, noun) -> None:
        """'Radio Sol, the channel of the Patriotic Front': the subsidiary noun's own of-phrase names the owner
        (issue 8, relties8); its first word after "of" must start the owner's name (no "of the city's X")."""
        if self.w(noun.i + 1) != "of" or any(self.idx.ref(j) is not None for j in range(r.end + 1, noun.i)):
            return
        j = noun.i + 2
        if self.w(j) == "the":
            j += 1
        owner = self.idx.ref_starting(j)
        if owner is None or owner.demonym or owner.type not in ("organization", "country") or owner.actor == r.actor \
                or self.w(owner.end) == "-":
            return                                 # "a unit of the Russia-backed X": a backer, not the owner
        self.found.add(r, "part_of", owner, r.start, owner.end, confidence=0.7)

    def outlet_run_by(self, r: Ref) -> None:
        """'A, the channel of B, C TV, run by D, and ...': an outlet described as run or owned by a body is part of
        it (as "the D-run C TV" is, `alignment.owned_outlet`; issue 8, relties8)."""
        j = r.end + (self.w(r.end) == ",")
        if self.w(j) not in OWNING_SUFFIXES or self.w(j + 1) != "by":
            return
        j += 2
        if self.w(j) == "the":
            j += 1
        owner = self.idx.ref_starting(j)
        if owner is None or owner.demonym or owner.type not in ("organization", "country") or owner.actor == r.actor:
            return
        self.found.add(r, "part_of", owner, r.start, owner.end, confidence=0.7)

    def person_owns(self, r: Ref) -> None:
        """'Prigozhin's Wagner Group', 'Haftar ordered his Libyan National Army': the organisation a person
        owns is one they head ('his' is the one person named before it in the sentence); so is one apposed to a
        group noun a person owns ("members of X's party, Y (YP)", "his movement, Y,")."""
        if r.type != "organization" or r.demonym:
            return
        owner = None
        start = r.start
        k = start - (self.w(start - 1) == "the")
        if self.w(k - 1) == "," and self.w(k - 2) in self.lex.owned_group_nouns \
                and self.w(k - 3) in POSSESSIVE and self.w(r.end) in (",", "(", ".", ";") \
                and self.idx.ref(k - 2) is None:
            start = k - 2                           # "X's party, Y": the noun's possessor owns Y (relties8)
        if self.w(start - 1) in POSSESSIVE and self.doc[start - 2].whitespace_ == "":
            owner = self.idx.ref_ending(start - 2)
        elif self.w(start - 1) in ("his", "her"):
            people = {p.actor: p for j in range(self.lo, start - 1)
                      if (p := self.idx.ref_starting(j)) is not None and p.type == "person"}
            owner = next(iter(people.values())) if len(people) == 1 else None
        if owner is not None and owner.type == "person" and owner.actor != r.actor:
            self.found.add(owner, "leads", r, min(owner.start, r.start), r.end, confidence=0.6)

    def body_named(self, r: Ref, owned: bool = False) -> bool:
        words = [self.w(j) for j in range(r.start, r.end)]
        if words and words[-1].endswith("s") and (words[-1][:-1],) in self.lex.state_bodies:
            words[-1] = words[-1][:-1]              # "the Treasury and State Departments"
        bodies = self.lex.state_bodies | self.lex.owned_bodies if owned else self.lex.state_bodies
        return any(tuple(words[k:k + len(b)]) == b for b in bodies for k in range(len(words)))

    def demonym_body(self, r: Ref) -> None:
        """A state body named with its country: "the Iraqi Army", "U.S. Department of State",
        "United States Congress", "Atomic Energy Organization of Iran" are part_of the country."""
        country = None
        before = self.idx.ref_ending(r.start - 1)
        if before and (before.demonym or (before.type == "country" and self.known_country(before)))\
                and not before.allied_modifier and self.w(r.start - 2) != "-":
            country, first = before, before.start
        else:
            inner = self.name_country(r)
            if inner is not None:
                country, first = inner, r.start
            elif self.w(r.start - 1) == "and" and self.body_named(r):
                # "the U.S. Treasury and State Departments": the demonym is shared by the coordinated bodies
                prev = self.idx.ref_ending(r.start - 2)
                shared = None
                if prev is not None and prev.type == "organization" and self.body_named(prev):
                    shared = self.idx.ref_ending(prev.start - 1) or self.name_country(prev)
                if shared is not None and shared.demonym and shared.type == "country" and not shared.allied_modifier:
                    country, first = shared, shared.start
                elif shared is not None and shared.type == "country" and shared.start >= prev.start:
                    country, first = shared, prev.start        # "U.S. Treasury" named with its country
        if country is None or not (self.body_named(r) or bank_of_state(self, r, country)) \
                or self.idx.types.get(r.actor) == "media" or self.non_state_force(r):
            return
        if self.w(r.end) in ("-", "–") or self.w(r.start - 1) == "-":
            return
        if first == r.start and any(self.w(j) in ("-", "–") for j in range(country.start, min(country.end + 1, r.end))):
            return                                  # "the India-Bangladesh Joint Rivers Commission": two states' body
        if self.doc[r.end - 1].tag_ in ("NNS", "NNPS") and not any(
                self.doc[j].text[:1].isupper() for j in range(r.start, r.end)
                if not (country.start <= j < country.end) and self.w(j) not in self.lex.demonyms):
            return                                  # "Iraqi security forces": an unnamed group of bodies
        self.found.add(r, "part_of", country, first, r.end, confidence=0.7)

    def non_state_force(self, r: Ref) -> bool:
        """A force named like a state body that the sentence shows is no state's: a person's own army
        ("Khalifa Haftar's Libyan National Army") or one apposed as rebels ("the Syrian National Army, a coalition
        of Turkish-backed rebel factions"; roles.yaml `non_state_words`), or named as one ("the Syrian Opposition
        Coalition", "the Iraqi Resistance Coordination Committee")."""
        owner = self.idx.ref_ending(r.start - 2) if self.w(r.start - 1) in POSSESSIVE else None
        if owner is not None and owner.type == "person":
            return True
        if any(self.w(j) in self.lex.non_state_words for j in range(r.start, r.end)):
            return True                     # irq21: "the Iraqi Resistance Coordination Committee" names its kind
        if any(self.w(j) in NON_STATE_NAME_WORDS for j in range(r.start, r.end)):
            return True                     # "the Myanmar National Democratic Alliance Army": a coalition's name
        if named_party(self, r):
            return True                     # "the Malawi Congress Party": a party, no state body (party_names.py)
        if self.w(r.end) != ",":
            return False
        for j in range(r.end + 1, min(self.hi, r.end + 9)):
            if self.w(j) == "," or self.doc[j].tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return False                                 # the apposition ends ("Turkish-backed" stays in it)
            if self.w(j) in self.lex.non_state_words:
                return True
        return False

    def known_country(self, r: Ref) -> bool:
        """A country reference the actor dictionary knows as a country ("National" taken for one is not)."""
        from ..dictionary import load_dictionary
        entry = load_dictionary().lookup(self.doc[r.start:r.end].text)
        return entry is not None and entry.type in ("country", "place")

    def compound_unit(self, r: Ref) -> None:
        """'Islamic Revolutionary Guard Corps-Qods Force', 'IRGC Qods Force': a body's unit written
        against its name is part_of it."""
        k = r.end
        spaced = False
        if self.w(k) in ("-", "–", "—") and self.doc[k].whitespace_ == "" and self.doc[k - 1].whitespace_ == "":
            k += 1
        elif k >= self.hi or self.doc[k - 1].whitespace_ == "":
            return
        elif r.end - r.start == 1 and not self.doc[r.start].text.isupper():
            return                                  # "National Security Council": one word is no body's name
        else:
            spaced = True
        unit = self.idx.ref_starting(k)
        if unit is None or unit.type != "organization" or unit.demonym or unit.actor == r.actor:
            return
        if not (self.body_named(unit, owned=True) or self.is_unit(unit)):
            return
        if spaced and not (self.is_unit(unit) or any((self.w(j),) in self.lex.owned_bodies
                                                     for j in range(unit.start, unit.end))):
            return                                  # "White House National Security Council": one name, no unit
        if self.idx.ref_starting(unit.end) is not None or self.w(unit.end) in ("-", "–", "—"):
            return                                  # a longer chain of names: unclear
        self.found.add(unit, "part_of", r, r.start, unit.end, confidence=0.7)

    def cue_part_of(self, r: Ref) -> None:
        if r.demonym:
            return
        # people are members ("Booker was assigned to 2nd Battalion"); bodies are parts
        predicate = "member_of" if r.type == "person" else "part_of"
        k = r.end
        k = self.skip_parenthetical(k)
        if r.type != "person" and self.w(k) in self.lex.agent_nouns and self.w(k + 1) == ",":
            k += 1                                  # "Kata'ib Hezbollah militia, a subgroup of ..."
        if self.w(k) == ",":
            k += 1
        if self.w(k) in ("which", "that") and self.w(k + 1) in ("is", "was", "are", "were"):
            k += 2
        elif self.w(k) in ("is", "was", "are", "were", "became", "becomes", "remains"):
            if self.w(k - 1) == ",":
                return                              # "Dayton, who was supporting X, was assigned to": X is no subject
            k += 1
        if self.doc[k].tag_ == "VBG" if k < self.hi else False:
            k += 1                                  # "the UK is working as part of the Coalition"
        if self.w(k) == "as":
            if k == r.end:
                return                              # "strikes against ISIL as part of ...": ISIL is no subject
            k += 1
        if r.type == "organization" and self.w(k - 1) == "," and self.w(k) in ("the", "a", "an"):
            forces = self.idx.ref_starting(k + 1)      # "the Tatmadaw, the military of Myanmar": the state's forces
            if forces is not None and forces.type == "country" and forces.end - forces.start > 1 and (
                    {self.w(forces.start), self.w(forces.end - 1)} & self.lex.state_force_nouns) \
                    and not private_force(self, forces):
                self.found.add(r, "part_of", forces, r.start, forces.end, confidence=0.7)
                return
        if r.type == "organization" and self.w(k - 1) == "," and self.owned_unit(r, k):
            return
        n = self.match(k, self.lex.part_of_cues)
        if n and self.w(k) == "members" and not self.plural([r]):
            return                                  # "backed by Iran, members of ...": number disagrees
        if n:
            obj, end = self.object_after(k + n)
            proxy = obj is not None and obj.demonym and obj.type == "country" and obj.end - obj.start > 1 \
                and self.w(obj.end - 1) in self.lex.country_proxies   # "an arm of the Iranian military"
            if obj and obj.type == "country" and r.type in ("place", "country"):
                return                              # "Abkhazia is part of Georgia": a claim to ground (private_forces.py)
            if obj and obj.type in ("organization", "country") and (not obj.demonym or proxy):
                self.found.add(r, predicate, obj, r.start, end, confidence=0.7)
            return
        if r.type != "person":
            self.drawn_from(r)
        # military units name their parent after a comma: "3rd Battalion, 321st Field Artillery Regiment"
        if self.w(r.end) == "," and self.is_unit(r):
            parent = self.idx.ref_starting(r.end + 1)
            if parent and parent.type == "organization" and self.is_unit(parent):
                self.found.add(r, "part_of", parent, r.start, parent.end, confidence=0.7)

    def owned_unit(self, r: Ref, k: int) -> bool:
        """'the Qassam Brigades, Hamas's armed wing': an apposition owning a unit noun of the part-of cues
        ("a wing of", "a branch of") makes the anchor part_of the owner."""
        owner = self.idx.ref_starting(k)
        if owner is None or owner.demonym or owner.type not in ("organization", "country") \
                or self.w(owner.end) not in POSSESSIVE:
            return False
        j = owner.end + 1
        while j < self.hi and self.doc[j].pos_ == "ADJ" and self.idx.ref(j) is None:
            j += 1                                  # "armed", "military", "Syrian"
        if self.idx.ref(j) is not None:
            j = self.idx.ref(j).end                 # a demonym: "al-Qaeda's Syrian branch"
        if (self.w(j),) not in self.unit_nouns() or self.w(j + 1) == "of":
            return False
        self.found.add(r, "part_of", owner, r.start, j + 1, confidence=0.7)
        return True

    def unit_nouns(self) -> set[tuple[str, ...]]:
        """The nouns of the part-of cues 'a wing of', 'an arm of', 'a branch of' (roles.yaml part_of_cues)."""
        return {c[1:2] for c in self.lex.part_of_cues if len(c) == 3 and c[0] in ("a", "an") and c[2] == "of"}

    def drawn_from(self, r: Ref) -> None:
        """'militants from ISIL', 'Airmen (deployed) from the 158th Fighter Wing': a group of a force's people."""
        k = r.end
        if k < self.hi and self.doc[k].tag_ in ("VBG", "VBN"):
            k += 1                                  # "Soldiers visiting from 3rd Battalion"
        if self.w(k) != "from":
            return
        source = self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the"))
        if source is None or source.type != "organization" or source.demonym:
            return
        if self.w(r.end - 1) in self.lex.member_nouns or self.is_unit(source):
            self.found.add(r, "part_of", source, r.start, source.end, confidence=0.6)

    def is_unit(self, r: Ref) -> bool:
        return any(self.w(j) in self.lex.unit_words for j in range(r.start, r.end))


def state_body_after(reader, r: Ref | None) -> Ref | None:
    """The organisation a state's possessive opens ("of Iran's Islamic Revolutionary Guard Corps"): the body the
    of-phrase names, not the state; None when r is no state so followed."""
    if r is None or r.type != "country" or reader.w(r.end) not in POSSESSIVE:
        return None
    body = reader.idx.ref_starting(r.end + 1)
    return body if body is not None and body.type == "organization" and not body.demonym else None
