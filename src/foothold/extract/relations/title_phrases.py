"""Title phrases parsed: "[det] [time] [country/org] [rank] TITLE [of OBJECT]" with the
actors it names around it ("the former Iranian Ambassador to Baghdad", "Minister of Energy")."""

from __future__ import annotations

from dataclasses import dataclass, field

from .index import Ref
from .lexicon import DETERMINERS, POSSESSIVE
from .sentence import Sentence
from .wire import heads_government, named_by_noun, posted_country


@dataclass
class Title:
    """A title phrase: [det] [time] [country/org] [rank] TITLE [of OBJECT]."""
    start: int
    end: int
    title_start: int
    title_end: int
    words: tuple
    time: str | None = None
    premodifier: Ref | None = None     # "Qods Force commander", "Najaf Governor", "Iran's ..."
    country: Ref | None = None         # demonym or possessive country ("Iranian Ambassador")
    obj: Ref | None = None             # "of the Qods Force"
    portfolio: tuple = ()              # "Minister of Energy" → ("energy",)
    demoted: bool = False
    within: bool = False               # "a commander in X": a member, not the head
    in_body: bool = False              # "Mozambique's defence ministry spokesman": serves the country's unnamed body
    nested: list = field(default_factory=list)   # titles inside the object ("adviser of the Supreme Leader of Iran")
    more: list = field(default_factory=list)     # further bodies coordinated with the object ("of A, B and C")




QUOTES = {"“", "”", '"', "‘", "’", "'"}


class TitlePhrases(Sentence):
    def country_just_named(self, j: int) -> Ref | None:
        """The one country named in this sentence before token j or in the sentence before it ("the
        country's leader"); none when two are, or when it was named earlier (a guess, not a reading)."""
        start = self.doc[self.lo - 1].sent.start if self.lo > 0 else self.lo
        named = {}
        for k in range(start, j):
            r = self.idx.ref_ending(k)
            if r is not None and r.type == "country":
                named[r.actor] = r
        return next(iter(named.values())) if len(named) == 1 else None

    def appointer(self, i: int) -> Ref | None:
        """'the Taliban named X as their leader': the organisation or country whose verb of appointing
        governs 'as <title>' at token i (its subject)."""
        prep = self.doc[i]
        for _ in range(3):                    # "as their (political) leader": up to the preposition
            prep = prep.head
            if prep.lower_ == "as":
                break
        verb = prep.head
        if prep.lower_ != "as" or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.predicative_verbs:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "acl":
            subject = verb.head               # "The Front named X as its leader" parsed as "the Front (that was) named"
        r = self.idx.ref(subject.i) if subject is not None else None
        return r if r is not None and r.type in ("organization", "country") and not r.demonym else None

    def portfolio_word(self, j: int, end: int) -> bool:
        """A lower-case noun or adjective compounded into the title ("national security adviser", "emergency
        relief coordinator"); not a group noun ("militia commander": the group's, not the state's)."""
        tok = self.doc[j]
        return (tok.text.islower() and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("compound", "amod")
                and j < tok.head.i < end and self.w(j) not in self.lex.group_nouns
                and self.w(j) not in self.lex.portfolio_stops and not self.idx.ref(j))

    def parse_title(self, i: int, n: int) -> Title:
        lex = self.lex
        words = tuple(self.w(j) for j in range(i, i + n))
        t = Title(start=i, end=i + n, title_start=i, title_end=i + n, words=words)
        # left: rank, premodifier actor, demonym, time, determiner
        j = i - 1
        while j >= self.lo:
            wj = self.w(j)
            r = self.idx.ref(j)
            if r and r.type != "person" and self.modifier_name(r):
                r = None                                       # "Caretaker", "Union Home": the title's own words
            if r and r.type != "person":
                if r.allied_modifier:                       # "pro-Iranian Prime Minister"
                    j = r.start - 1
                    continue
                if self.w(r.start - 1) == "-" and self.w(r.start - 2) in lex.allied_prefixes:
                    j = r.start - 3
                    continue
                # a country ("Iranian", "Iran's") scopes the title; another actor is its premodifier
                if r.demonym or r.type == "country":
                    t.country = t.country or r
                else:
                    t.premodifier = t.premodifier or r
                j = r.start - 1
                continue
            if wj in POSSESSIVE and self.idx.ref_ending(j - 1):
                j -= 1
                continue
            if wj in lex.rank_words:
                if wj in lex.demoting_ranks:
                    t.demoted = True
                t.title_start = j
                j -= 1
                continue
            if wj in lex.allied_suffixes and self.w(j - 1) == "-" and self.idx.ref(j - 2):
                j = self.idx.ref(j - 2).start - 1             # "Iranian-backed": an alignment, not the country
                continue
            if wj in lex.time_words:
                t.time = t.time or lex.time_words[wj]
                j -= 1
                continue
            if wj == "-" and self.w(j - 1) in lex.time_words:   # "ex-commander"
                j -= 1
                continue
            if (wj in QUOTES and self.w(i + n) in QUOTES) or wj in lex.title_qualifiers or (wj == "-" and self.w(j - 1) in lex.title_qualifiers):
                j -= 1                                         # 'the self-proclaimed "caliph" of ISIS'
                continue
            if self.w(j - 1) == "-" and self.w(j - 2) + wj in lex.title_qualifiers | lex.rank_words:
                j -= 3                                         # "the long-time commander": "longtime" hyphenated
                continue
            if wj in ("its", "their") and t.premodifier is None and t.country is None:
                owner = self.pronoun_owner(j) or self.appointer(i)   # "Hezbollah said its commander, Fuad Shukr"
                if owner is None and j == self.lo and self.idx.topic is not None:
                    owner = self.idx.topic                # "Its spokesman, X, ...": the organisation the last sentence was about
                if owner is not None:
                    if owner.type == "country":
                        t.country = owner
                    else:
                        t.premodifier = owner
                j -= 1
                break
            if wj == "whose" and t.premodifier is None and t.country is None:
                owner = self.idx.ref_ending(j - 2 if self.w(j - 1) == "," else j - 1)
                if owner is not None and owner.type in ("organization", "country") and not owner.demonym \
                        and not (owner.type == "country" and self.doc[owner.start - 1].pos_ == "ADP"):
                    # (a country after a preposition may end a longer name: "the Islamic Movement in Nigeria")
                    if owner.type == "country":      # "X, whose leader Y ...": the title is held in X
                        t.country = owner
                    else:
                        t.premodifier = owner
                    j -= 1
                break
            if wj in POSSESSIVE and self.w(j - 1) == "country" and self.w(j - 2) == "the" and t.country is None:
                owner = self.country_just_named(j - 2)
                if owner is not None:                     # "Aung San Suu Kyi, the country's elected leader"
                    t.country = owner
                    j -= 3
                    break
            if wj in POSSESSIVE and self.w(j - 1) in lex.anaphor_nouns and self.w(j - 2) == "the" \
                    and not self.idx.ref(j - 1) and t.premodifier is None:
                subject = self.subject_organization()     # "X seized the ship, and the movement's leader ..."
                owner = subject if subject is not None and subject.end <= j - 2 else (
                    named_by_noun(self, self.doc[j - 1]) or self.idx.topic)
                if owner is not None:
                    t.premodifier = owner                 # "the group's leader": the organisation last named
                    j -= 3
                    break
            if t.country is None and t.premodifier is None and not t.in_body:
                owner_end = self.unnamed_body_before(j)
                if owner_end is not None:                 # "Georgia's defence ministry spokesman"
                    t.in_body = True
                    j = owner_end
                    continue
            if wj in DETERMINERS:
                j -= 1
                break
            if self.portfolio_word(j, i + n):                 # "U.S. national security adviser X", "EU foreign
                t.title_start = j                             # policy chief X": the office's field, part of it
                j -= 1
                continue
            break
        t.start = j + 1
        if t.start == self.lo and t.country is None and self.lo > 0:
            # "U.S. | President Donald Trump": the parser ended a sentence at the abbreviation's dot
            before = self.idx.ref_ending(self.lo - 1)
            if before is not None and before.demonym and self.doc[self.lo - 1].text.endswith("."):
                t.country = before
        # right: "of/to/for/at/in" + object
        k = t.end
        if self.w(k) in QUOTES and self.w(k + 1) in ("of", "for"):
            k += 1
        if words in lex.ministers or any(words[-len(m):] == m for m in lex.ministers):
            if self.w(k) == "of" and not self.idx.ref(k + 1) and self.w(k + 1) not in DETERMINERS:
                p = k + 1
                while p < self.hi and (self.doc[p].is_title or self.w(p) in ("and", "&")) and not self.idx.ref(p):
                    p += 1
                t.portfolio = tuple(self.w(x) for x in range(k + 1, p) if self.w(x) not in ("and", "&"))
                t.title_end = k = p
        if words in lex.envoys or words in lex.ministers:
            # the posting or portfolio: "Ambassador to Baghdad", "Minister for the Middle East"
            if self.w(k) in ("to", "in", "at", "for") and self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the")):
                r = self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the"))
                if not (words in lex.ministers and self.w(k) != "for"):
                    portfolio = self.w(k) == "for"
                    k = r.end
                    while portfolio and k < self.hi and self.doc[k].is_title and not self.idx.ref(k):
                        k += 1                        # "Minister of State for Gulf Affairs": the portfolio's rest
        preps = ("of", "for") if words in lex.leads or words in lex.envoys else ("of", "for", "to", "at")
        if self.w(k) in preps:
            obj, k2 = self.parse_object(k + 1, t)
            if obj is not None:
                if obj.demonym or obj.type == "country":
                    if t.obj is None and (t.country is None or not obj.demonym):
                        t.obj = obj
                else:
                    t.obj = obj
                    t.more, k2 = self.coordinated_bodies(k2)   # "commander of A, B and C"
                k = k2
            elif k2 > k + 1:
                k = k2
        elif self.w(k) in ("in", "with") and words in lex.leads | lex.members and t.obj is None \
                and t.premodifier is None:
            r = self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the"))
            if r is not None and r.type == "organization" and not r.demonym and self.w(r.end) not in POSSESSIVE:
                t.obj, t.within, k = r, True, r.end   # "a commander in X", "an officer with X": one of its own
        k = self.after_portfolio(k)           # "Under Secretary ... for Terrorism and Financial Intelligence X"
        if t.obj is None and t.country is not None and self.w(k) in ("in", "on", "at", "near", "inside"):
            k = self.posting_before_holder(k)     # "the Ethiopian commander in the region, Gen. X"
        if t.obj is None and t.start == t.title_start and self.w(t.start - 1) == "," and self.w(k) == ",":
            r = self.idx.ref_starting(k + 1)         # "Gary Volesky, commander, Combined Joint Forces Command"
            if r and r.type == "organization" and not r.demonym:
                t.obj, k = r, r.end
        t.end = k
        if posted_country(self, t, words):
            t.obj = None                      # "Special Representative ... for Somalia, X": a posting
        return t

    def modifier_name(self, r: Ref) -> bool:
        """A name the NER made of a title's own modifiers ("Caretaker Prime Minister X", "Union Home Minister X"):
        every word a time, rank or qualifier word of roles.yaml."""
        words = self.lex.rank_words | self.lex.title_qualifiers | set(self.lex.time_words)
        return r.type == "organization" and all(self.w(k) in words for k in range(r.start, r.end))

    def posting_before_holder(self, k: int) -> int:
        """A short locative phrase naming no body between a demonym's title and the comma before its holder
        ("the Argentine commander on the islands, X"): the title ends at that comma; else at ``k``."""
        for p in range(k + 1, min(self.hi, k + 7)):
            if self.w(p) == ",":
                return p if p > k + 1 and self.person_at(p + 1) else k
            r = self.idx.ref(p)
            if r is not None and r.type in ("organization", "person"):
                return k
        return k

    def unnamed_body_before(self, j: int) -> int | None:
        """A lower-case state body ending at token j, with up to two lower-case modifiers, right after a
        country ("Mozambique's defence ministry", "Haitian police"): the index of the country's last token
        (or its possessive), else None. Such a body is no actor, so a title it qualifies is held in the country."""
        k = j
        while k >= self.lo and j - k < 2 and self.doc[k].is_lower and not self.idx.ref(k) \
                and (self.w(k),) in self.lex.state_bodies:
            k -= 1
        if k == j:
            return None
        for _ in range(2):                     # "defence", "interior", "foreign": the body's portfolio
            if k >= self.lo and self.doc[k].is_lower and not self.idx.ref(k) and self.doc[k].pos_ in ("ADJ", "NOUN", "PROPN") \
                    and self.w(k) not in DETERMINERS:
                k -= 1
        owner_end = k - 1 if self.w(k) in POSSESSIVE else k
        r = self.idx.ref_ending(owner_end)
        if r is None or not (r.demonym or r.type == "country"):
            return None
        return k

    def after_portfolio(self, k: int) -> int:
        """A capitalised portfolio after 'for' that runs straight into the holder's name ("for Terrorism and
        Financial Intelligence Brian Nelson"): the index of the name, else k."""
        if self.w(k) != "for":
            return k
        j = k + 1
        while j < self.hi and j - k < 10:
            r = self.idx.ref_starting(j)
            if r is not None and r.type == "person":
                return j if j > k + 1 else k
            tok = self.doc[j]
            if not (tok.is_title or self.w(j) in ("and", "&")) or (r is not None and r.type != "organization"):
                return k
            j = r.end if r is not None else j + 1
        return k

    def coordinated_bodies(self, j: int) -> tuple[list, int]:
        """Organisations listed after a title's object (", U.S. Fifth Fleet and Combined Maritime Forces");
        a list needs its 'and'."""
        out, start, end, joined = [], j, j, False
        while self.w(j) in (",", "and") and len(out) < 6:
            joined = joined or self.w(j) == "and"
            k = j + 1
            if self.w(k) == "and":
                joined, k = True, k + 1
            while self.w(k) in DETERMINERS:
                k += 1
            r = self.idx.ref_starting(k)
            if r is not None and r.demonym and r.type == "country":
                r = self.idx.ref_starting(r.end)         # "U.S. Fifth Fleet"
            if r is None or r.type != "organization" or r.demonym:
                break
            out.append(r)
            j = end = r.end
        return (out, end) if joined and out else ([], start)

    def parse_object(self, i: int, title: Title) -> tuple[Ref | None, int]:
        """The actor an 'of' phrase names; walks generic words, possessives and nested titles."""
        j = i
        steps = 0
        while j < self.hi and steps < 10:
            steps += 1
            wj = self.w(j)
            if wj in DETERMINERS:
                j += 1
                continue
            if wj in self.lex.allied_prefixes and self.w(j + 1) == "-":
                r = self.idx.ref_starting(j + 2)              # "of the pro-Iran militias": an alignment
                j = r.end if r else j + 2
                continue
            r = self.idx.ref_starting(j)
            if r and r.allied_modifier:
                j = r.end
                continue
            if r and self.w(r.end) == "-" and (self.w(r.end + 1) in self.lex.allied_suffixes or r.demonym
                                               or self.w(r.end + 1) in ("based", "headquartered")):
                j = r.end + 2                                  # "Iranian-backed", "Iranian-Iraqi", "Iran-based"
                continue
            if r and r.demonym and j > i and self.doc[j - 1].is_title and not self.idx.ref(j - 1) \
                    and self.w(j - 1) not in DETERMINERS and r.end < self.hi \
                    and (self.doc[r.end].is_title or self.w(r.end) == "-"):
                return None, j                                 # "the Joint Iranian-Iraqi Chamber": inside an unknown name
            if r and r.type != "person" and not r.demonym:
                # possessive chain: "the IRGC's Qods Force"
                while self.w(r.end) in POSSESSIVE and self.idx.ref_starting(r.end + 1):
                    r = self.idx.ref_starting(r.end + 1)
                end = r.end
                if r.type == "country" and self.w(end) in POSSESSIVE and end + 1 < self.hi \
                        and self.doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ") and not self.idx.ref(end + 1) \
                        and not heads_government(self, end + 1):
                    title.within = True                        # "chief of Russia's General Staff": the head of a
                    # country's body that is no actor serves the country (a group's "political bureau" head leads it)
                if end < self.hi and self.doc[end].is_title and self.doc[end].pos_ in ("PROPN", "NOUN") \
                        and not self.idx.ref(end) and r.type == "organization":
                    title.within = True                        # "commander of the IRGC Navy": a unit the
                                                               # text names no further; its head is a member
                while end < self.hi and self.doc[end].pos_ == "NOUN" and not self.idx.ref(end):
                    end += 1                                   # "the Kataeb Hezbollah militia"
                while self.w(end) == "of":                     # "Committee of the Iraqi Parliament": the
                    nxt = self.idx.ref_starting(end + 1 + (self.w(end + 1) == "the"))   # unit is the object,
                    if not nxt or nxt.type == "person":                                 # read_part_of links
                        break                                                           # the two
                    end = nxt.end
                return r, end
            if r and r.demonym:
                # "the Iranian Central Bank" when the demonym is separate: keep looking in the NP
                nxt = self.idx.ref_starting(r.end)
                if nxt and not nxt.demonym and nxt.type != "person":
                    j = r.end
                    continue
                title.country = title.country or r
                j = r.end
                continue
            if r and r.type == "person":
                return None, i
            n = self.match(j, self.lex.titles)
            if n:                                              # nested title: "adviser of the Supreme Leader of Iran"
                nested = self.parse_title(j, n)
                title.nested.append(nested)
                target = nested.obj or nested.country or nested.premodifier
                return target, nested.end
            if self.w(j) == "," and self.idx.ref_starting(j + 1) and j > i:
                r2 = self.idx.ref_starting(j + 1)             # "of the Shia Iraqi militia, Kataeb Hezbollah"
                if r2.type != "person" and not r2.demonym:
                    return r2, r2.end
                return None, j
            tok = self.doc[j]
            if j == i + 1 and self.w(i) == "the" and tok.pos_ == "NOUN" and self.np_ends_at(j + 1):
                named = self.recent_named(wj, i)      # "the incoming commander of the force" → Qods Force
                if named is not None:
                    return named, j + 1
            if tok.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or wj in ("-", "of", "and") or wj in POSSESSIVE:
                j += 1
                continue
            break
        return None, j if j > i else i

    def recent_named(self, noun: str, before: int, window: int = 400) -> Ref | None:
        """The latest organisation named '... <noun>' before a definite 'the <noun>'."""
        j = before - 1
        while j >= max(0, before - window):
            r = self.idx.ref(j)
            if r and r.type == "organization" and not r.demonym and r.end - r.start > 1 \
                    and self.doc[r.end - 1].lower_ in (noun, noun + "s"):
                return r
            j = (r.start if r else j) - 1
        return None

