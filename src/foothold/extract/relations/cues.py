"""Cue phrases → allied_with / opposes / leads ("affiliated with", "campaign against", "led by")."""

from __future__ import annotations

from ..events.tallies import RECORDING_VERBS
from .punished_deed import punished_doers
from .judged_acts import judged_act
from .imputed import imputing_subjects
from .index import Ref
from .apposed import ApposedObject
from .apposed_anchor import apposed_anchor
from .delegations import DelegationReading
from .opening_pronoun import OpeningPronoun
from .lexicon import DETERMINERS, POSSESSIVE
from .adjunct_cues import unowned_act_in_time_adjunct
from .led_from import sent_from_body
from .conditions import under_condition
from .partitives import partitive_before
from .prevented_acts import prevented_act
from .task_work import passing_work
from .sentence_before import opening_possessor
from .thanked_reasons import thanker_actors

RELATIVE_PRONOUNS = {"which", "who", "that"}
LINKED = {"linked", "tied", "connected", "affiliated", "associated", "loyal"}
CONSEQUENCE_VERBS = {"lead", "result", "prompt", "spark", "trigger", "cause", "provoke", "fuel", "bring"}
VERB_CUES = {"backs", "funds", "finances", "sponsors", "arms"}
LOCATIVE = {"in", "inside", "across", "throughout", "near", "from"}
FINITE_BE = {"is", "are", "was", "were"}
REPEATED_PREPOSITIONS = {"with", "on", "to", "for", "by", "against"}
AVOIDING = {"avoid", "avert", "prevent", "refrain", "deny", "stop"}   # "avoiding a confrontation with"


class CueReading(DelegationReading, ApposedObject, OpeningPronoun):
    def read_cues(self) -> None:
        i = self.lo
        while i < self.hi:
            for predicate, cues in (("led_by", self.lex.led_by_cues), ("opposes", self.lex.opposes_cues),
                                    ("allied_with", self.lex.allied_cues)):
                n = self.match(i, cues)
                if n:
                    self.read_cue(i, n, predicate)
                    i += n - 1
                    break
            i += 1

    def read_cue(self, i: int, n: int, predicate: str) -> None:
        thankers = thanker_actors(self, self.doc[i]) if predicate in ("opposes", "allied_with") else set()
        if not thankers:
            return self.read_one_cue(i, n, predicate)
        before = set(self.found.by_key)
        self.read_one_cue(i, n, predicate)
        for key in [k for k in self.found.by_key if k not in before and k[0] in thankers and k[1] == predicate]:
            r = self.found.by_key.pop(key)           # "X thanked Y for its help in the war against Z": Y's deed,
            self.found.dropped.append({"subject": key[0], "predicate": key[1], "object": key[2], "start": r.start,
                                       "end": r.end, "reason": "a cue in what the subject thanks for"})
        return None                                 # no tie of X (thanked_reasons.py)

    def read_one_cue(self, i: int, n: int, predicate: str) -> None:
        if n == 1 and self.w(i) in VERB_CUES and self.doc[i].pos_ != "VERB" and not self.misparsed_verb(i):
            return                                 # "arms", "funds" as nouns ("Iranian arms")
        if self.negated(i) or self.averted(i) or self.w(self.hi - 1) == "?" or under_condition(self.doc[i]) \
                or partitive_before(self, i) or prevented_act(self.doc[i]) or passing_work(self.doc[i]):
            return                                 # a question states no alignment ("Why did X strike Y?"), nor
                                                   # a condition ("if X continued to support Y", conditions.py),
                                                   # nor an act prevented ("to stop X from using the Region against
                                                   # Y", prevented_acts.py), nor work on one task or in a future
                                                   # ("is working with X to establish the facts", task_work.py)
        if self.w(i) == "closest" and not (self.doc[i - 1].pos_ == "NOUN" and self.apposition_anchor(i - 1)):
            return                                 # "the villages closest to the border": nearness, unless a named
                                                   # body's apposition says it ("X, the bloc closest to Iran")
        if unowned_act_in_time_adjunct(self, i):
            return                                 # "Since the defeat of X, Y has ...": no doer told (adjunct_cues.py)
        cue = tuple(self.w(j) for j in range(i, i + n))
        if cue == ("against",):
            after = next((j for j in range(i + 1, min(self.hi, i + 4)) if self.w(j) not in DETERMINERS), i)
            if self.w(i - 1) in self.lex.legal_nouns or self.w(after) in self.lex.legal_nouns:
                return                             # "filed charges against X", "appealed against the ruling of X"
        # "the opposition of A and B to C"
        if cue[-1] == "of" and cue[0] in ("opposition", "hostility", "enmity"):
            subjects, k = self.refs_until(i + n, stop={"to", "toward", "towards", "against"})
            if self.w(k) in ("to", "toward", "towards", "against"):
                obj, end = self.object_after(k + 1)
                for s in subjects:
                    if obj:
                        self.found.add(s, predicate, obj, i, end, confidence=0.7)
            return
        obj, end = self.object_after(i + n)
        if obj is None and predicate == "allied_with" and self.doc[i + n - 1].pos_ == "NOUN" and self.w(i + n) == "of":
            obj, end = self.named_in_apposition(i + n)     # "with the support of the main opposition party, X"
        if obj is None and predicate == "allied_with" and self.doc[i + n - 1].pos_ == "NOUN" \
                and self.w(i + n) == "for" and all(c.lower_ in ("its", "their", "his", "her")
                                                   for c in self.doc[i + n - 1].children if c.dep_ == "poss"):
            # "declared its support for Moldova": the backed party ("our support", "his country's support":
            # a backer the clause subject does not name)
            backed, after = self.object_after(i + n + 1)
            if backed is not None and not backed.demonym and backed.type in ("country", "organization", "person"):
                obj, end = backed, after
        if obj is not None and self.subject_of_clause_on(obj, i + n - 1):
            return                                 # "the support the United States gave us": the giver, no object
        if obj is not None and predicate == "allied_with" and self.w(i + n) == "of" and self.doc[i + n - 1].pos_ == "NOUN" \
                and self.w(end) == "for" and not any(c.dep_ == "poss" for c in self.doc[i + n - 1].children):
            # "the support of the United States for Moldova": the of-phrase names the backer, the for-phrase the backed
            backed, last = self.object_after(end + 1)
            if backed is not None and not self.populace(backed) and backed.actor != obj.actor:
                self.found.add(backed, predicate, obj, i, last, confidence=0.6)
            return
        more: list[Ref] = []
        if obj is None:
            # "support for terrorist groups, including al-Qaida, Hezbollah and Hamas"
            j = i + n
            while self.w(j) in DETERMINERS or self.w(j) in ("for", "to") or self.doc[j].pos_ in ("ADJ", "NOUN") \
                    or (self.w(j) == "and" and self.doc[j + 1].pos_ in ("ADJ", "NOUN") if j + 1 < self.hi else False):
                j += 1
                if j >= self.hi:
                    return
            named = [r for r in self.named_after_group(j) if r.type != "person"] if j > i + n else []
            if not named and j > i + n and self.w(j) == "of" and predicate == "opposes":
                first, end = self.object_after(j + 1)    # "targeted weapons depots ... of Kata'ib Hezbollah"
                if first is not None and not first.demonym and first.type in ("organization", "country"):
                    named = [first]
            if not named and j > i + n and self.w(j) in LINKED and self.w(j + 1) in ("to", "with"):
                first, end = self.object_after(j + 2)    # "fight terrorist violence linked to al-Qaida and ISIS"
                if first is not None and not first.demonym and first.type != "place":
                    named = [first, *self.coordinated_after(end)]
            if not named:
                return
            obj, more, end = named[0], named[1:], named[-1].end
        else:
            more = self.coordinated_after(end)     # "support Syria's Bashar Assad, Hizballah and others"
            if more:
                end = more[-1].end
        if predicate == "led_by":                 # "Asaib Ahl al-Haq, a militia led by Qais al-Khazali"
            prev = self.doc[i - 1] if i - 1 >= self.lo else None
            if self.w(i - 1) == ",":                      # "The Burmese military, led by General X,"
                prev = self.doc[i - 2] if i - 2 >= self.lo else None
            passive = [c for c in self.doc[i].children if c.dep_ == "nsubjpass"] if self.doc[i].pos_ == "VERB" else []
            if self.delegation_led(obj, passive[0] if passive else prev, i, end):
                return                             # "the Peruvian delegation was led by X": X serves Peru
            if sent_from_body(self, i):
                return                             # "Observers from X, led by Y": Y leads the observers (led_from.py)
            forces_of = self.state_of_forces(prev)
            if forces_of is not None and obj.type == "person":
                self.found.add(obj, "member_of", forces_of, min(forces_of.start, i), end, confidence=0.65)
                return                             # a state's unnamed military: its commander serves the state
            prev = self.doc[i - 1] if i - 1 >= self.lo else None
            if prev is not None and prev.pos_ == "NOUN" and not self.idx.ref(prev.i) and self.w(i - 2) != "," \
                    and prev.lower_ not in self.lex.agent_nouns and not self.apposition_anchor(prev.i):
                return                             # "authorised a security mission led by Kenya": the mission is led
            if obj.type in ("person", "country", "organization") and not obj.demonym:
                passive = [c for c in self.doc[i].children if c.dep_ == "nsubjpass"] \
                    if self.doc[i].pos_ == "VERB" else []
                if passive:                        # "HTS, formerly linked to al-Qaeda, is led by X": the subject
                    r = self.ref_for_token(passive[0])
                    if r is None:                  # "The largest coalition, G9, is led by X": its apposition
                        r = next((a for c in passive[0].children if c.dep_ == "appos"
                                  and (a := self.ref_for_token(c)) is not None), None)
                    near = [r] if r is not None and r.type == "organization" else []
                else:
                    subjects = self.cue_subjects(i)
                    nearest = max(subjects, key=lambda r: r.end) if subjects else None
                    near = [s for s in subjects if s.type == "organization"]
                    if nearest is not None and nearest.type not in ("organization", "country", "place") \
                            and self.w(i - 1) == "," and nearest.end == i - 1:
                        near = []                  # "X, the channel of Y, Z, run by W": Z (an outlet) is run by W,
                        #                            not the body named before it (led_from.py)
                if near:                           # coordinated organisations: only the nearest is sure
                    s = max(near, key=lambda r: r.end)
                    self.found.add(obj, "leads", s, min(s.start, i), end, confidence=0.7)
            return
        if predicate == "allied_with" and (obj.actor in self.idx.operations or self.modifies_noun(obj)):
            return                                 # "in support of Operation Inherent Resolve / the Mosul operation"
        misparsed = self.misparsed_verb(i) if n == 1 and self.w(i) in VERB_CUES and self.doc[i].pos_ != "VERB" else None
        # "X accused Y of helping Z", "X condemned Y's support for Z": neither tie is X's (imputed.py)
        imputers = imputing_subjects(self, i, through_subject=False) if predicate in ("opposes", "allied_with") \
            else set()
        for s in [misparsed] if misparsed else self.cue_subjects(i, hostile=predicate == "opposes"):
            if self.populace(s) or s.actor in imputers:
                continue                           # "X accused Y of genocide against Z": Y's deed (imputed.py)
            a = min(s.start, i)
            for o in [obj, *more]:
                if self.populace(o):
                    continue
                self.found.add(s, predicate, o, a, end, confidence=0.6)

    def misparsed_verb(self, i: int) -> Ref | None:
        """'Iran arms and funds the Houthis' parsed as nouns: the coordination takes a direct object and its
        first noun's compound is a named actor, so the nouns are verbs and that actor their subject."""
        tok = self.doc[i]
        first = tok.head if tok.dep_ == "conj" else tok
        if not any(c.dep_ == "dobj" for t in (first, *first.conjuncts) for c in t.children):
            return None
        return next((r for c in first.children if c.dep_ == "compound" and (r := self.idx.ref(c.i)) is not None
                     and not r.demonym and r.type in ("country", "organization", "person")), None)

    def averted(self, i: int) -> bool:
        """A hostile act warned or guarded against, or only supposed ("warned Israel against any attack on
        Lebanon"): no act, so no stated hostility of the speaker towards its target."""
        tok = self.doc[i]
        if tok.pos_ != "NOUN":
            return False
        return any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in tok.children) \
            or (tok.dep_ == "pobj" and tok.head.lower_ in ("against", "from"))

    def act_agent(self, i: int) -> list[Ref] | None:
        """A hostile act noun names its own agent ('attacks on Saudi Arabia by militias') or is a consequence
        ('X was killed, leading to attacks on Y'): the clause subject did not do it. None otherwise."""
        tok = self.doc[i]
        if tok.pos_ != "NOUN":
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                r = self.ref_for_token(obj) if obj is not None else None
                return [r] if r is not None and r.type != "place" else []
        if judged_act(tok):
            return []                            # "X called the attack a violation of ...": X names it (judged_acts.py)
        head = tok
        for _ in range(3):
            if head.dep_ not in ("pobj", "prep", "agent", "dobj", "conj") or head.head is head:
                break
            head = head.head
            if head.lower_ in self.lex.feeling_words or head.lemma_.lower() in self.lex.feeling_words:
                return []                        # "is shocked by the attacks on X": the feeler did not attack
            if head.pos_ == "VERB":               # "the Observatory recorded attacks on X": it counts, not attacks
                return [] if head.lemma_ in CONSEQUENCE_VERBS or head.lemma_.lower() in RECORDING_VERBS else None
            if head.pos_ == "ADJ" and head.dep_ == "amod":
                # "holding accountable those responsible for attacks on X": whom the adjective describes did it
                r = self.ref_for_token(head.head)
                return [r] if r is not None else []
        return None

    def pronoun_possessor(self, i: int, opening: bool = False) -> list[Ref] | None:
        """'praised the Houthis for their attacks on Israel': the act is the one the pronoun refers to,
        the nearest earlier actor of its kind ([] when an unnamed group comes nearer: "partner forces ...
        their continued defeat of Daesh"); None without a pronoun or an antecedent in the sentence."""
        tok = self.doc[i]
        if tok.pos_ == "ADP" and tok.head.i == i - 1 and tok.head.pos_ == "NOUN":
            tok = tok.head                     # "thanked Poland for its support against Russia"
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None) \
            if tok.pos_ == "NOUN" else None
        if pron is None or pron.lower_ not in ("their", "its", "his", "her"):
            return None
        kinds = ("person",) if pron.lower_ in ("his", "her") else ("organization", "country")
        j = pron.i - 1
        while j >= self.lo:
            r = self.holder_of.get(j) or self.idx.ref_ending(j)
            if r is not None and r.end <= pron.i:
                if r.type in kinds and not r.demonym and not self.in_closed_clause(r.start, pron.i):
                    # "X, the strongest faction in Y, said its ...": the apposition's anchor, not the name inside
                    return apposed_anchor(self, r, kinds) or [r]   # "X, which is backed by Iran, ... its": X's
                j = min(r.start, j) - 1
                continue
            if pron.lower_ == "their" and self.doc[j].tag_ == "NNS":
                return []
            j -= 1
        owner = opening_possessor(self, pron)   # "X sent drones. Its support for Y ...": X (sentence_before.py)
        if owner is not None:
            return owner
        before = self.previous_subject(pron, kinds) if opening else None    # "Its support for X" opening a
        return [before] if before is not None else None                       # sentence (no hostile acts: events)

    def subject_of_clause_on(self, r: Ref, cue_last: int) -> bool:
        """The actor after a cue noun is the subject of a relative clause on that noun."""
        cue = self.doc[cue_last]
        for j in range(r.start, r.end):
            tok = self.doc[j]
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and tok.head.head.i == cue.i:
                return True
        return False

    def coordinated_after(self, j: int) -> list[Ref]:
        """Actors coordinated after an object: ", Hizballah and Hamas" (stops at anything else)."""
        out: list[Ref] = []
        joined = False                          # a list has its "and" (", he said" is no list)
        while j < self.hi and self.w(j) in (",", "and") and len(out) < 8:
            if not out and self.w(j) == "," and self.w(j + 1) == "and":
                break                           # "X, backed by Eritrea, and Y": the comma closed the phrase
            k = j + 1
            joined = joined or self.w(j) == "and" or self.w(k) == "and"
            while self.w(k) in DETERMINERS or self.w(k) == "and" or (
                    self.w(k) in REPEATED_PREPOSITIONS and self.w(k - 1) == "and"):
                k += 1                          # "works with A and with B": the cue's preposition said again
            r = self.idx.ref_starting(k)
            if r is None or r.demonym or r.type == "place":
                break
            out.append(r)
            j = r.end
        return out if joined else []

    def modifies_noun(self, r: Ref) -> bool:
        """'the Mosul operation': the actor only qualifies the noun after it."""
        nxt = self.doc[r.end] if r.end < self.hi else None
        return nxt is not None and nxt.pos_ == "NOUN" and self.idx.ref(r.end) is None and not r.demonym

    def negated(self, i: int) -> bool:
        tok = self.doc[i]
        head = tok
        for step in range(6):   # "would not be a launching ground for any aggression against X"
            if any(c.dep_ == "neg" for c in head.children) or (0 < step < 4 and head.lemma_ in AVOIDING):
                return True     # (a verb of avoiding only near: "denied the report (X, close to Y)" ties X)
            if head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        return any((self.w(j) in ("not", "never", "no", "n't", "without") and self.w(j + 1) != "only")
                   or self.doc[j].lemma_ in AVOIDING
                   for j in range(max(self.lo, i - 4), i))    # "not only threatens X but ...": no negation

    def refs_until(self, j: int, stop: set) -> tuple[list[Ref], int]:
        refs = []
        while j < self.hi and self.w(j) not in stop and j - self.lo < 400:
            r = self.idx.ref_starting(j)
            if r:
                if not r.demonym:
                    refs.append(r)
                j = r.end
                continue
            if self.w(j) in (".", ";", ":"):
                break
            j += 1
        return refs, j


    def cue_subjects(self, i: int, hostile: bool = False) -> list[Ref]:
        """Who stands in the alignment: relative-clause antecedent, possessor, clause subject, 'between' list."""
        owner = self.pronoun_possessor(i, opening=not hostile)
        if owner is None:
            owner = self.act_agent(i)
        if owner is not None:
            return owner
        # "X, which/who is (considered) CUE Y" or "X, CUE Y"
        k = i - 1
        while k >= self.lo and self.w(k) in ("is", "are", "was", "were", "be", "been", "considered", "seen",
                                             "believed", "deemed", "also", "closely", "reportedly", "very",
                                             "widely", "known", "to", "as"):
            k -= 1
        if self.w(k) in ("which", "who", "that") and self.w(k - 1) == ",":
            return self.np_refs_before(k - 1)
        if self.w(k) in ("which", "who", "that") and k - 1 >= self.lo and self.doc[k - 1].pos_ == "NOUN" \
                and not self.idx.ref(k - 1):
            anchored = self.apposition_anchor(k - 1)     # "X, the Russian company that works with Y": X
            if anchored:
                return anchored
        participle = self.doc[i].tag_ == "VBG" and self.doc[i].dep_ in ("advcl", "xcomp", "conj")
        if self.w(k) == "," and k < i and participle and k == i - 1:
            return self.clause_subjects(i)          # "X consolidated power in Yemen, combating Y": X acts
        if self.w(k) == "," and k < i and any(self.w(j) in FINITE_BE for j in range(k + 1, i)):
            # "X, a group led by Y, is allied with Z": the comma closes an apposition; X stands in the tie
            return self.apposition_opener(k) or self.clause_subjects(i)
        if self.w(k) == "," and k < i:
            refs = self.np_refs_before(k)
            if refs and self.in_closed_clause(refs[0].start, i):
                return self.clause_antecedent(refs[0])   # "X, who founded Y, opposed Z": X (monitor.py)
            if refs and refs[0].type in ("country", "place") and self.w(refs[0].start - 1) in LOCATIVE:
                return []                          # "forces in Syria, backed by the U.S.": the forces are
            if refs:
                return refs
        # "the militias loyal to Tehran": the cue describes an unnamed group
        p = self.skip_parenthetical_back(i) - 1          # "the operation (OCO) to combat ISIS"
        while p > self.lo:
            if self.doc[p].pos_ == "ADV" and self.doc[p].head.i == i:
                p -= 1                                    # "a faction once backed by X"
            elif self.w(p) in ("and", "or") and self.doc[i].dep_ == "conj" and self.doc[i].head.i == p - 1:
                p -= 2                                    # "a militia recruited and paid by X"
            else:
                break
        prev = self.doc[p] if p >= self.lo else None
        own = self.idx.ref(prev.i) if prev is not None else None
        if prev is not None and prev.pos_ in ("NOUN", "PROPN") and (own is None or own.demonym) \
                and prev.i not in self.holder_of and (self.doc[i].pos_ in ("ADJ", "VERB", "ADP")
                                                      or self.w(i) == "to" or (self.doc[i].pos_ == "ADV"
                                                                              and self.doc[i].dep_ == "amod")):
            anchored = self.apposition_anchor(prev.i) or self.members_owner(prev)
            if anchored or prev.lower_ in self.lex.agent_nouns:
                return anchored
            # else a thing, not a group ("rocket artillery against ISIL"): the clause subject acts
        # "between A, B and C in the campaign against"
        for j in range(i - 1, max(self.lo, i - 25) - 1, -1):
            if self.w(j) == "between":
                refs, _ = self.refs_until(j + 1, stop={"in", "on", "against", "to", "for"})
                if refs and all(r.end <= i for r in refs):
                    return refs
                break
        # "support for Iraq in the fight against ISIL", "the Iraqi people in their fight against"
        k = self.before_modifiers(i - 1)
        if self.w(k) == "in" and self.idx.ref_ending(k - 1) and not self.idx.ref_ending(k - 1).demonym:
            if self.partner_of(self.idx.ref_ending(k - 1)):
                return self.clause_subjects(i)      # "X, a partner of the U.S. in the fight against Y": X fights
            return self.np_refs_before(k)
        # possessor: "Iran's campaign against ISIS"
        k = i - 1
        while k >= self.lo and self.doc[k].pos_ in ("NOUN", "ADJ") and not self.idx.ref(k):
            k -= 1
        if self.w(k) in POSSESSIVE and self.idx.ref_ending(k - 1):
            r = self.idx.ref_ending(k - 1)
            if not r.demonym or r.type == "country":
                return [r]
        # clause subject from the dependency parse
        return self.clause_subjects(i, possessor=hostile)

    def partner_of(self, r: Ref) -> bool:
        """The actor is the object of a partner noun ("a close partner of the United States", "an ally of France")."""
        j = r.start - 1 - (self.w(r.start - 1) == "the")
        return self.w(j) == "of" and self.doc[j - 1].lemma_.lower() in self.lex.partner_nouns if j > self.lo else False

    def members_owner(self, noun) -> list[Ref]:
        """'the PKK's commanders work closely with X', 'fighters of the PKK': a group's people stand for the group
        that owns them."""
        if noun.lower_ not in self.lex.member_nouns:
            return []
        for c in noun.children:
            r = self.ref_for_token(c) if c.dep_ == "poss" else next(
                (self.ref_for_token(p) for p in c.children if p.dep_ == "pobj"), None) if (
                c.dep_ == "prep" and c.lower_ == "of") else None
            if r is not None and r.type == "organization" and not r.demonym:
                return [r]
        return []

    def apposition_opener(self, close: int) -> list[Ref]:
        """The actor before an apposition that ends at the comma `close` ("X, a group led by Y,"): the apposition
        opens with an article right after the previous comma (the parse often hangs such a clause elsewhere)."""
        for j in range(close - 1, self.lo, -1):
            if self.w(j) == ",":
                if self.w(j + 1) in ("a", "an", "the") and self.idx.ref_ending(j - 1):
                    return [self.idx.ref_ending(j - 1)]
                return []
        return []

    def clause_subjects(self, i: int, possessor: bool = False) -> list[Ref]:
        tok = self.doc[i]
        doers = punished_doers(tok)                  # "designated X for assisting Y": X's deed (punished_deed.py)
        if doers is not None:
            named = [a for d in doers for a in (d, *(c for c in d.children if c.dep_ == "appos"))]  # "the firm X"
            refs = [r for d in named for t in (d, *d.conjuncts) if (r := self.ref_for_token(t)) is not None]
            return [r for k, r in enumerate(refs) if r not in refs[:k]]
        head = tok
        for _ in range(6):
            if head.pos_ in ("VERB", "AUX"):
                subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj and head.dep_ == "xcomp":
                    # object control: "encourages Kataeb Hezbollah to apply pressure on ..."
                    controller = [c for c in head.head.children if c.dep_ == "dobj"]
                    if controller:
                        subj = controller
                if not subj and head.dep_ == "acl" and head.head is not head:
                    # "strikes coordinated with ...": the noun's own actor, else its clause's subject
                    r = self.ref_for_token(head.head)
                    if r or head.head.lower_ in self.lex.agent_nouns:
                        return [r] if r else []     # "ground forces, focused on defeating ISIL": an unnamed group
                    head = head.head
                    continue
                if not subj and head.dep_ == "relcl" and head.head.dep_ == "appos" and head.i > head.head.i:
                    # "CJTF-OIR, the military organization to defeat Daesh": the apposition's anchor acts
                    r = self.ref_for_token(head.head.head)
                    return [r] if r and r.type in ("organization", "country") else []
                if not subj and head.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                                             for c in head.children):
                    subj = [head.head]                  # "a network that has provided": 'that' taken for a mark
                if not subj and head.dep_ in ("conj", "xcomp", "advcl", "acomp", "pcomp") and head.head is not head:
                    head = head.head
                    continue
                # "the Squadron, which will fly strike missions against ISIL": the antecedent acts
                subj = [head.head if s.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl" else s for s in subj]
                out = []
                for s in subj:
                    r = self.ref_for_token(s)
                    if r is None and s.lower_ in self.lex.agent_nouns:
                        # "a vast IRGC network that ... supports X": the body the group belongs to acts
                        r = next((self.ref_for_token(c) for c in s.children if c.dep_ == "compound"
                                  and self.ref_for_token(c) and self.ref_for_token(c).type == "organization"), None)
                    if r is None and possessor and s.pos_ == "NOUN":
                        # "Russia's latest invasion threatens Ukraine", "the U.S. airstrikes that targeted":
                        # the possessor or national modifier of a hostile act
                        poss = [c for c in s.children if c.dep_ == "poss"]
                        r = self.ref_for_token(poss[0]) if poss else None
                        if r is None and s.lemma_.lower() in self.lex.attack_nouns:
                            r = next((self.idx.ref(c.i) for c in s.children if c.dep_ in ("compound", "amod", "nmod")
                                      and self.idx.ref(c.i) is not None
                                      and self.idx.ref(c.i).type in ("country", "organization")), None)
                    if r:
                        out.append(r)
                        for c in s.conjuncts:
                            rc = self.ref_for_token(c)
                            if rc and rc not in out:
                                out.append(rc)
                return out
            if head.head is head:
                break
            head = head.head
        return []

    def ref_for_token(self, tok) -> Ref | None:
        if tok.i in self.holder_of:
            return self.holder_of[tok.i]
        topic = self.anaphor(tok)
        if topic is not None:
            return topic
        r = self.idx.ref(tok.i)
        if r and not r.demonym:
            return r
        if r and r.demonym and tok.dep_ in ("nsubj", "nsubjpass"):
            return r
        return None
