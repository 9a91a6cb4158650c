"""Relations stated by a verb and its dependents (spaCy parse):
"X, who heads Y's Z" → leads; "X views A and B as its adversaries" → opposes;
"X receives weapons and funding from Y" / "X uses Iranian weapons" → allied_with;
"X has been Y's security partner" → allied_with; "a war between A and B" → opposes."""

from __future__ import annotations

from ...resolve.names import normalise_name
from .fight_sides import owned_force_end
from .definite_possessor import definite_possessor
from .index import Ref
from .lexicon import POSSESSIVE
from .named_pacts import named_pact_members
from .ruled_states import at_head_of, ruled_state, state_ruling_verbs
from .offices_given import given_office, office_giving_verbs, office_keeping_verbs
from .sentence import Sentence
from .copula_relative import copula_subject
from .described_relative import apposed_name, named_group_noun
from .singular_relative import singular_verb
from .trade_partners import trade_partner
from .stance_objects import named_after_stance

RELATIVE = {"who", "which", "that"}
COPULAS = {"be", "become", "remain"}


class VerbReading(Sentence):
    def read_verbs(self) -> None:
        lex = self.lex
        for tok in self.tokens:
            pos = tok.pos_                      # read once: each access looks the string up
            lemma = tok.lemma_.lower()
            if pos == "VERB" and lemma in lex.lead_verbs and not self.passive(tok):
                self.verb_leads(tok)
            elif pos == "VERB" and lemma in state_ruling_verbs() and not self.passive(tok):
                ruled_state(self, tok)          # "X, who had ruled Chile since 1994" (ruled_states.py)
            elif pos == "VERB" and lemma in lex.regard_verbs:
                self.verb_regards(tok)
            elif pos == "VERB" and lemma in lex.partner_verbs:
                self.verb_partners(tok)
            elif pos == "VERB" and lemma in lex.receive_verbs:
                self.verb_receives(tok)
            elif pos == "NOUN" and lemma in lex.partner_nouns and (
                    tok.dep_ == "attr" or (tok.dep_ == "compound" and tok.head.dep_ == "attr")):
                if not trade_partner(tok) and not trade_partner(tok.head):   # "its second trading partner"
                    self.partner_predicate(tok)
            elif pos == "NOUN" and lemma in lex.partner_nouns and (tok.dep_ == "appos" or self.misparsed_apposition(tok)):
                if not trade_partner(tok):                 # "X, Y's partner in a free trade agreement" (trade_partners.py)
                    self.partner_apposition(tok)
            elif tok.lower_ == "between" and tok.head.lemma_.lower() in lex.fight_verbs and tok.head.pos_ == "VERB":
                self.parties_between(tok.i, tok.head)   # "the conflict had been fought ... between A and B"
            elif pos == "NOUN" and lemma in lex.conflict_nouns:
                self.conflict_between(tok)
                self.engaged_in(tok)
            elif pos == "VERB" and lemma in lex.hostile_verbs and tok.tag_ == "VBN":
                self.attacked_by(tok)
            elif pos == "VERB" and lemma in lex.clash_verbs and tok.tag_ != "VBN":
                self.clashing(tok)
            elif pos == "VERB" and lemma in lex.supply_verbs and not self.passive(tok):
                self.verb_supplies(tok)
            elif pos == "VERB" and lemma in lex.alliance_verbs and not self.passive(tok):
                self.allied_by_pact(tok)
            elif pos == "VERB" and lemma in lex.join_verbs and not self.passive(tok):
                self.joining(tok)
            elif pos == "VERB" and lemma in lex.projectile_verbs and not self.passive(tok):
                self.fired_at(tok)
            if pos == "NOUN" and lemma in lex.office_nouns:
                self.office_held(tok)
        self.regime_of()

    def regime_of(self) -> None:
        """'the Syrian regime of Bashar al Assad': the person heads the country's regime; 'the Maduro regime',
        'Assad's regime': the person heads the country the dictionary lists him serving (see known.py)."""
        for i in range(self.lo, self.hi):
            r = self.idx.ref_starting(i)
            if r is not None and r.type == "organization" and r.end - r.start >= 2 \
                    and self.w(r.end - 1) in self.lex.regime_nouns:
                # "the Maduro regime" laid as one name: the ruler is the actor named by the words before the noun
                ruler = self.idx.name_keys.get(normalise_name(self.doc[r.start:r.end - 1].text))
                if ruler is not None and self.idx.types.get(ruler) in ("person", "organization") and ruler != r.actor:
                    owner = Ref(ruler, self.idx.types[ruler], r.start, r.end - 1)
                    country = self.dictionary_country_of(owner, r.start, r.end, ruler=True)
                    if country is not None:
                        self.found.add(owner, "leads", country, r.start, r.end, confidence=0.65)
                continue
            if r is not None and r.type == "person":
                k = r.end + (self.w(r.end) in ("'s", "’s"))
                if self.w(k) in self.lex.regime_nouns and k > r.start:
                    before = self.idx.ref_ending(r.start - 1)
                    country = before if before is not None and before.type == "country" and before.demonym \
                        else self.dictionary_country_of(r, r.start, k + 1, ruler=True)
                    if country is not None:
                        self.found.add(r, "leads", country, min(r.start, country.start), k + 1, confidence=0.7)
                continue
            if r is None or r.type != "country":
                continue
            k = r.end
            if self.w(r.end - 1) not in self.lex.regime_nouns:
                if self.w(k) not in self.lex.regime_nouns:
                    continue
                k += 1
            if self.w(k) != "of":
                continue
            p = self.idx.ref_starting(k + 1)
            if p is not None and p.type == "person":
                self.found.add(p, "leads", r, r.start, p.end, confidence=0.7)

    # ---- helpers
    def subject_of(self, verb) -> list[Ref]:
        out: list[Ref] = []
        for c in verb.children:
            if c.dep_ not in ("nsubj",):
                continue
            singular = False
            if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                singular = singular_verb(verb)           # "A and B, who chairs X": B alone (singular_relative.py)
                pronoun, c = c, verb.head                # "Talal Hamiyah, who heads ..."
                if self.ref_of(c) is None and c.pos_ == "NOUN":   # "X, a militia that answers to Y": X
                    named = apposed_name(self, c, pronoun)   # "his father, X, who has ruled Y" (described_relative.py)
                    out += [named] if named is not None else self.apposition_anchor(c.i)[:1] \
                        or [r for r in [self.led_state(c)] if r] \
                        or copula_subject(self, c)            # "X is a national who owns Y" (copula_relative.py)
            r = self.ref_of(c) or self.anaphor(c, deps=("nsubj",))   # "The group receives ...": the one named
            if r is None:                                # "Russia's latest invasion threatens": the possessor
                poss = [p for p in c.children if p.dep_ == "poss"]
                r = self.ref_of(poss[0]) if poss else None
            if r is not None:
                out.append(r)
                if not singular:
                    out += [x for x in (self.ref_of(cj) for cj in c.conjuncts) if x is not None and x not in out]
        return out

    def ref_of(self, tok) -> Ref | None:
        if tok.i in self.holder_of:
            return self.holder_of[tok.i]
        r = self.idx.ref(tok.i)
        return r if r is not None and not r.demonym else None

    def objects_of(self, verb, deps=("dobj",)) -> list:
        toks = []
        for c in verb.children:
            if c.dep_ in deps:
                toks.append(c)
                toks += list(c.conjuncts)
        return toks

    def span_of(self, *refs: Ref, tokens=()) -> tuple[int, int]:
        idx = [r.start for r in refs] + [r.end for r in refs] + [t.i for t in tokens] + [t.i + 1 for t in tokens]
        return max(self.lo, min(idx)), min(self.hi, max(idx))

    # ---- readers
    def verb_leads(self, verb) -> None:
        if not self.stated(verb) or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return                                       # "X's killing has not led Iran to give up": no head
        self.body_leads(verb)
        doer = verb
        while doer.dep_ == "conj" and doer.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in doer.children):
            doer = doer.head     # relties9: "Norway has long been a supporter of X and chairs Y": the first subject
        subjects = [s for s in self.subject_of(doer) if s.type in ("person", "country")]
        if not subjects:
            return
        objects = self.objects_of(verb)
        if objects:          # "led A from 2006 to 2008 and then B": B parsed as the verb's conjunct (relties7)
            objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > objects[0].i]
        for obj_tok in objects:
            obj = self.ref_of(obj_tok) or named_after_stance(self, obj_tok)   # "leads the opposition X"
            named = obj is not None
            obj = obj or self.anaphor(obj_tok, deps=("dobj",))      # "X leads the group": the group last named
            if obj is not None and obj.type in ("organization", "country"):
                for s in subjects:
                    if s.type == "country" and (obj.type != "organization" or verb.lemma_.lower() in ("found", "own")):
                        continue                         # "Senegal chairs the AU" leads it; a state founding one does not
                    first, last = self.span_of(s, *([obj] if named else []), tokens=[verb, obj_tok])
                    self.found.add(s, "leads", obj, first, last, confidence=0.75)

    def office_held(self, noun) -> None:
        """'took command of ISAF', 'holds the presidency of the EAC' (an office noun taken or held), 'As chair of
        SADC, Mozambique asked ...', 'took over as head of Hamas' (the office the clause's subject acts in): the
        holder, a person or (of an organisation) a country, leads the of-phrase's actor."""
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = next((r for c in of.children if c.dep_ == "pobj" and (r := self.ref_of(c)) is not None), None) \
            if of is not None else None
        if target is None or target.type not in ("organization", "country"):
            return
        lex = self.lex
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ == "VERB" \
                and noun.head.head.lemma_.lower() in office_giving_verbs():
            given_office(self, noun, noun.head.head, target)   # relties9: "restored X to the command of Y"
            return
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and (
                noun.head.lemma_.lower() in lex.office_verbs or noun.head.lemma_.lower() in office_keeping_verbs()):
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lower_ in ("head", "helm") \
                and noun.head.head.pos_ == "VERB":
            at_head_of(self, noun, noun.head.head, target)   # "X, who succeeded Y at the head of Z" (relties10)
            return
        elif noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = noun.head.head
            while verb.pos_ != "VERB" and verb.dep_ in ("prt", "advmod", "prep") and verb.head is not verb:
                verb = verb.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() in (
                    lex.predicative_verbs | lex.regard_verbs | lex.succession_verbs):
                return                                   # "elected X as chair": the object holds it (titles.py)
        else:
            return
        if not self.stated(verb):
            return
        for holder in self.subject_of(verb):
            if holder.type == "person" or (holder.type == "country" and target.type == "organization"):
                if holder.actor != target.actor:
                    first, last = self.span_of(holder, target, tokens=[noun])
                    self.found.add(holder, "leads", target, first, last, confidence=0.7)

    def body_leads(self, verb) -> None:
        """'NATO, which leads the KFOR peacekeeping force': a force an organisation leads is part of it."""
        bodies = [s for s in self.subject_of(verb) if s.type == "organization"]
        for obj_tok in self.objects_of(verb) if bodies else ():
            unit = self.ref_of(obj_tok)
            if unit is None and obj_tok.lower_ in self.lex.led_unit_nouns:
                unit = next((r for c in obj_tok.children if c.dep_ == "compound"
                             and (r := self.ref_of(c)) is not None), None)     # "the KFOR force"
            if unit is None or unit.type != "organization":
                continue
            for b in bodies:
                if b.actor != unit.actor:
                    first, last = self.span_of(b, unit, tokens=[verb, obj_tok])
                    self.found.add(unit, "part_of", b, first, last, confidence=0.6)

    def verb_regards(self, verb) -> None:
        """'X views A and B as its principal adversaries'."""
        as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_prep is None:
            return
        noun = next((c for c in as_prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            return
        lemma = noun.lemma_.lower()
        predicate = "opposes" if lemma in self.lex.enemy_nouns else "allied_with" if lemma in self.lex.partner_nouns \
            else None
        if predicate is None:
            return
        subjects = self.subject_of(verb)
        for obj_tok in self.objects_of(verb):
            obj = self.ref_of(obj_tok) or self.idx.ref(obj_tok.i)
            if obj is None or (obj.demonym and obj.type != "country"):
                continue
            for s in subjects:
                first, last = self.span_of(s, obj, tokens=[noun])
                self.found.add(s, predicate, obj, first, last, confidence=0.7)
        if predicate == "allied_with" and self.stated(verb):
            self.partner_against(noun, subjects)

    def partner_against(self, noun, owners: list[Ref]) -> None:
        """'X treated Y as its partner against Z': the partner's owner is hostile to Z too (Y's hostility is the
        "against" cue's)."""
        enemies = [r for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"
                   for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                   if (r := self.ref_of(t)) is not None and r.type in ("country", "organization", "person")]
        for owner in owners:
            for enemy in enemies:
                if owner.actor != enemy.actor:
                    first, last = self.span_of(owner, enemy, tokens=[noun])
                    self.found.add(owner, "opposes", enemy, first, last, confidence=0.65)

    def verb_supplies(self, verb) -> None:
        """'Turkey has supplied the GNA with armed drones', 'Moscow provides weapons to the rebels': the
        supplier backs the supplied (a stated, not negated or supposed, supply of support nouns)."""
        if not self.stated(verb):
            return
        support = self.lex.support_nouns
        objects = self.objects_of(verb)

        def pobjs(heads, preps):
            return [t for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                    for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
        if any(t.lemma_.lower() in support for t in pobjs([verb, *objects], ("with",))):
            supplied = objects                            # "supplied the GNA with drones"
        elif any(t.lemma_.lower() in support for t in objects):
            supplied = pobjs([verb, *objects], ("to",))   # "provides weapons to X"
        else:
            return
        sides = [r for t in supplied if (r := self.ref_of(t) or self.possessor_of_force(t)) is not None
                 and r.type in ("country", "organization", "person")]
        for s in self.subject_of(verb):
            if s.type not in ("country", "organization", "person"):
                continue
            for o in sides:
                if o.actor != s.actor:
                    first, last = self.span_of(s, o, tokens=[verb])
                    self.found.add(s, "allied_with", o, first, last, confidence=0.6)

    def possessor_of_force(self, tok) -> Ref | None:
        """'Khalifa Haftar's forces', 'the Houthis' fighters': the named owner of an unnamed armed force."""
        if tok.lemma_.lower() not in self.lex.state_force_nouns | self.lex.agent_nouns:
            return None
        return next((r for c in tok.children if c.dep_ == "poss" and (r := self.ref_of(c)) is not None), None)

    def verb_receives(self, verb) -> None:
        """'X receives weapons, training, and funding from Iran', 'X uses Iranian weapons and support'."""
        objs = [t for t in self.objects_of(verb) if t.lemma_.lower() in self.lex.support_nouns]
        if not objs:
            return
        backers: list[Ref] = []
        for h in (verb, *self.objects_of(verb)):
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "from":     # "from Qatar and Turkey": each backer
                    backers += [r for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                                if (r := self.idx.ref(t.i))]
        if not backers:                                  # a demonym on the first thing received
            r = next((self.idx.ref(c.i) for c in objs[0].children if c.dep_ in ("amod", "compound", "nmod")
                      and self.idx.ref(c.i) is not None), None)
            if r is not None and r.type == "country":
                backers.append(r)
        subjects = self.subject_of(verb)
        for b in backers:
            if b.type not in ("country", "organization", "person"):
                continue
            for s in subjects:
                first, last = self.span_of(s, b, tokens=[verb])
                self.found.add(s, "allied_with", b, first, last, confidence=0.65)

    def verb_partners(self, verb) -> None:
        """'Niger, with whom the United States has partnered', 'X partnered with Y'."""
        others: list[Ref] = []
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    named = None
                    if p.lower_ in ("whom", "which") and self.w(p.i - 1) == "with" and self.w(p.i - 2) == ",":
                        named = self.idx.ref_ending(p.i - 3)      # "X, with whom Y partnered": X, however parsed
                    if p.lower_ in ("whom", "which") and verb.dep_ == "relcl":
                        p = verb.head
                    r = named if named is not None and not named.demonym else \
                        self.ref_of(p) or (self.idx.ref(p.i) if self.idx.ref(p.i) and
                                           self.idx.ref(p.i).type == "country" else None)
                    if r is not None:
                        others.append(r)
        subjects = self.subject_of(verb)
        for s in subjects:
            for o in others:
                if o.type in ("country", "organization", "person"):
                    first, last = self.span_of(s, o, tokens=[verb])
                    self.found.add(s, "allied_with", o, first, last, confidence=0.65)
        self.partners_fight(verb, subjects, others)

    def partners_fight(self, verb, subjects: list[Ref], others: list[Ref]) -> None:
        """'X partnered with Y to fight Z': the partner shares the hostility the purpose gave the subject (the cue
        readers read X's, "fight terrorist violence linked to Z" included)."""
        purpose = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                        and c.lemma_.lower() in self.lex.fight_verbs), None)
        if purpose is None or not self.stated(verb):
            return
        start, _ = self.idx.original(purpose.i, purpose.i + 1)
        _, end = self.idx.original(self.lo, self.hi)
        mine = {s.actor for s in subjects}
        # a dict, not a set: the order the ties were found in, the same in every process (a set of strings
        # iterates in an order PYTHONHASHSEED decides)
        enemies = dict.fromkeys(o for (s, p, o), r in list(self.found.by_key.items())
                                if p == "opposes" and s in mine and start <= r.end <= end)
        for partner in others:
            for enemy in enemies:
                if partner.type in ("country", "organization") and partner.actor != enemy:
                    first = min(partner.start, purpose.i)      # to the purpose clause's end, where the enemy is
                    last = max(partner.end, purpose.right_edge.i + 1)
                    self.found.add(partner, "opposes", enemy, first, last, confidence=0.6)

    def partner_predicate(self, noun) -> None:
        """'the United States has been Ukraine's security partner number one'."""
        attr = noun.head if noun.dep_ == "compound" else noun      # "Ukraine's security partner number one"
        poss = [c for n in (noun, attr) for c in n.children if c.dep_ == "poss"]
        other = self.idx.ref(poss[0].i) if poss else self.partner_owner(attr)   # "a close ally of Russia"
        if other is None or other.type not in ("country", "organization", "person"):
            return
        verb = attr.head
        if verb.lemma_ not in COPULAS or not self.stated(verb):
            return                                       # "has become Russia's closest partner" states it too
        for s in self.subject_of(verb):
            first, last = self.span_of(s, other, tokens=[noun])
            self.found.add(s, "allied_with", other, first, last, confidence=0.65)

    def partner_owner(self, noun) -> Ref | None:
        """Whose partner a noun names: 'Iran's proxy', 'an Iranian proxy', 'a U.S. ally', 'a close ally of Russia'."""
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is not None:                         # "its closest Somali ally": the demonym is the ally's own
            return self.pronoun_owner(poss.i)
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                r = self.idx.ref(c.i)
                if r is not None and (not r.demonym or r.type == "country") and r.type != "place":
                    return r
        for c in noun.children:
            if c.dep_ == "poss" and (r := definite_possessor(self, c)) is not None:
                return r                             # "Russia, the bloc's patron" (definite_possessor.py)
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                r = self.ref_of(obj) if obj is not None else None
                if r is not None and r.type in ("country", "organization", "person"):
                    return r
        return None

    def partner_apposition(self, noun) -> None:
        """'Kataib Hezbollah, an Iranian proxy', 'Qatar, a U.S. ally': the anchor is allied_with the owner."""
        anchor = self.ref_of(noun.head) if noun.dep_ == "appos" else next(iter(self.apposition_anchor(noun.i)), None)
        if anchor is None and noun.dep_ == "appos":
            anchor = named_group_noun(self, noun.head)   # "the Fatah alliance, Iran's closest allies" (relties11)
        owner = self.partner_owner(noun)
        if anchor is None or owner is None or anchor.actor == owner.actor or anchor.type == "place" \
                or any(c.dep_ == "neg" for c in noun.children):
            return
        first, last = self.span_of(anchor, owner, tokens=[noun])
        self.found.add(anchor, "allied_with", owner, first, last, confidence=0.65)

    def misparsed_apposition(self, noun) -> bool:
        """'On 7 June, X (XY), the al-Qaeda affiliate in the region, denied ...': a comma-closed partner phrase
        right after a name the parser took for the clause's subject; the name before its comma is its anchor."""
        return noun.dep_ in ("nsubj", "nsubjpass") and "," in (self.w(noun.right_edge.i), self.w(noun.right_edge.i + 1)) \
            and bool(self.apposition_anchor(noun.i))

    def engaged_in(self, noun) -> None:
        """'Israel and Hamas have been engaged in warfare': the first party opposes the others."""
        prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or verb.lemma_.lower() not in self.lex.engage_verbs:
            return
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return
        parties = [r for r in (self.ref_of(t) for t in [subjects[0], *subjects[0].conjuncts]) if r is not None]
        for other in parties[1:]:
            if other.actor != parties[0].actor:
                first, last = self.span_of(parties[0], other, tokens=[noun])
                self.found.add(parties[0], "opposes", other, first, last, confidence=0.6)

    def side_of(self, tok) -> Ref | None:
        """An actor taking a side: a name, or a state's unnamed forces ("the Sudanese army", "Israel's military");
        a relative pronoun stands for its antecedent ("X, a group that had been fighting Y")."""
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            noun = tok.head.head
            anchored = self.apposition_anchor(noun.i) if noun.pos_ == "NOUN" and not self.idx.ref(noun.i) else []
            # "the Nigerian-led force that fought the RUF": the leading state's side (monitor.led_state)
            return anchored[0] if anchored else self.ref_of(noun) or self.led_state(noun)
        return self.ref_of(tok) or self.state_of_forces(tok)

    def clashing(self, verb) -> None:
        """'the Sudanese army and the RSF fought for control', 'Hamas clashed with Fatah', 'the RSF fought the
        army': who fights whom is hostile (stated hostility, as an attack is), each side to the other."""
        if verb.lemma_.lower() == "exchange" and not any(
                o.lemma_.lower() in ("fire", "gunfire", "shots", "blows") for o in self.objects_of(verb)):
            return                                         # "exchanged views": no fight
        self.fought_for(verb)
        doer = verb
        while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children) and doer.head.pos_ == "VERB":
            doer = doer.head                # "X held Kabul and later clashed with Y": the first verb's subject
        subjects = [c for c in doer.children if c.dep_ == "nsubj"]
        sides = [r for s in subjects for t in (s, *s.conjuncts) if (r := self.side_of(t)) is not None]
        others = [r for o in self.objects_of(verb) if verb.lemma_.lower() != "exchange"
                  for t in (o, *o.conjuncts) if (r := self.side_of(t)) is not None]
        fought = bool(others)          # "X fought Y" tells X's hostility; "A and B clashed" a mutual one
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "against"):
                others += [r for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                           if (r := self.side_of(t)) is not None]
                fought = fought or c.lower_ == "against"
        pairs = [(a, b) for a in sides for b in others] if others else \
            [(sides[0], b) for b in sides[1:]] if len(sides) >= 2 else []
        # "A clashed with B" names A as the side it tells of: A opposes B, one way, as the golds code a fight
        # (news-dev, the tuning sets); only coordinated subjects ("A and B clashed") leave the way open
        mutual = not fought and not others
        for a, b in pairs:
            if a.actor != b.actor and {a.type, b.type} <= {"country", "organization", "person"}:
                first, last = self.span_of(a, b, tokens=[verb])
                self.found.add(a, "opposes", b, first, last, confidence=0.6)
                if mutual:
                    self.found.add(b, "opposes", a, first, last, confidence=0.6)

    def passive(self, verb) -> bool:
        """'was supplied', 'the drones fired at': a passive or participle modifier, not the doer's active verb
        (the perfect 'has supplied' is active)."""
        return verb.dep_ in ("acl", "amod") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)

    def joining(self, verb) -> None:
        """'Finland joined NATO': a country or body joining an organisation is part_of it, a person member_of;
        'joined Russia in condemning' (joining in an act) is no membership."""
        if not self.stated(verb) or any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pcomp" for g in c.children) for c in verb.children):
            return
        from .shapes import named_group                      # "joined the Kitgwang faction"
        bodies = [r for o in self.objects_of(verb) if (r := self.ref_of(o) or named_group(self, o)) is not None
                  and r.type == "organization"
                  and self.w(r.end) not in POSSESSIVE]       # "joined NAVCENT's Task Force 50": its unit
        doer = verb
        while doer.dep_ in ("conj", "dep") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doer.children) \
                and doer.head.pos_ == "VERB":
            doer = doer.head           # "X led fighters of Y after 2003, then joined Z": the first verb's subject
        for s in self.subject_of(doer):
            if s.type not in ("country", "organization", "person"):
                continue
            for b in bodies:
                if b.actor != s.actor:
                    first, last = self.span_of(s, b, tokens=[verb])
                    self.found.add(s, "member_of" if s.type == "person" else "part_of", b, first, last,
                                   confidence=0.6)

    def fired_at(self, verb) -> None:
        """'The Houthis fired missiles at Saudi Arabia': who fires at a side opposes it."""
        if not self.stated(verb):
            return
        preps = [c for h in (verb, *self.objects_of(verb)) for c in h.children if c.dep_ == "prep"]
        targets = [r for c in preps if c.lower_ in ("at", "toward", "towards", "into")
                   for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                   if (r := self.side_of(t)) is not None and r.type in ("country", "organization")]
        for s in self.subject_of(verb):
            if s.type not in ("country", "organization"):
                continue
            for t in targets:
                if t.actor != s.actor:
                    first, last = self.span_of(s, t, tokens=[verb])
                    self.found.add(s, "opposes", t, first, last, confidence=0.6)

    def allied_by_pact(self, verb) -> None:
        """'Russia and Belarus signed a defence pact', 'X formed an alliance with Y': the parties are allied."""
        if not self.stated(verb):
            return
        lex = self.lex
        pacts = [o for o in self.objects_of(verb) if o.lemma_.lower() in lex.alliance_nouns or (
            o.lemma_.lower() in lex.pact_nouns and any(c.lower_ in lex.pact_modifiers for c in o.children
                                                        if c.dep_ in ("compound", "amod", "nmod")))]
        if not pacts:
            return
        subjects = [s for s in self.subject_of(verb) if s.type in ("country", "organization")]
        partners = [r for h in (verb, *pacts) for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                    for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                    if (r := self.ref_of(t)) is not None and r.type in ("country", "organization")]
        parties = subjects + partners
        if named_pact_members(self, verb, pacts, parties):
            return                                   # "A, B and C formed the Alliance of X": its members (named_pacts.py)
        # "X formed a coalition with Y and Z": X allied_with Y and with Z, the gold's direction (relties7); with no
        # subject or no partner after "with", every party with every other ("A and B signed a defence pact")
        pairs = [(a, b) for a in subjects for b in partners] if subjects and partners and \
            any(p.lemma_.lower() == "coalition" for p in pacts) else [(a, b) for a in parties for b in parties]
        for a, b in pairs:
            if a.actor != b.actor:
                first, last = self.span_of(a, b, tokens=[verb, *pacts])
                self.found.add(a, "allied_with", b, first, last, confidence=0.6)

    def fought_for(self, verb) -> None:
        """'Salah Abdeslam, who fought for the Islamic State': a person fighting for a group is its member."""
        if verb.lemma_.lower() not in self.lex.fight_verbs or not self.stated(verb):
            return
        groups = [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                  for p in c.children if p.dep_ == "pobj" if (r := self.ref_of(p)) is not None
                  and r.type == "organization"]
        for s in self.subject_of(verb):
            if s.type == "person":
                for g in groups:
                    first, last = self.span_of(s, g, tokens=[verb])
                    self.found.add(s, "member_of", g, first, last, confidence=0.6)

    def attacked_by(self, verb) -> None:
        """'The U.S. embassy was attacked by Kata'ib Hezbollah militiamen': the agent opposes the target."""
        target = agent = None
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                target = self.ref_of(c)
                if target is None and c.lemma_.lower() in self.lex.country_proxies:
                    target = next((self.idx.ref(x.i) for x in c.children if self.idx.ref(x.i) is not None
                                   and self.idx.ref(x.i).type == "country"), None)   # "the U.S. embassy"
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        agent = self.ref_of(p) or next((self.ref_of(x) for x in p.children
                                                        if x.dep_ == "compound" and self.ref_of(x)), None)
        if target is None or agent is None or agent.type not in ("organization", "country", "person"):
            return
        first, last = self.span_of(target, agent, tokens=[verb])
        self.found.add(agent, "opposes", target, first, last, confidence=0.6)

    def conflict_between(self, noun) -> None:
        """'the war between Israel and Iran', 'fought between Israel and Iran-supported groups (such as
        Hezbollah)': the first party opposes each other one."""
        j = noun.i + 1
        while j < self.hi and self.w(j) in ("”", '"', "’", "'"):
            j += 1
        if self.w(j) == "between":
            self.parties_between(j, noun)

    def parties_between(self, j: int, anchor) -> None:
        noun = anchor
        parties: list[Ref] = []
        k = j + 1
        while k < self.hi and len(parties) < 6:
            r = self.idx.ref_starting(k)
            if r is not None:
                named = not r.demonym or self.state_forces_named(r)      # "the Ethiopian army" (monitor.py)
                if named and not r.allied_modifier and self.w(r.start - 1) != "-":
                    if self.w(r.end) == "-" and self.w(r.end + 1) in self.lex.allied_suffixes:
                        k = r.end + 2                    # "Iran-supported groups (such as Hezbollah)"
                        continue
                    parties.append(r)
                k = owned_force_end(self, r) or r.end      # "Hamas's fighters and X" (fight_sides.py)
                continue
            if self.w(k) == "," and k + 2 < self.hi and self.doc[k + 1].tag_ == "VBN" and self.w(k + 2) == "by":
                k += 3                                   # "between A, supported by B, and C": B takes no side here
                while k < self.hi and self.w(k) != ",":
                    k += 1
                continue
            if self.w(k) == "-" or (self.doc[k].tag_ == "VBN" and self.w(k + 1) != "by"):
                k += 1                                   # "the self-declared Republic of X"
                continue
            if self.w(k) == "together" and self.w(k + 1) == "with":
                k += 2                                   # "C together with D": D is on C's side
                continue
            if self.w(k) in ("and", ",", "the", "(", ")", "such", "as", "of") or self.doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
                k += 1
                continue
            break
        if len(parties) < 2:
            return
        first = parties[0]
        for other in parties[1:]:
            if other.actor != first.actor:
                self.found.add(first, "opposes", other, noun.i, other.end, confidence=0.6)
