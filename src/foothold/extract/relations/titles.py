"""Title phrases → leads / member_of ("the Commander of the Qods Force, Esmail Qa'ani",
"Iranian Foreign Minister Zarif", "X, a member of Y")."""

from __future__ import annotations

from dataclasses import replace

from .elected_titles import elected_title_head
from .entry_holder import entry_holder
from .heading_holder import heading_holder
from .index import Ref
from .lexicon import DETERMINERS, POSSESSIVE
from .list_items import (apposed_before_titled_item, apposed_title_closed, plural_title_after_one_name,
                         titled_item_follows)
from .portfolio_lists import holder_after_portfolios

FINITE_BE = ("is", "are", "was", "were")
CONTINUING = {"now", "later", "also", "currently", "since", "then"}    # "X, a former A and now a B"
from .replaced_with import replacement_of
from .served_titles import served_head
from .title_phrases import Title, TitlePhrases
from .title_relations import TitleRelations
from .wire import body_title, holder_as, titled_name_at
from .title_locatives import past_coordinated_area, past_locative


class TitleReading(TitlePhrases, TitleRelations):
    def read_titles(self) -> None:
        i = self.lo
        chain: list[Title] = []
        owner: Title | None = None
        self.last_apposed: tuple[int, Ref] | None = None    # (end, holder) of the last title apposed after its holder
        while i < self.hi:
            n = self.match(i, self.lex.titles)
            if not n or self.is_name_part(i, n):
                i += 1
                continue
            title = self.parse_title(i, n)
            if self.owns_next_title(title):
                owner, i = title, title.end               # "the Russian President's adviser": another's title
                continue
            if owner is not None:
                title = self.owned_title(title, owner)
                owner = None
            if chain and not (self.joins(chain[-1].end, title.start) or self.apposed_office(chain[-1], title)):
                self.bind(chain, None)
                chain = []
            chain.append(title)
            end = self.skip_parenthetical(self.close_open_paren(title.start, title.end))
            unit = self.idx.ref_starting(end + 1) if self.w(end) == "," else None
            if unit is not None and unit.type == "person" and self.title_word_name(unit) and self.w(unit.end) == ",":
                end = unit.end                        # "Chief of Staff, Joint Staff, Adm. X": the office's unit
            end = past_locative(self, end)           # "a spokesman for the X bloc in parliament, Y" (relties7)
            end = past_coordinated_area(self, end)   # "the UN coordinator for Chile and the Southern Cone, Y" (relties12)
            holder = None
            if self.w(end) == "," and self.person_at(end + 1):
                holder = self.person_at(end + 1)
                # "X, the leader of Y, Z, the head of W": the list's next item has its own title (list_items.py)
                holder = apposed_before_titled_item(self, chain, end, holder) or holder
            elif self.person_at(end):
                holder = self.person_at(end)
            elif title.words in self.lex.ministers:
                holder = holder_after_portfolios(self, end)   # "Minister of Foreign Affairs, Cooperation, ..., X"
            if holder is None and self.w(end) in ("and", ",") and self.next_title_follows(end) \
                    and not apposed_title_closed(self, chain, end) and not titled_item_follows(self, chain, end):
                i = title.end
                continue
            if holder is None:
                holder = self.holder_before(chain[0].start) or self.predicative_holder(chain[0]) \
                    or heading_holder(self, chain[0]) \
                    or entry_holder(self, chain[0])     # a name heading over a verbless title line, or before a dash
            if len(chain) == 1 and plural_title_after_one_name(self, title, holder):
                holder = None                         # "X, members of his cabinet and ...": the list's next item
            if holder is None and len(chain) == 1 and (self.member_unit(chain[0]) or self.member_list(chain[0])):
                chain = []
                i = title.end
                continue
            if len(chain) == 1 and served_head(self, title, holder):
                chain = []                            # "X, adviser to Prime Minister Y" (served_titles.py)
                i = holder.end
                continue
            plural = len(chain) == 1 and title.words and title.words[-1].endswith("s") and not title.words[-1].endswith("ss")
            if holder is not None and holder.start >= title.end:
                self.country_after_holder(title, holder)
            if holder is not None and holder.end <= chain[0].start:
                self.last_apposed = (title.end, holder)
            self.bind(chain, holder)
            successor = (self.successor(holder) or replacement_of(self, holder)) if holder is not None else None
            if successor is not None:                 # "Y replaced X as leader of Z": Y leads Z now
                self.bind([replace(t, time=None) for t in chain], successor)
            if plural and holder is not None and holder.start >= title.end:
                # "its directors, Zaw Min Tun and Aung Moe Myint": a plural title holds every name listed
                while self.w(holder.end) in (",", "and") and (
                        self.person_at(holder.end + 1) or self.w(holder.end + 1) == "and" and self.person_at(holder.end + 2)):
                    holder = self.person_at(holder.end + 1) or self.person_at(holder.end + 2)
                    self.bind([title], holder)
            chain = []
            i = max(title.end, holder.end if holder and holder.start >= title.end else title.end)
        if chain:
            self.bind(chain, None)
        self.read_nationals()
        self.read_named_groups()
        self.read_groups_of_people()

    def read_groups_of_people(self) -> None:
        """'the Sairoon list of the cleric Muqtada al-Sadr', 'the Sadrist movement of Muqtada al-Sadr', 'the
        Palestinian Authority of Mahmoud Abbas': a group named as a person's is led by that person."""
        for i in range(self.lo, self.hi):
            body = self.idx.ref_starting(i)
            if body is None or body.type != "organization" or body.demonym:
                continue
            k = body.end
            if self.w(k) in self.lex.owned_group_nouns:
                k += 1                                   # "the Sairoon list of ...": the noun outside the name
            if self.w(k) == "(" and self.skip_parenthetical(k) - k <= 4 and self.w(self.skip_parenthetical(k)) == "of":
                k = self.skip_parenthetical(k)           # relties9: "the ruling X Party (XP) of Y"
            if self.w(k - 1) in self.lex.owned_group_nouns or self.w(body.end - 1) in self.lex.owned_group_nouns:
                pass
            elif not (
                    self.w(k) == "of" and (p := self.idx.ref_starting(k + 1 + titled_name_at(self, k + 1))) is not None
                    and p.type == "person"):     # "the Government of National Unity of Prime Minister X"
                continue                                 # "the Sadrist movement of ...": the noun inside it;
                #                                          "the Palestinian Authority of Mahmoud Abbas": any body
            if self.w(k) != "of":
                continue
            k += 1
            if self.w(k) == "the":
                k += 1
            while k < self.hi and self.doc[k].is_lower and self.doc[k].pos_ in ("NOUN", "ADJ") and not self.idx.ref(k):
                k += 1                                   # "of the cleric X", "of the former prime minister X"
            k += titled_name_at(self, k)                 # "the Serbian Progressive Party of President X"
            holder = self.idx.ref_starting(k)
            if holder is not None and holder.type == "person":
                self.found.add(holder, "leads", body, body.start, holder.end, confidence=0.65)

    def read_named_groups(self) -> None:
        """'two Ansarallah leaders ..., A and B', '... key Hezbollah financiers. They are A; B; and C':
        people named for a plural title whose body is written before it (allies for backers, else members)."""
        pending = self.idx.pending_group
        self.idx.pending_group = None
        if pending is not None and self.n == pending[0] + 1 and self.w(self.lo) in ("they", "these") \
                and self.w(self.lo + 1) in ("are", "include", "were"):
            self.bind_group(pending[1], pending[2], self.lo + 2, pending[3])
        for tok in self.tokens:
            if tok.tag_ != "NNS" or (tok.lemma_.lower(),) not in self.lex.titles or self.idx.ref(tok.i):
                continue
            if self.one_of_titles(tok):
                continue
            body = self.idx.ref_ending(tok.i - 1)
            owned = body is None
            if body is None and self.w(tok.i - 1) in ("its", "their"):
                body = self.pronoun_owner(tok.i - 1)          # "Dynasty Company and its directors, A and B"
            elif body is None and self.w(tok.i - 1) in POSSESSIVE:
                body = self.idx.ref_ending(tok.i - 2)         # "the company's directors, A and B"
            if body is None or body.type != "organization" or body.demonym:
                continue
            title = (tok.lemma_.lower(),)
            # an owned plural head title names the body's heads ("its founders, A and B");
            # "two Ansarallah leaders, A and B" are some of its members
            predicate = "allied_with" if title in self.lex.allies else \
                "leads" if owned and title in self.lex.leads else "member_of"
            k = tok.i + 1
            while self.w(k) == "or" and (self.doc[k + 1].lemma_.lower(),) in self.lex.titles:
                k += 2                              # "financiers or facilitators"
            if not self.bind_group(predicate, body, k, body.start if self.lo <= body.start < tok.i else tok.i):
                self.idx.pending_group = (self.n, predicate, body, tok.i)

    def one_of_titles(self, tok) -> bool:
        """'X, one of the founders of Y': as 'X, a founder of Y', the title's own predicate."""
        i = tok.i
        if (self.w(i - 3), self.w(i - 2), self.w(i - 1), self.w(i + 1)) != ("one", "of", "the", "of") \
                or self.w(i - 4) != ",":
            return False
        body = self.idx.ref_starting(i + 2 + (self.w(i + 2) == "the"))
        holder = self.person_ending_before(i - 4)
        if body is None or holder is None or body.type != "organization" or body.demonym:
            return False
        title = (tok.lemma_.lower(),)
        predicate = "allied_with" if title in self.lex.allies else "leads" if title in self.lex.leads else "member_of"
        self.found.add(holder, predicate, body, holder.start, body.end, confidence=0.7)
        return True

    def bind_group(self, predicate: str, body: Ref, j: int, title_at: int) -> bool:
        """Bind the first list of two or more people after token j (no verb outside quotes between)."""
        quoted = False
        while j < self.hi:
            if self.w(j) in ("“", "”", '"'):
                quoted = not quoted if self.w(j) == '"' else self.w(j) == "“"
            r = self.idx.ref_starting(j)
            if r is not None and r.type in ("person", "organization") and not r.demonym and not quoted:
                people, k = [r], r.end
                while self.w(k) in (",", ";", "and") and k < self.hi:
                    k += 1
                    if self.w(k) == "and":
                        k += 1
                    nxt = self.idx.ref_starting(k)
                    if nxt is None or nxt.type not in ("person", "organization") or nxt.demonym:
                        break
                    people.append(nxt)
                    k = nxt.end
                if len(people) < 2 or not any(p.type == "person" for p in people):
                    return False
                for p in people:
                    self.found.add(p, predicate, body, min(title_at, p.start), max(title_at + 1, p.end),
                                   confidence=0.6)
                return True
            if self.doc[j].pos_ in ("VERB", "AUX") and not quoted and j > self.lo + 1:
                return False
            j += 1
        return False

    def read_nationals(self) -> None:
        """'Iranian Major General Qassem Soleimani', "Syria's Bashar Assad": a person named with a
        country's demonym or possessive (ranks between) serves that country."""
        for i in range(self.lo, self.hi):
            r = self.idx.ref_starting(i)
            if r is None or r.type != "country" or r.allied_modifier:
                continue
            j = r.end
            if not r.demonym:
                if self.w(j) not in POSSESSIVE:
                    continue
                j += 1
            while self.w(j) in self.lex.service_words and self.w(j + 1) in self.lex.honorifics | self.lex.service_words:
                j += 1                                   # "Colombian army General X": the service before the rank
            ranked = self.w(j) in self.lex.honorifics
            while self.w(j) in self.lex.honorifics or (self.w(j) == "." and self.w(j - 1) in self.lex.honorifics):
                j += 1
            if ranked and self.w(j) == "," and self.doc[j - 1].is_lower:
                j += 1                                   # "a Colombian general, X,": the rank as a noun, X apposed
            p = self.idx.ref_starting(j)
            if p is not None and p.type == "person" and j not in self.holder_of \
                    and not self.match(j, self.lex.titles):
                self.found.add(p, "member_of", r, r.start, p.end, confidence=0.65)
        for i in range(self.lo, self.hi):
            # "Council President Vassily Nebenzia (Russian Federation)": a delegate's state in parentheses
            p = self.idx.ref_starting(i)
            if p is None or p.type != "person" or self.w(p.end) != "(":
                continue
            close = next((k for k in range(p.end + 2, min(p.end + 6, self.hi))     # "):" may be one token
                          if self.w(k) == ")" or self.w(k)[:1] == ")"), None)
            c = self.idx.ref_ending(close - 1) if close is not None else None
            if c is not None and c.type == "country" and c.start <= p.end + 1 + (self.w(p.end + 1) == "the"):
                self.found.add(p, "member_of", c, p.start, close + 1, confidence=0.65)

    def is_name_part(self, i: int, n: int = 1) -> bool:
        """A title word inside an actor's name ("Supreme National Security Council") is no title; a name the title
        phrase runs past ("State" of "State Counsellor X") is a piece of the title, not the other way round."""
        r = self.idx.ref(i)
        if not r or r.type == "person" or r.demonym or r.end < i + n:
            return False
        # a bare title taken for an actor ("Supreme Leader") is still a title
        words = [self.w(j) for j in range(r.start, r.end)]
        bare = [w for w in words if w not in self.lex.rank_words and w not in self.lex.time_words]
        return tuple(bare) not in self.lex.titles

    def owns_next_title(self, t: Title) -> bool:
        """A title written with a possessive before another title ("the Russian President's foreign policy
        adviser"): it names the one the holder serves, not the holder."""
        if self.w(t.end) not in POSSESSIVE:
            return False
        return any(self.match(j, self.lex.titles) for j in range(t.end + 1, min(self.hi, t.end + 5))
                   if all(self.w(k) not in (",", ".") for k in range(t.end + 1, j + 1)))

    def owned_title(self, t: Title, owner: Title) -> Title:
        """The title held under another's ("the Egyptian President's senior adviser"): it serves the owner's
        country and starts where the owner's phrase starts (so 'X, the ...' finds its holder)."""
        if t.start - owner.end > 5:
            return t
        return replace(t, start=owner.start, country=t.country or owner.country)

    def joins(self, prev_end: int, start: int) -> bool:
        between = [self.w(j) for j in range(prev_end, start)]
        return all(x in ("and", ",", "(", ")") for x in between) and "and" in between

    def apposed_office(self, prev: Title, title: Title) -> bool:
        """'The OSCE Chairman-in-Office, Swiss Foreign Minister X': a definite title of a named body, a comma, then
        the holder's own title; one holder holds both."""
        return prev.premodifier is not None and self.w(prev.start) == "the" \
            and [self.w(j) for j in range(prev.end, title.start)] == [","]

    def next_title_follows(self, i: int) -> bool:
        j = i
        while self.w(j) in ("and", ","):
            j += 1
        for _ in range(6):
            if self.match(j, self.lex.titles):
                return True
            if self.w(j) in DETERMINERS or self.w(j) in self.lex.time_words or self.w(j) in self.lex.rank_words \
                    or self.idx.ref(j) or self.w(j) in POSSESSIVE or self.w(j) == "-":
                j += 1
                continue
            return False
        return False

    def holder_before(self, start: int) -> Ref | None:
        """Holder written before the title: 'PERSON, the TITLE', 'PERSON as TITLE', 'PERSON, who is TITLE'."""
        j = start
        if self.w(j - 1) == ",":
            return self.person_ending_before(j - 1)
        if self.w(j - 1) == "as":
            p = self.person_ending_before(j - 1)
            if p and self.w(p.start - 1) in ("to", "of") and self.w(p.start - 2) in ("successor", "predecessor", "replacement"):
                k = p.start - 2
                while self.w(k - 1) in DETERMINERS:
                    k -= 1
                if self.w(k - 1) == ",":
                    return self.person_ending_before(k - 1)
                return None
            return p or self.relative_as_holder(j - 1) or self.apposed_before_as(j - 1)
        if self.w(j - 1) in ("is", "was", "as") and self.w(j - 2) in ("who",) and self.w(j - 3) == ",":
            return self.person_ending_before(j - 3)
        k = j - 1
        while self.w(k) in CONTINUING:
            k -= 1
        if self.w(k) == "and" and self.last_apposed is not None and self.last_apposed[0] == k:
            return self.last_apposed[1]           # "X, a former mayor of Y and now a member of Z": X again
        if self.w(k) == "," and k < j - 1:
            return self.person_ending_before(k)   # relties9: "X, now leader of the opposition Y party"
        return None

    def apposed_before_as(self, as_at: int) -> Ref | None:
        """'named X, a veteran commander of Y, as the Z's chief of staff' (relties7): the person before an
        apposition that opens with a determiner and closes with the comma before "as"; no person inside it."""
        if self.w(as_at - 1) != ",":
            return None
        k = as_at - 2
        while k > self.lo and self.w(k) != ",":
            r = self.idx.ref(k)
            if r is not None and r.type == "person":
                return None
            k -= 1
        if self.w(k) != "," or k >= as_at - 3 or self.w(k + 1) not in ("a", "an", "the"):
            return None
        return self.person_ending_before(k)

    def relative_as_holder(self, as_at: int) -> Ref | None:
        """'PERSON, who returned as TITLE', 'PERSON, who was appointed as TITLE': the person the relative clause is
        on, when up to three verbs or adverbs stand between "who" and "as"."""
        k = as_at - 1
        while k > max(self.lo, as_at - 4) and self.doc[k].pos_ in ("VERB", "AUX", "ADV") and self.w(k) != "who":
            k -= 1
        if k == as_at - 1 or self.w(k) != "who" or self.w(k - 1) != ",":
            return None
        return self.person_ending_before(k - 1)

    def predicative_holder(self, t: Title) -> Ref | None:
        """The subject a title is predicated of: 'X was named the leader of ISIS', 'X became commander of Y',
        'X, who is the head of Y'; 'He was named ...' is the one person the previous sentence names."""
        head = next((self.doc[j] for j in range(t.title_start, t.title_end)
                     if not t.title_start <= self.doc[j].head.i < t.title_end), None)
        if head is None:
            head = elected_title_head(self, t)   # "X was elected chairman of Y" (elected_titles.py)
        if head is not None and (head.dep_ == "pobj" or self.w(t.start - 1) == "as"):
            held = holder_as(self, head, t)       # "X was sworn in as the head of Y"
            if held is not None or head.dep_ == "pobj":
                return held
        if head is None or head.dep_ not in ("attr", "oprd") or head.head.lemma_ not in self.lex.predicative_verbs:
            return None
        verb = head.head
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        r = self.idx.ref(subj.i)
        if r is not None:
            return r if r.type == "person" else None
        if subj.lower_ in ("he", "she") and not any(
                (p := self.idx.ref(j)) is not None and p.type == "person" for j in range(self.lo, subj.i)):
            actor = self.previous_person()
            return Ref(actor, "person", subj.i, subj.i + 1) if actor else None
        return None

    def previous_person(self) -> str | None:
        """The one person the previous sentence names (None if it names none or several)."""
        if self.lo == 0:
            return None
        prev = self.doc[self.lo - 1].sent
        people = {r.actor for j in range(prev.start, prev.end)
                  if (r := self.idx.ref(j)) is not None and r.type == "person"}
        return people.pop() if len(people) == 1 else None

    def member_unit(self, t: Title) -> bool:
        """'Turkey, a NATO member' / 'X, a member of the coalition': an organisation or country in a larger body."""
        start = t.start - (self.w(t.start - 1) in ("both", "all", "each"))
        # "Turkey, a NATO member", "Turkey is a NATO member"
        if t.words not in (("member",), ("members",)) or self.w(start - 1) not in (",", *FINITE_BE):
            return False
        if any(self.doc[j].tag_ == "VBD" for j in range(start, t.title_start)) \
                or self.doc[t.title_start].dep_ == "dobj":
            return False                            # "X, the army, detained members of Y": the verb's object (relties10)
        body = t.obj or t.premodifier
        units = [u for u in self.np_refs_before(start - 1) if u.type in ("organization", "country")]
        if t.words == ("members",) and not self.plural(units):
            return False                            # "backed by Iran, members of ...": Iran is not what "members" describes
        if not units or body is None or body.type != "organization":
            return False
        for unit in units:                          # "Russia and China, both members of the Council"
            self.found.add(unit, "part_of", body, unit.start, t.end, title=None, confidence=0.75)
        return True

    def member_list(self, t: Title) -> bool:
        """'the permanent members of the Security Council – Britain, China, France and Russia':
        the bodies or countries listed after a dash or colon are part_of the body."""
        if t.words not in (("member",), ("members",)) or t.obj is None or t.obj.type != "organization":
            return False
        j = t.end
        if self.w(j) not in ("-", "–", "—", ":"):
            return False
        j += 1
        units: list[Ref] = []
        while j < self.hi:
            r = self.idx.ref_starting(j)
            if r is not None and r.type in ("country", "organization") and not r.demonym:
                units.append(r)
                j = r.end
            elif self.w(j) in (",", "and") or self.w(j) in DETERMINERS:
                j += 1
            else:
                break
        if len(units) < 2:
            return False
        for unit in units:
            self.found.add(unit, "part_of", t.obj, t.start, unit.end, confidence=0.7)
        return True

    def successor(self, holder: Ref) -> Ref | None:
        """Who took a title over from its holder: the subject of 'replaced/succeeded <holder>', the agent of
        '<holder> was replaced by Y'."""
        tok = self.doc[holder.start:holder.end].root
        verb = tok.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.succession_verbs or not self.stated(verb):
            return None
        if tok.dep_ == "dobj":
            cands = [c for c in verb.children if c.dep_ == "nsubj"]
        elif tok.dep_ == "nsubjpass":
            cands = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        else:
            return None
        r = self.idx.ref(cands[0].i) if cands else None
        return r if r is not None and r.type == "person" and r.actor != holder.actor else None

    def country_after_holder(self, t: Title, holder: Ref) -> None:
        """'Prime Minister X of Pakistan', 'Minister of Foreign Affairs X of Algeria': a title naming no country
        or body is held in the country named right after its holder."""
        k = holder.end
        if self.w(k) != "of" or t.country is not None or t.premodifier is not None \
                or (t.obj is not None and t.obj.type != "place") or body_title(self, t):
            return
        r = self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the"))
        if r is not None and r.type == "country" and not r.demonym:
            t.country = r

    def bind(self, chain: list[Title], holder: Ref | None) -> None:
        for t in chain:
            self.emit_title(t, holder)

