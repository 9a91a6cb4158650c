"""Ties as analyses state them, read through the dependency parse, one small reader per shape:

- dependence: "Chad depends on France for air support", "Amal relies on Hezbollah" → the dependent allied_with
  the one depended on (roles.yaml `dependence_verbs`);
- backing verbs in any tense and inside relative clauses: "South Africa armed and trained RENAMO", "UNITA, the
  movement that South Africa armed", "the Contras, whom the United States funded" → the backer allied_with the
  backed (`backing_verbs`; the grammatical subject is the relation's subject, as the seed and news-dev code it);
- deference: "Ansar Dine and MUJAO answered to AQIM" → allied_with (`deference_verbs`, as the cue "answers to");
- rivals: "Fatah's main rival, Hamas", "India and its rival Pakistan", "X became Y's main rival" → opposes, both ways
  (`rival_nouns`);
- partner nouns written before the name: "Russia's closest partner in the Caucasus, Armenia", "Iran and its Lebanese
  ally, Hezbollah" → the named party allied_with the owner;
- heads named with a phrase between: "Hamas's leader in Gaza, X", "the head of the ANC's military wing, X", "a group
  whose leader X", "X, who ..., was the leader of Y" → leads.
"""

from __future__ import annotations

from functools import lru_cache

from .definite_possessor import definite_possessor
from .index import Ref
from .person_possessor import PERSON_PRONOUNS, person_pronoun_owner
from .party_of_body import party_of_body
from .trade_partners import trade_partner
from .verbs import VerbReading

SIDES = ("country", "organization", "person")
RELATIVE = {"who", "whom", "which", "that"}
PRONOUNS = {"its", "their", "his", "her"}
# words that may stand between a side and its verb: "Pakistan has long armed X", "Iran also funds Y"
SEQUENCE_ADVERBS = {"has", "have", "had", "long", "also", "openly", "reportedly", "secretly", "still", "once", "quietly"}


@lru_cache(maxsize=4)
def inflected_forms(verbs: frozenset) -> frozenset:
    """Every 's', 'es', 'ed', 'd' form of the verbs: one set lookup per word, not four per verb."""
    return frozenset(v + suffix for v in verbs for suffix in ("s", "es", "ed", "d"))


@lru_cache(maxsize=4)
def one_word_heads(leads: frozenset) -> frozenset:
    return frozenset(p[0] for p in leads if len(p) == 1)


class TieReading(VerbReading):
    def read_ties(self) -> None:
        lex = self.lex
        backing = inflected_forms(lex.backing_verbs)        # once a sentence, not once a token
        for tok in self.tokens:
            pos = tok.pos_                      # read once: each access looks the string up
            lemma = tok.lemma_.lower()
            if pos == "VERB" and lemma in lex.dependence_verbs:
                self.depends_on(tok)
            elif self.backing_form(tok):
                self.backs(tok)
            elif pos == "VERB" and lemma in lex.deference_verbs:
                self.answers_to(tok)
            elif pos in ("NOUN", "PROPN") and lemma in lex.rival_nouns:
                self.rivals(tok)
            elif pos == "ADJ" and tok.lower_ in lex.rival_nouns:
                self.rival_modifier(tok)
            elif pos == "NOUN" and lemma in lex.partner_nouns:
                self.partner_named_after(tok)
            if tok.lower_ in backing and pos != "VERB":        # self.backing_word
                self.backs_in_sequence(tok)
            if tok.lower_ in ("answer", "answers", "answered") and pos != "VERB" and self.w(tok.i + 1) == "to":
                self.answers_in_sequence(tok)
            if tok.lower_ in lex.owned_group_nouns and self.w(tok.i + 1) == "of":
                self.apposed_group_of(tok)
            if pos == "NOUN" and tok.lower_ in self.head_titles():
                self.head_named_after(tok)
                self.head_of_antecedent(tok)
                self.head_by_copula(tok)

    # ---- helpers
    def head_titles(self) -> frozenset:
        """One-word titles of a head ('leader', 'commander', 'head', 'chief')."""
        return one_word_heads(self.lex.leads)

    def backing_form(self, tok) -> bool:
        """A backing verb, also where the parser took its past form for an adjective ("which Ethiopia sheltered
        and armed"); a finite or participle form, never a noun ("Iranian arms")."""
        if tok.pos_ == "VERB":
            return tok.lemma_.lower() in self.lex.backing_verbs
        word = tok.lower_
        return tok.pos_ == "ADJ" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and any(
            word in (v + "ed", v + "d") for v in self.lex.backing_verbs)

    def backing_word(self, word: str) -> bool:
        """An inflected backing verb: 'arms', 'funded', 'financed', 'equips'."""
        return word in inflected_forms(self.lex.backing_verbs)

    def actor_before(self, i: int) -> Ref | None:
        """The side named right before token i (over 'has', 'long', 'also' ...): a name, or a demonym's agents
        ("Emirati officers trained X": the state)."""
        j = i - 1
        while j > self.lo and self.w(j) in SEQUENCE_ADVERBS:
            j -= 1
        if self.w(j) == ")" and (r := self.acronym_closing(j)) is not None:
            return r if r.type in SIDES and not r.demonym else None      # "the Qods Force (IRGC-QF) arms X"
        r = self.idx.ref_ending(j)
        if r is not None:
            return r if r.type in SIDES and not r.demonym else None
        if self.w(j) in self.lex.agent_nouns and self.doc[j].tag_ == "NNS":
            r = self.idx.ref_ending(j - 1)
            return r if r is not None and r.type == "country" else None
        return None

    def backs_in_sequence(self, tok) -> None:
        """The parser read a backing verb as a noun or adjective ('the Qods Force armed and paid the Fatemiyoun',
        'the coalition that Turkey funds'): read the words — a side right before it, a side as the object after
        it (past a coordinated verb and an article)."""
        i = tok.i
        if self.w(i - 1) in ("the", "a", "an", "its", "their", "his", "her") or self.demonym_before(i):
            return                                           # "Iranian arms", "the funds"
        backer = self.actor_before(i)
        if backer is None:
            return
        j = i + 1
        if self.w(j) in ("and", "or") and (self.doc[j + 1].tag_ in ("VBD", "VBZ", "VBP", "VBN")
                                           or self.backing_word(self.w(j + 1))):   # "which Iran arms and trains"
            j += 2                                           # "armed and paid"
        if self.w(backer.start - 1) in ("that", "which", "whom") and self.w(j) in (",", ".", "in", "through"):
            k = backer.start - 2 - (self.w(backer.start - 2) == ",")   # "Ansar Allah, which Iran arms": the name
            noun = self.doc[k] if k >= self.lo else None
            backed = self.ref_of(noun) if noun is not None else None
            if backed is None and noun is not None and noun.pos_ == "NOUN":
                anchored = self.apposition_anchor(noun.i)    # "X, the rebel coalition that Turkey funds"
                backed = anchored[0] if anchored else None
            if backed is not None and backed.type in SIDES:
                self.add_pair(backer, "allied_with", backed, tok, confidence=0.6)
            return
        if self.w(j) in ("the", "a", "an"):
            j += 1
        backed = self.idx.ref_starting(j)
        if backed is not None and not backed.demonym and backed.type in SIDES:
            opening = [self.doc[backer.start - 1]] if self.w(backer.start - 1) == "(" else []
            for side in (backed, *self.conjoined_sides(backed, tok)):
                self.add_pair(backer, "allied_with", side, tok, *opening, confidence=0.6)

    def demonym_before(self, i: int) -> bool:
        """An adjective before the word ("Iranian arms"), unless it is a state's own name the tagger made one
        ("Pakistan arms the Taliban")."""
        if self.doc[i - 1].pos_ != "ADJ":
            return False
        r = self.idx.ref_ending(i - 1)
        return r is None or r.demonym

    def acronym_closing(self, j: int) -> Ref | None:
        """The side whose parenthesised acronym closes at token j: the acronym's own reference, else the name
        right before the parenthesis."""
        k = j - 1
        while k > self.lo and self.w(k) != "(":
            k -= 1
        if self.w(k) != "(" or j - k > 6:
            return None
        return self.idx.ref_ending(j - 1) or self.idx.ref_ending(k - 1)

    def conjoined_sides(self, backed: Ref, word) -> list[Ref]:
        """Sides coordinated with the backed one, past its apposition ("armed the X Division, a militia of ...,
        and the Y Brigade"; the parser may hang the second on the misread backing word)."""
        root = self.doc[backed.end - 1]
        out = []
        for c in (*root.conjuncts, *(c for c in word.children if c.dep_ == "conj" and c.pos_ == "PROPN")):
            r = self.idx.ref(c.i)
            if r is not None and r.type in SIDES and not r.demonym and r.actor != backed.actor and c.i > root.i \
                    and r not in out:
                out.append(r)
        return out

    def answers_in_sequence(self, tok) -> None:
        """'The Fatemiyoun and the Zainabiyoun answer to the Revolutionary Guards', with 'answer' read as a noun."""
        bodies = []
        obj, _ = self.object_after(tok.i + 2)
        if obj is not None and obj.type in ("organization", "country") and not obj.demonym:
            bodies.append(obj)
        for s in self.np_refs_before(tok.i):
            if s.type in SIDES:
                for b in bodies:
                    self.add_pair(s, "allied_with", b, tok, confidence=0.6)

    def verb_subjects(self, verb) -> list[Ref]:
        """The subjects of a verb, or of the verb it is coordinated with ("armed and trained X": armed's)."""
        subject_verb = verb if any(c.dep_ == "nsubj" for c in verb.children) or verb.dep_ != "conj" else verb.head
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ not in RELATIVE for c in subject_verb.children):
            return []                                        # "We've trained the ISF": a pronoun names no side here
        subjects = self.subject_of(verb)
        if not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            subjects = self.subject_of(verb.head)
        if not subjects:                                     # "Emirati officers trained X": the state
            subjects = [r for c in verb.children if c.dep_ == "nsubj" if (r := self.agents_state(c)) is not None]
        return [s for s in subjects if s.type in SIDES and not self.populace(s)]

    def agents_state(self, tok) -> Ref | None:
        """The state whose unnamed agents a plural noun names ("Emirati officers", "Russian instructors")."""
        if tok.tag_ != "NNS" or tok.lower_ not in self.lex.agent_nouns:
            return None
        return next((r for c in tok.children if c.dep_ in ("amod", "compound")
                     and (r := self.idx.ref(c.i)) is not None and r.type == "country"), None)

    def verb_objects(self, verb) -> list:
        """Direct objects of a verb, or of its coordinated verbs ("armed and trained RENAMO": both take it)."""
        objs = self.objects_of(verb)
        if not objs:
            objs = [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in self.objects_of(c)]
        if not objs and verb.dep_ == "conj":
            objs = self.objects_of(verb.head)
        return objs

    def party_of(self, tok) -> Ref | None:
        """A side named by a token: an actor, a relative pronoun's antecedent, a state's or a named owner's
        unnamed forces ("the GNA's forces")."""
        if tok.lower_ in RELATIVE:
            verb = tok.head
            while verb.dep_ == "conj" and verb.head is not verb:
                verb = verb.head                              # "which Eritrea sheltered and armed"
            if verb.dep_ == "relcl":                          # "the Contras, whom the United States funded"
                noun = verb.head
                r = self.ref_of(noun)
                if r is None and noun.pos_ == "NOUN":
                    anchored = self.apposition_anchor(noun.i)
                    r = anchored[0] if anchored else None
                return r if r is not None and r.type in SIDES else None
        r = self.side_of(tok) or self.possessor_of_force(tok)
        return r if r is not None and r.type in SIDES else None

    def leaders_owner(self, tok) -> Ref | None:
        """'answer to the STC's leaders': the body whose unnamed heads a plural title names."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in self.head_titles():
            return None
        return next((r for c in tok.children if c.dep_ == "poss" and (r := self.ref_of(c)) is not None), None)

    def unstated(self, verb) -> bool:
        """Negated, modal, conditional, or 'no longer'."""
        return not self.stated(verb) or any(
            c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)

    def owner_of(self, noun) -> Ref | None:
        """Whose a noun is: a named possessor ('Fatah's rival'), the antecedent of 'its' ('India and its rival'),
        or the owner of a partner noun ('an Iranian proxy', 'an ally of Russia')."""
        for c in noun.children:
            if c.dep_ == "poss":
                if c.lower_ in PERSON_PRONOUNS:               # "his ally X": a person's (person_possessor.py)
                    return person_pronoun_owner(self, c.i)
                if c.lower_ in PRONOUNS:
                    return self.pronoun_owner(c.i)
                r = self.ref_of(c) or self.state_of_forces(c) or definite_possessor(self, c)   # "the bloc's"
                return r if r is not None and r.type in SIDES else None
        r = self.partner_owner(noun)
        return r if r is not None and r.type in SIDES else None

    def named_after(self, noun) -> Ref | None:
        """The actor a noun introduces: its apposition ('X's rival, Y') or the name it is compounded into
        ('its rival Pakistan')."""
        for c in noun.children:
            if c.dep_ == "appos":
                r = self.ref_of(c)
                if r is not None and r.type in SIDES:
                    return r
        if noun.dep_ == "compound":
            r = self.ref_of(noun.head)
            if r is not None and r.type in SIDES and noun.i < r.start:
                return r
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
            for where in (g for g in prep.children if g.dep_ == "pobj"):
                for c in where.children:                   # "Russia's partner in the Caucasus, Armenia"
                    if c.dep_ == "appos" and (r := self.ref_of(c)) is not None and r.type in SIDES:
                        return r
        j = noun.i + 1
        if self.w(j) == ",":                               # "against its rival, the Islamic Courts Union."
            j += 1 + (self.w(j + 1) == "the")
            r = self.idx.ref_starting(j)
            if r is not None and r.type == "person" and self.w(r.end) in ("'s", "’s"):
                r = self.idx.ref_starting(r.end + 1)         # "its rival, Khalifa Haftar's Libyan National Army"
            if r is not None and self.w(r.end) in (",", ".", ";", "(", ""):
                return r if r.type in SIDES and not r.demonym else None
            return None
        r = self.idx.ref_starting(j)
        return r if r is not None and r.type in SIDES and not r.demonym else None

    def add_pair(self, a: Ref, predicate: str, b: Ref, *tokens, both: bool = False, confidence: float = 0.6):
        if a.actor == b.actor:
            return
        first, last = self.span_of(a, b, tokens=tokens)
        self.found.add(a, predicate, b, first, last, confidence=confidence)
        if both:
            self.found.add(b, predicate, a, first, last, confidence=confidence)

    # ---- readers
    def depends_on(self, verb) -> None:
        """'Chad depends on France for air support', 'Mali's junta relies on Russian instructors'."""
        if self.unstated(verb) or not self.backing_purpose(verb):
            return
        props = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                 for p in (c, *c.conjuncts)]                  # "relies on X, and on Y"
        relied = []
        for p in props:
            for o in (g for g in p.children if g.dep_ == "pobj"):
                for t in (o, *o.conjuncts):
                    r = self.party_of(t)
                    if r is None and not self.idx.ref(t.i) and self.backing_noun(t):
                        r = next((x for c in t.children if c.dep_ in ("amod", "compound")   # "Russian instructors":
                                  and (x := self.idx.ref(c.i)) is not None and x.type == "country"), None)   # the state
                    if r is not None:
                        relied.append((r, t))
        subjects = self.verb_subjects(verb) or [s for c in verb.children if c.dep_ == "nsubj"
                                                 if (s := self.state_of_forces(c)) is not None]
        for s in subjects:
            for r, t in relied:
                self.add_pair(s, "allied_with", r, verb, t, confidence=0.6)

    def backing_noun(self, tok) -> bool:
        """What backing gives: arms, money, protection, fighters (roles.yaml support_nouns, backing_nouns, agents),
        not a state's goods or trade ("Iranian gas", "electricity imports")."""
        forms = {tok.lemma_.lower(), tok.lower_}
        return bool(forms & (self.lex.support_nouns | self.lex.backing_nouns | self.lex.agent_nouns))

    def backing_purpose(self, verb) -> bool:
        """'relies on X for weapons' states backing, 'for cheap oil' does not; no 'for' phrase leaves it open."""
        wanted = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                  for o in c.children if o.dep_ in ("pobj", "pcomp") for t in (o, *o.conjuncts)]
        return not wanted or any(self.backing_noun(t) or t.pos_ == "VERB" for t in wanted)

    def backs(self, verb) -> None:
        """'South Africa armed and trained RENAMO', 'the movement that South Africa armed', 'whom the United States
        funded', 'Turkey arms the GNA's forces': the backer allied_with the backed."""
        if self.unstated(verb) or self.passive(verb):
            return
        backed = [r for o in self.verb_objects(verb) if (r := self.party_of(o)) is not None]
        named = bool(self.subject_of(verb) or (verb.dep_ == "conj" and self.subject_of(verb.head)))
        for s in self.verb_subjects(verb):
            for b in backed:
                if named or b.type != "country":             # "Pakistani officers have trained Saudi forces":
                    self.add_pair(s, "allied_with", b, verb, confidence=0.6)   # states' officers cooperate

    def answers_to(self, verb) -> None:
        """'Ansar Dine and MUJAO answered to AQIM': who answers to a body is aligned with it."""
        if self.unstated(verb):
            return
        bodies = [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)
                  if (r := self.party_of(t) or self.leaders_owner(t)) is not None and r.type != "person"]
        for s in self.verb_subjects(verb):
            for b in bodies:
                self.add_pair(s, "allied_with", b, verb, confidence=0.6)

    def rivals(self, noun) -> None:
        """'Fatah's main rival, Hamas', 'India and its rival Pakistan', 'Y, X's rival', 'Y became X's main rival':
        rivals are hostile to each other."""
        if any(c.dep_ == "neg" for c in noun.children):
            return
        owner = self.owner_of(noun)
        if owner is None:
            return
        named = self.named_after(noun)
        if named is None and noun.dep_ == "appos":
            named = self.ref_of(noun.head)                     # "Pakistan, India's rival"
        if named is None and noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain") \
                and self.stated(noun.head):
            named = next(iter(self.subject_of(noun.head)), None)
        if named is not None and named.type in SIDES:
            self.add_pair(named, "opposes", owner, noun, both=True, confidence=0.6)

    def rival_modifier(self, adj) -> None:
        """'India and its rival Pakistan' (the parser reads 'rival' as an adjective of the name, or as a conjunct
        with the name after it)."""
        if adj.dep_ == "amod":
            named, owned = self.ref_of(adj.head), adj.head
        else:
            named, owned = self.idx.ref_starting(adj.i + 1), adj
        owner = self.owner_of(owned) if named is not None else None
        if owner is not None and named.type in SIDES:
            self.add_pair(named, "opposes", owner, adj, both=True, confidence=0.6)

    def partner_named_after(self, noun) -> None:
        """'Russia's closest partner in the Caucasus, Armenia', 'Iran and its Lebanese ally, Hezbollah': the named
        party allied_with the owner (as 'X, an Iranian proxy' is, verbs.partner_apposition)."""
        if noun.dep_ == "appos" or any(c.dep_ == "neg" for c in noun.children) or trade_partner(noun):
            return                                           # "its main trading partner, X" (trade_partners.py)
        named = self.named_after(noun)
        owner = self.owner_of(noun) if named is not None else None
        if owner is not None:
            self.add_pair(named, "allied_with", owner, noun, confidence=0.65)

    def apposed_group_of(self, noun) -> None:
        """'Voluntad Popular, the party of opposition leader Leopoldo Lopez', 'Amal, the movement of Parliament
        Speaker Nabih Berri': the group apposed as a person's is led by that person (titles.read_groups_of_people
        reads the noun written right after the name)."""
        i = noun.i
        k = i - 1
        while k > self.lo and self.doc[k].pos_ == "ADJ":
            k -= 1                                           # "the main party of", "the Christian party of"
        k -= self.w(k) in ("the", "a", "an")                 # the determiner stands before the adjectives
        body = self.idx.ref_ending(k - 1) if self.w(k) == "," else None
        if body is None or body.type != "organization" or body.demonym:
            return
        titles = self.head_titles() | one_word_heads(self.lex.state_officers)   # "... of Parliament Speaker X"
        j = i + 2 + (self.w(i + 2) == "the")
        while j < self.hi and self.idx.ref_starting(j) is None or (
                j < self.hi and (r := self.idx.ref_starting(j)) is not None and r.type != "person"
                and self.w(r.end) in titles):
            r = self.idx.ref_starting(j)
            if r is not None:
                j = r.end                                    # "Parliament" of "Parliament Speaker"
            elif self.w(j) in titles or (self.doc[j].pos_ in ("NOUN", "ADJ") and self.doc[j].is_lower):
                j += 1                                       # "opposition leader", "the cleric"
            else:
                return
        holder = self.idx.ref_starting(j)
        if holder is not None and holder.type == "person":
            self.add_pair(holder, "leads", body, noun, confidence=0.65)
        else:                                                # "X, the political party of Y" (party_of_body.py)
            party_of_body(self, noun, body, holder)

    def head_named_after(self, noun) -> None:
        """'Hamas's leader in Gaza, Yahya Sinwar', 'The head of the ANC's military wing, Chris Hani': the person
        apposed to a head title leads the organisation that owns the title or the unit it heads."""
        of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                      for g in c.children if g.dep_ == "pobj"
                      and (not self.ref_of(g) or self.ref_of(g).type == "place")]   # "Hamas's leader in Gaza, X"
        person = next((r for n in (noun, *of_objects) for c in n.children if c.dep_ == "appos"
                       if (r := self.ref_of(c)) is not None and r.type == "person"), None)   # "the head of
        if person is None or self.found_pair(person):                  # Hamas's political bureau, X"
            return
        body = self.title_body(noun)
        if body is not None:
            self.add_pair(person, "leads", body, noun, confidence=0.65)

    def head_of_antecedent(self, noun) -> None:
        """'Harakat al-Nujaba, an Iraqi militia whose leader Akram al-Kaabi ...': the person after 'whose'
        leads the relative clause's antecedent."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
            return
        person = self.person_at(noun.i + 1)
        if person is None or self.found_pair(person):
            return
        clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            return
        antecedent = clause.head
        body = self.ref_of(antecedent)
        if body is None and antecedent.pos_ == "NOUN":
            anchored = self.apposition_anchor(antecedent.i)
            body = anchored[0] if anchored else None
        if body is not None and body.type == "organization":
            self.add_pair(person, "leads", body, noun, confidence=0.65)

    def head_by_copula(self, noun) -> None:
        """'Jonas Savimbi, whose troops held the highlands, was the leader of UNITA': a clause between the subject
        and its predicate title."""
        verb = noun.head
        if noun.dep_ != "attr" or verb.lemma_ not in ("be", "become", "remain") or not self.stated(verb):
            return
        body = self.title_body(noun, possessed=False)
        if body is None:
            return
        for s in self.verb_subjects(verb):
            if s.type == "person" and not self.found_pair(s, noun):
                self.add_pair(s, "leads", body, noun, confidence=0.65)

    def title_body(self, noun, possessed: bool = True) -> Ref | None:
        """The organisation a head title names: its possessor ('Hamas's leader'), its of-phrase ('leader of
        UNITA'), or the possessor of an unnamed unit in its of-phrase ('head of the ANC's military wing')."""
        if possessed:
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None:
                r = self.ref_of(poss)
                return r if r is not None and r.type == "organization" else None
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return None
        r = self.ref_of(obj)
        if r is None and obj.pos_ == "NOUN":
            r = next((self.ref_of(c) for c in obj.children if c.dep_ == "poss" and self.ref_of(c) is not None), None)
        return r if r is not None and r.type == "organization" else None

    def found_pair(self, person: Ref, noun=None) -> bool:
        """The title readers already bound this person in this sentence (they know titles best); with a predicate
        noun, only a tie read on that noun counts: "The commission's chief of staff, X, is a veteran commander of Y"
        holds two posts, the title before the name and the copula's (issue 8, relties6)."""
        first, last = self.idx.original(self.lo, self.hi)
        if noun is not None:
            first, last = self.idx.original(noun.i, noun.i + 1)
            return any(s == person.actor and p in ("leads", "member_of") and r.start <= first and last <= r.end
                       for (s, p, _), r in self.found.by_key.items())
        return any(s == person.actor and p in ("leads", "member_of") and first <= r.start < last
                   for (s, p, _), r in self.found.by_key.items())
