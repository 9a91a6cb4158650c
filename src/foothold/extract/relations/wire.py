"""Ties as wire stories and government or UN statements state them (issue 8, tuned on bench/owndocs18), one small
reader per shape, vocabulary in roles.yaml (`wire_ties`):

- a titled person named with a nationality: "Council President X of Malta", "Council President X (Mozambique)" →
  X member_of the country (a head's own title still says `leads`: "Prime Minister X of Pakistan");
- hostility owned by a possessive: "its war with X", "their fight against X", "Russia's aggression against X",
  "its attacks on X" → the owner opposes X (roles.yaml `conflict_nouns`, `attack_nouns`, `wire_ties.hostility_nouns`);
- support won: "X won the vote with the backing of Y", "... with the support of Y" → X allied_with Y
  (`wire_ties.won_with_nouns`).

Helpers the title readers call: `posted_country` (an envoy's "for"/"to" country is his posting, not his state:
"the Special Representative of the Secretary-General for Somalia, X") and `heads_government` ("the head of Peru's
government": the head of a state's government leads the state).
"""

from __future__ import annotations

from functools import lru_cache

from ...errors import DataFileError
from ...yamlfile import load_yaml
from .index import Ref
from .lexicon import DETERMINERS, POSSESSIVE, ROLES_PATH
from .sentence import Sentence

SIDES = ("country", "organization", "person")
WIRE_KEYS = ("hostility_nouns", "won_with_nouns", "office_as_verbs", "partnership_nouns", "body_nouns",
             "backing_participles", "overthrow_verbs")


@lru_cache(maxsize=2)
def wire_ties(path: str | None = None) -> dict[str, frozenset]:
    """roles.yaml `wire_ties`: lists of lower-case words, validated when loaded."""
    p = path or ROLES_PATH
    with open(p, encoding="utf-8") as fh:
        data = load_yaml(fh.read()).get("wire_ties")
    if not isinstance(data, dict) or any(not isinstance(data.get(k), list) or not all(
            isinstance(w, str) for w in data[k]) for k in WIRE_KEYS):
        raise DataFileError(f"roles file needs wire_ties with lists {', '.join(WIRE_KEYS)}", path=str(p))
    return {k: frozenset(w.lower() for w in data[k]) for k in WIRE_KEYS}


class WireReading(Sentence):
    def read_wire(self) -> None:
        if self.w(self.hi - 1) == "?":
            return                                  # a question states no tie
        for j in range(self.lo, self.hi):
            r = self.idx.ref_starting(j)
            if r is not None and r.type == "person" and r.end <= self.hi:
                self.nationality_after_title(r)
        words = wire_ties()
        hostile_lemmas = words["hostility_nouns"] | self.lex.conflict_nouns | self.lex.attack_nouns   # once a sentence
        for tok in self.tokens:
            low = tok.lower_
            if tok.pos_ == "NOUN" and (low in words["hostility_nouns"] or tok.lemma_.lower() in hostile_lemmas):
                self.owned_hostility(tok)
            elif low == "with" and tok.dep_ == "prep":
                self.won_with(tok, words["won_with_nouns"])
            elif low == "between" and tok.head.lemma_.lower() in words["partnership_nouns"]:
                self.partners_between(tok)
            elif tok.dep_ == "acl" and tok.tag_ == "VBN" and low in words["backing_participles"]:
                self.backed_description(tok)
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.lead_verbs:
                self.heads_owned_unit(tok)
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in words["overthrow_verbs"]:
                self.aims_to_overthrow(tok)

    # ---- readers
    def titled_before(self, r: Ref) -> bool:
        """A title ends right before the person ("Council President X", "Ambassador X")."""
        for k in range(r.start - 1, max(self.lo, r.start - 4) - 1, -1):
            n = self.match(k, self.lex.titles)
            if n and k + n == r.start and self.doc[k].is_title:
                return True
        return False

    def nationality_after_title(self, person: Ref) -> None:
        """'Council President Vanessa Frazier of Malta', 'Council President X (Mozambique)': a titled person
        named with a country serves it."""
        k = person.end
        if self.w(k) == "of":
            k += 1 + (self.w(k + 1) == "the")
            country = self.idx.ref_starting(k)
            closed = country is not None and (country.end >= self.hi or self.doc[country.end].pos_ not in
                                               ("NOUN", "PROPN") and self.w(country.end) not in POSSESSIVE)
        elif self.w(k) == "(":
            country = self.idx.ref_starting(k + 1)
            closed = country is not None and self.w(country.end).startswith(")")     # also "):" as one token
        else:
            return
        if not closed or country.type != "country" or country.demonym or not self.titled_before(person):
            return
        self.found.add(person, "member_of", country, person.start, country.end, confidence=0.65)

    def possessor_of(self, noun) -> Ref | None:
        """Who owns a noun: its possessive pronoun's antecedent (outside closed clauses) or its named possessor."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.pos_ == "PRON":
            if poss.lower_ not in ("its", "their"):
                return None
            return self.pronoun_owner(poss.i)
        r = self.idx.ref(poss.i)
        return r if r is not None and not r.demonym else None

    def hostile_prep(self, noun, prep: str) -> bool:
        """The preposition turning a hostile noun against a side: "against" for any, "with" for a conflict
        ("its war with X"; "its campaign with X" is a partnership), "on" for an attack ("its attacks on X")."""
        lemma = noun.lemma_.lower()
        return prep == "against" or (prep == "with" and lemma in self.lex.conflict_nouns) or (
            prep == "on" and lemma in self.lex.attack_nouns)

    def owned_hostility(self, noun) -> None:
        """'was weakened by its war with Israel', 'Russia's aggression against Ukraine': the owner opposes the
        side the hostile noun is turned against."""
        owner = self.possessor_of(noun)
        if owner is None or owner.type not in SIDES:
            return
        if any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for c in noun.children):
            return
        for prep in noun.children:
            if prep.dep_ != "prep" or not self.hostile_prep(noun, prep.lower_):
                continue
            target, end = self.object_after(prep.i + 1)
            if target is None or target.type not in SIDES or target.actor == owner.actor or self.populace(target):
                continue
            self.found.add(owner, "opposes", target, min(owner.start, noun.i), end, confidence=0.6)

    def won_with(self, with_tok, nouns: frozenset) -> None:
        """'X won the runoff with the support of Y', 'with the backing of Y': X allied_with Y."""
        verb = with_tok.head
        # "won 134 votes in the chamber with the backing of Y": the parse may hang the phrase on the last noun
        while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or not self.stated(verb):
            return
        noun = next((c for c in with_tok.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in nouns or any(c.dep_ == "poss" for c in noun.children):
            return
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return
        backer, end = self.object_after(of.i + 1)
        if backer is None or backer.demonym or backer.type not in SIDES:
            return
        for s in (c for c in verb.children if c.dep_ == "nsubj"):
            r = self.idx.ref(s.i)
            if r is not None and not r.demonym and r.type in ("person", "organization") and r.actor != backer.actor:
                first, last = min(r.start, with_tok.i), max(r.end, end)   # "With the backing of Y, X ...": fronted
                self.found.add(r, "allied_with", backer, first, last, confidence=0.6)

    def described(self, noun) -> Ref | None:
        """The actor a descriptive noun is told of: its apposition's anchor ("X, a small party ...") or the subject
        of its copula ("X is a small party ...")."""
        if noun.dep_ == "appos" or noun.lemma_.lower() in self.lex.agent_nouns and noun.dep_ in ("dobj", "conj"):
            # (a group noun after a comma is an apposition the parse may take for a second object)
            comma = noun.left_edge.i - 1                  # the name right before the apposition's comma (the
            if self.w(comma) != ",":                      # parse may hang the apposition on an earlier noun)
                return None
            r = self.idx.ref_ending(self.skip_parenthetical_back(comma) - 1)
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
            r = next((self.idx.ref(c.i) for c in noun.head.children if c.dep_ == "nsubj"), None)
        else:
            return None
        return r if r is not None and not r.demonym and r.type in ("organization", "person") else None

    def backer_of(self, pobj) -> Ref | None:
        """The backer a participle's phrase names: the actor itself, or the person whose government it is ("backed
        by the government of Omar al-Bashir")."""
        r = self.idx.ref(pobj.i)
        if r is None and pobj.lower_ in self.lex.regime_nouns:
            r = next((self.idx.ref(p.i) for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        return r if r is not None and not r.demonym and r.type in SIDES else None

    def backed_description(self, participle) -> None:
        """'Saraya al-Mukhtar, another Bahraini militant group supported by the IRGC', 'X, a small party allied
        with the ruling Y', 'The Janjaweed, a militia backed by the government of X': the described actor is
        allied with the backer (roles.yaml `wire_ties.backing_participles`)."""
        described = self.described(participle.head)
        if described is None:
            return
        for prep in participle.children:
            if prep.dep_ not in ("agent", "prep") or prep.lower_ not in ("by", "with", "to"):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                backer = self.backer_of(pobj)
                if backer is not None and backer.actor != described.actor:
                    self.found.add(described, "allied_with", backer, described.start, max(backer.end, pobj.i + 1),
                                   confidence=0.6)

    def heads_owned_unit(self, verb) -> None:
        """'X, who heads Hezbollah's parliamentary bloc', 'X runs the party's youth wing': the head of an unnamed
        unit a named organisation owns is one of its members."""
        if not self.stated(verb):
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        person = self.idx.ref(subj.i) if subj is not None else None
        if person is None or person.type != "person":
            return
        for obj in (c for c in verb.children if c.dep_ == "dobj" and self.idx.ref(c.i) is None):
            owner = next((self.idx.ref(c.i) for c in obj.children if c.dep_ == "poss"), None)
            if owner is not None and owner.type == "organization" and not owner.demonym:
                self.found.add(person, "member_of", owner, person.start, obj.i + 1, confidence=0.6)

    def targets_of(self, tok) -> list[Ref]:
        """The parties an object names: itself, or the states of a government ("the governments of A and B")."""
        r = self.idx.ref(tok.i)
        if r is not None:
            return [r] if not r.demonym else []
        if tok.lemma_.lower() not in self.lex.regime_nouns:
            return []
        return [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj" for t in (p, *p.conjuncts) if (x := self.idx.ref(t.i)) is not None]

    def aims_to_overthrow(self, verb) -> None:
        """'X, a group that seeks to overthrow the government of Y', 'X vowed to drive Y out of ...', 'X aims to
        topple the governments of A and B': X opposes each (roles.yaml `wire_ties.overthrow_verbs`; "drive" only
        with "out" or "from": "to drive the SDF from the town", not "to drive X to the talks")."""
        if verb.lemma_.lower() == "drive" and not any(c.lower_ in ("out", "from") for c in verb.children):
            return
        clause = verb
        while clause.dep_ == "xcomp" and clause.head is not clause:
            if not self.stated(clause):
                return
            clause = clause.head
        if not self.stated(clause):
            return
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return
        doer = self.idx.ref(subj.i)
        if doer is None and subj.lower_ in ("that", "which", "who") and clause.dep_ == "relcl":
            doer = self.idx.ref(clause.head.i) or self.described(clause.head)
        if doer is None or doer.demonym or doer.type not in SIDES:
            return
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for target in self.targets_of(obj):
                if target.type in SIDES and target.actor != doer.actor:
                    self.found.add(doer, "opposes", target, min(doer.start, verb.i), max(target.end, obj.i + 1),
                                   confidence=0.6)

    def partners_between(self, between) -> None:
        """'the deepening military cooperation between the DPRK and Russia', 'the partnership between A and B':
        the first party is allied with each other one (cooperation only when military, security or strategic)."""
        noun = between.head
        if noun.lemma_.lower() == "cooperation" and not any(
                c.dep_ == "amod" and c.lower_ in self.lex.pact_modifiers | {"strategic"} for c in noun.children):
            return                                  # "cooperation between A and B in the campaign": joint work
        verb = noun.head if noun.dep_ in ("dobj", "nsubj", "attr") else None
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children) or (
                verb is not None and not self.stated(verb)):
            return
        parties: list[Ref] = []
        k = between.i + 1
        while k < self.hi and len(parties) < 4:
            r = self.idx.ref_starting(k)
            if r is not None:
                if r.demonym or r.type not in SIDES:
                    return
                parties.append(r)
                k = r.end
            elif self.w(k) in ("and", ",", "the"):
                k += 1
            else:
                break
        for other in parties[1:]:
            if other.actor != parties[0].actor:
                self.found.add(parties[0], "allied_with", other, noun.i, other.end, confidence=0.6)


def organisation_premodified(title) -> bool:
    """The title is premodified by an organisation's own name ("the UN coordinator", "the IMF mission chief")."""
    pre = title.premodifier
    return pre is not None and pre.type == "organization" and not pre.demonym


def posted_country(reader, title, words: tuple) -> bool:
    """An envoy's object reached through 'for' or 'to' is the country he is posted to, not the one he serves:
    "the Special Representative of the Secretary-General for Somalia, X", "Special Envoy for Sudan X"; so is the
    country after "for" of any title an organisation's name premodifies (relties12): "the UN resident coordinator for
    Chile and Peru, X" serves the UN, posted to Chile, as "the UN coordinator in Chile" does."""
    obj = title.obj
    if obj is None or obj.type != "country" or obj.demonym or not (
            words in reader.lex.envoys or any(words[-len(e):] == e for e in reader.lex.envoys)
            or organisation_premodified(title)):
        return False
    k = obj.start - 1 - (reader.w(obj.start - 1) == "the")
    return reader.w(k) in ("for", "to")


def verb_of_as(reader, as_tok):
    """The verb an 'as' phrase hangs on; when the parse took 'as' for a subordinator ("sworn in on Thursday as the
    head of X, three days after ..."), the nearest verb before it outside a closed relative clause."""
    if as_tok.dep_ == "prep":
        return as_tok.head
    for k in range(as_tok.i - 1, reader.lo - 1, -1):
        v = reader.doc[k]
        if v.pos_ != "VERB" or v.dep_ in ("amod", "compound", "acl"):
            continue                           # "acting president": no clause of its own
        if any(a.dep_ == "relcl" and a.right_edge.i < as_tok.i for a in (v, *v.ancestors)):
            continue                           # "X, who has served as ... since last week, as the country's ..."
        return v
    return None


def holder_as(reader, head, title) -> Ref | None:
    """The person a title is given to through 'as': "X was sworn in on Thursday as the head of Y", "X served as
    commander of Y", "parliament elected X, who ..., as the country's president" (roles.yaml
    `wire_ties.office_as_verbs`): the passive subject, else the object, else the active subject."""
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        as_tok = head.head
    elif reader.w(title.start - 1) == "as":
        as_tok = reader.doc[title.start - 1]
    else:
        return None
    verb = verb_of_as(reader, as_tok)
    if verb is None or verb.lemma_.lower() not in wire_ties()["office_as_verbs"] or not reader.stated(verb):
        return None
    for dep in ("nsubjpass", "dobj", "nsubj"):
        holder = next((c for c in verb.children if c.dep_ == dep), None)
        if holder is not None and holder.lower_ in ("who", "that") and verb.dep_ == "relcl":
            holder = verb.head                 # "X, who has served as acting president"
        if holder is not None:
            # a dateline city parsed as the subject holds the name in apposition ("DHAKA, ... - X was sworn in")
            named = [r for t in (holder, *(a for a in holder.children if a.dep_ == "appos"))
                     if (r := reader.idx.ref(t.i)) is not None]
            return next((r for r in named if r.type == "person"), None)
    return None


def named_by_noun(reader, tok, window: int = 300) -> Ref | None:
    """'The movement was long allied with Y', 'the party's general secretary': a definite group noun stands
    first for the latest organisation whose name holds that noun ("the Free Patriotic Movement"), named in the
    `window` tokens before and after the last organisation named as a subject; None otherwise (the caller falls
    back on that subject: "Hasina's Awami League did not ... . X, the party's general secretary" is the League's,
    though the Nationalist Party was named before it)."""
    topic = reader.idx.topic
    noun = tok.lower_
    j = tok.i - 1
    while j >= max(0, tok.i - window):
        r = reader.idx.ref(j)
        if r is not None:
            if r.type == "organization" and not r.demonym and r.end - r.start > 1 and any(
                    reader.doc[k].lower_ in (noun, noun + "s") and reader.doc[k].is_title for k in range(r.start, r.end)):
                return r if topic is None or r.start > topic.start else None
            j = r.start
        j -= 1
    return None


def body_title(reader, t) -> bool:
    """A title opened by a capitalised body noun that names no actor ("Council President X", "Board Chairman X"):
    the office is in that body, so a country named after the holder is his nationality, not his state."""
    k = t.title_start - 1
    if k < reader.lo:
        return False
    tok = reader.doc[k]
    return tok.is_title and reader.idx.ref(k) is None and tok.lower_ in wire_ties()["body_nouns"]


def titled_name_at(reader, k: int) -> int:
    """The length of a capitalised title opening a person's name at token k ("President X", "Prime Minister X"),
    else 0."""
    n = reader.match(k, reader.lex.titles)
    if n and reader.doc[k].is_title:
        r = reader.idx.ref_starting(k + n)
        if r is not None and r.type == "person":
            return n
    return 0


def minister_of_another(reader, title, holder, recent: tuple) -> bool:
    """A bare minister's title last held by another named person ("Russian Foreign Minister Sergey Lavrov ...
    Minister for Foreign Affairs Iwaya Takeshi"): two ministers of one portfolio named apart serve two states, so the
    earlier one's country is not carried to the later (a head of state is handled by `country_scope` itself)."""
    return holder is not None and title.words in reader.lex.ministers and title.country is None \
        and len(recent) > 2 and recent[2] != holder.actor


def heads_government(reader, k: int) -> bool:
    """Token k opens what a country's possessive owns: "(Peru's) government", "(Italy's) new government" — the
    head of a state's government leads the state, not one of its bodies."""
    while k < reader.hi and reader.doc[k].pos_ == "ADJ":
        k += 1
    return reader.w(k) in reader.lex.regime_nouns and reader.w(k) not in DETERMINERS
