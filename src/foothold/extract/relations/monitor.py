"""Ties as monitor reports and think-tank analyses state them (issue 8, relmon), one small reader per shape:

- a body of an organisation named by an apposition or a copula whose head is a unit noun with its owner
  ("UNRWA, the UN agency for ...", "X, a formation of the Pakistan Army", "X, an Iraqi militia of the PMF",
  "JNIM is al-Qaeda's branch in the Sahel", "The National Security Forces are the main armed force of Fatah") → part_of
  (an affiliate: allied_with) (roles.yaml `monitor_ties.unit_nouns`, `affiliate_nouns`);
- a tie told once for a list ("A and B, both rivals of C", "C's rivals, A and B", "C's partners, A and B") → each
  listed party holds it;
- a regional head apposed to a place's possessive title ("Marib's governor, X") leads the place;
- helpers the older readers call through one-line hooks: the side named by a group's forces or a state-led
  coalition, every owner of an attacked object, the speaker's own "its", a state's army between clashing parties,
  and the antecedent of a closed relative clause;
- a party's candidate ("X, the Shor Party's candidate") is a member of the party.
"""

from __future__ import annotations

from functools import lru_cache

from ...yamlfile import load_yaml
from .anaphor_owner import definite_group_owner, owning_group_noun
from .candidacies import candidate_named_after, party_of_candidacy
from .group_before import group_named_before, group_of_sentence_before
from .index import Ref
from .lexicon import ROLES_PATH, _strings
from .trade_partners import trade_partner

SIDES = ("country", "organization", "person")
BODIES = ("organization",)
SAYING = {"say", "claim", "report", "allege", "state", "announce", "accuse"}


@lru_cache(maxsize=2)
def monitor_words(path: str | None = None) -> dict[str, frozenset]:
    """roles.yaml `monitor_ties`: its word lists, validated as every roles list is."""
    from pathlib import Path
    data = load_yaml(Path(path or ROLES_PATH).read_text(encoding="utf-8"))
    keys = ("unit_nouns", "affiliate_nouns", "candidacy_nouns")
    return {k: frozenset(w.lower() for w in _strings(data, "monitor_ties", k)) for k in keys}


class MonitorReading:
    """Mixed into the sentence reader (relations/reader.py) after the report readers."""

    def read_monitor_ties(self) -> None:
        words = monitor_words()
        # the unions once a sentence, not once a noun
        unit_nouns = words["unit_nouns"] | words["affiliate_nouns"]
        side_nouns = self.lex.rival_nouns | self.lex.partner_nouns
        for tok in self.tokens:
            if tok.pos_ != "NOUN":
                continue                        # every reading below is of a noun
            if tok.lower_ in unit_nouns and tok.dep_ in ("appos", "attr"):
                self.unit_of_owner(tok, allied=tok.lower_ in words["affiliate_nouns"])
            if tok.lemma_.lower() in side_nouns and tok.tag_ == "NNS" and not trade_partner(tok):
                self.listed_sides(tok)          # "its trading partners, A and B": commerce (trade_partners.py)
            if (tok.lower_,) in self.lex.regional_heads:
                self.place_head_named_after(tok)
            if tok.lower_ in words["candidacy_nouns"] and tok.dep_ in ("appos", "attr"):
                self.party_candidate(tok)
            elif tok.pos_ == "NOUN" and tok.lower_ in words["candidacy_nouns"]:
                self.owned_candidate(tok)


    # ---- shared
    def owner_of_unit(self, noun) -> Ref | None:
        """The body a unit noun belongs to: its possessor ("the UN's agency"), a named compound ("the UN agency",
        "the al-Qaeda affiliate") or its of-phrase ("a formation of the Pakistan Army"); never a demonym ("an
        Iraqi militia" says where it is from, not whose it is)."""
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "nmod"):
                r = self.idx.ref(c.i)
                if r is not None and not r.demonym and r.type in BODIES and r.start < noun.i:
                    return r
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and (r := self.ref_of(p)) is not None and r.type in BODIES:
                        return r
        return None

    def unit_anchor(self, noun) -> Ref | None:
        """Who the unit noun describes: the name it is apposed to, or the subject of 'is'/'are'/'were'."""
        if noun.dep_ == "appos":
            r = self.ref_of(noun.head)
            named = self.idx.ref(noun.head.i)
            if r is not None and r.type == "person" and named is not None and named.type in BODIES \
                    and not named.demonym:
                r = named          # "X, the head of A, the political wing of B": A's unit noun, not X's
            if r is None and noun.head.pos_ == "NOUN":
                anchored = self.apposition_anchor(noun.i)
                r = anchored[0] if anchored else None
            return r
        verb = noun.head
        if verb.lemma_ != "be" or not self.stated(verb) or any(c.dep_ == "neg" for c in verb.children):
            return None
        return next((r for c in verb.children if c.dep_ == "nsubj" and (r := self.side_of(c)) is not None), None)

    # ---- readers
    def unit_of_owner(self, noun, allied: bool = False) -> None:
        """'UNRWA, the UN agency for Palestinian refugees', 'X is al-Qaeda's branch in the Sahel': part_of the
        owner (an affiliate is allied_with it)."""
        if any(c.dep_ == "conj" and self.idx.ref(c.i) is not None for c in noun.children):
            return                                           # "urged the SPLA-IO, the Kitgwang faction and NAS": a list
        owner = self.owner_of_unit(noun)
        anchor = self.unit_anchor(noun) if owner is not None else None
        if anchor is None or anchor.type not in BODIES or anchor.actor == owner.actor:
            return
        first, last = self.span_of(anchor, owner, tokens=[noun])
        self.found.add(anchor, "allied_with" if allied else "part_of", owner, first, last, confidence=0.65)

    def listed_sides(self, noun) -> None:
        """'A and B, both rivals of C' / 'C's rivals, A and B' / 'C's partners, A and B': every listed party holds
        the tie the plural noun states (rivals both ways; a partner allied_with the owner)."""
        if any(c.dep_ == "neg" for c in noun.children):
            return
        owner = self.owner_of(noun)
        if owner is None:
            return
        listed = next((c for c in noun.children if c.dep_ == "appos"), None)
        if listed is None and noun.dep_ == "appos":
            listed = noun.head                               # "A and B, both rivals of C"
        if listed is not None:
            parties = [listed, *listed.conjuncts]
        elif self.w(noun.i + 1) == ",":                      # "C's rivals, A and B" read as conjuncts of the noun
            parties = [t for t in noun.conjuncts if t.i > noun.i]
        else:
            from .shapes import listed_after_scene           # "C's partners in the Gulf, A and B"
            parties = listed_after_scene(self, noun)
            if not parties:
                return
        rival = noun.lemma_.lower() in self.lex.rival_nouns
        for t in parties:
            r = self.ref_of(t)
            if r is None or r.type not in SIDES or r.actor == owner.actor:
                continue
            first, last = self.span_of(r, owner, tokens=[noun])
            self.found.add(r, "opposes" if rival else "allied_with", owner, first, last, confidence=0.6)
            if rival:
                self.found.add(owner, "opposes", r, first, last, confidence=0.6)

    def craft_or_forces_side(self, tok) -> Ref | None:
        """The side a monitor names by its forces: a group's ("Kitgwang forces attacked ...") or an unnamed
        alliance led by a state ("the Saudi-led coalition"); used by the attack reader (reports.group_side). A
        state's craft ("American aircraft bombed ...") is left out: the tuning golds code no hostility from it."""
        led = self.led_state(tok)
        if led is not None:
            return led
        if (tok.lower_,) in self.lex.owned_bodies:
            return next((r for c in tok.children if c.dep_ == "compound" and (r := self.idx.ref(c.i)) is not None
                         and not r.demonym and r.type == "organization"), None)
        return None

    def owners_listed(self, obj) -> list[Ref]:
        """'facilities of A and B', 'camps of A and B': each owner an attack's object names after 'of'."""
        return [r for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"
                for t in (p, *p.conjuncts) if (r := self.side_of(t)) is not None]

    def speaker_owned(self, obj) -> Ref | None:
        """'NAS said the SSPDF had raided its base': an attacked 'its'/'their' in what a party says is the
        speaker's own (the attacker named inside the report is no owner of what it hit)."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children):
            return None
        verb = obj.head
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING:
            return None
        return next((r for c in verb.head.children if c.dep_ == "nsubj" and (r := self.ref_of(c)) is not None
                     and r.type in ("organization", "country")), None)

    def state_forces_named(self, r: Ref) -> bool:
        """'clashes between the Ethiopian army and X': a demonym before a force noun names its state's side."""
        return r.demonym and r.type == "country" and self.w(r.end) in self.lex.state_force_nouns

    def clause_antecedent(self, r: Ref) -> list[Ref]:
        """The name a closed relative clause holding r is about ("X, who founded Y, ..." → X): the side of what
        follows the clause."""
        for a in self.doc[r.start].ancestors:
            if a.dep_ == "relcl":
                antecedent = self.ref_of(a.head)
                return [antecedent] if antecedent is not None else []
        return []

    def place_head_named_after(self, noun) -> None:
        """'Marib's governor, Sultan al-Arada': the person apposed to a regional head title with a place as its
        possessor leads that place (as "the governor of Najaf" does)."""
        place = next((r for c in noun.children if c.dep_ == "poss" and (r := self.idx.ref(c.i)) is not None
                      and r.type == "place"), None)
        person = next((r for c in noun.children if c.dep_ == "appos" and (r := self.ref_of(c)) is not None
                       and r.type == "person"), None)
        if place is not None and person is not None:
            first, last = self.span_of(place, person, tokens=[noun])
            self.found.add(person, "leads", place, first, last, confidence=0.65)

    def led_state(self, tok) -> Ref | None:
        """'the Saudi-led coalition', 'the French-led force': an unnamed alliance named by the state leading it
        takes that state's side."""
        if tok.pos_ != "NOUN" or self.w(tok.i - 1) not in self.lex.leading_suffixes or self.w(tok.i - 2) != "-":
            return None
        r = self.idx.ref_ending(tok.i - 3)
        return r if r is not None and r.type == "country" else None

    def owned_candidate(self, noun) -> None:
        """'Frelimo and its candidate, X', 'the party said its nominee, X, would appeal': the person apposed to a
        candidacy owned by 'its'/'their' is a member of the party the pronoun stands for (pronoun_owner)."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        person = next((r for c in noun.children if c.dep_ == "appos" and (r := self.ref_of(c)) is not None
                       and r.type == "person"), None) or candidate_named_after(self, noun)
        party = self.pronoun_owner(owner.i) if owner is not None and person is not None else None
        if owner is None and person is not None:
            noun_owner = next((c for c in noun.children if c.dep_ == "poss" and self.idx.ref(c.i) is None), None)
            if noun_owner is not None and owning_group_noun(self, noun_owner.i):
                party = group_named_before(self, noun_owner.i - 1) or group_of_sentence_before(self) \
                    or definite_group_owner(self, noun_owner.i)       # "the party's candidate, X" (relties8)
        if party is not None and party.type == "organization":
            first, last = self.span_of(person, party, tokens=[noun])
            self.found.add(person, "member_of", party, first, last, confidence=0.6)

    def party_candidate(self, noun) -> None:
        """'Evghenia Gutul, the Shor Party's candidate', 'X was the party's candidate': a member of the party that
        owns the candidacy (only its possessor: "a candidate for membership of the EU" names no party)."""
        party = next((r for c in noun.children if c.dep_ == "poss" and (r := self.ref_of(c)) is not None
                      and r.type == "organization"), None) or party_of_candidacy(self, noun)
        person = self.unit_anchor(noun) if party is not None else None
        if person is not None and person.type == "person":
            first, last = self.span_of(person, party, tokens=[noun])
            self.found.add(person, "member_of", party, first, last, confidence=0.6)
