"""Title phrases → leads / member_of ("the Commander of the Qods Force, Esmail Qa'ani",
"Iranian Foreign Minister Zarif", "X, a member of Y")."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...resolve.names import normalise_name
from .index import Ref
from .lexicon import DETERMINERS, POSSESSIVE
from .sentence import Sentence


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
    nested: list = field(default_factory=list)   # titles inside the object ("adviser of the Supreme Leader of Iran")



class TitleReading(Sentence):
    def read_titles(self) -> None:
        i = self.lo
        chain: list[Title] = []
        while i < self.hi:
            n = self.match(i, self.lex.titles)
            if not n or self.is_name_part(i):
                i += 1
                continue
            title = self.parse_title(i, n)
            if chain and not self.joins(chain[-1].end, title.start):
                self.bind(chain, None)
                chain = []
            chain.append(title)
            end = self.skip_parenthetical(self.close_open_paren(title.start, title.end))
            holder = None
            if self.w(end) == "," and self.person_at(end + 1):
                holder = self.person_at(end + 1)
            elif self.person_at(end):
                holder = self.person_at(end)
            if holder is None and self.w(end) in ("and", ",") and self.next_title_follows(end):
                i = title.end
                continue
            if holder is None:
                holder = self.holder_before(chain[0].start)
            if holder is None and len(chain) == 1 and self.member_unit(chain[0]):
                chain = []
                i = title.end
                continue
            self.bind(chain, holder)
            chain = []
            i = max(title.end, holder.end if holder and holder.start >= title.end else title.end)
        if chain:
            self.bind(chain, None)

    def is_name_part(self, i: int) -> bool:
        """A title word inside an actor's name ("Supreme National Security Council") is no title."""
        r = self.idx.ref(i)
        if not r or r.type == "person" or r.demonym:
            return False
        # a bare title taken for an actor ("Supreme Leader") is still a title
        words = [self.w(j) for j in range(r.start, r.end)]
        bare = [w for w in words if w not in self.lex.rank_words and w not in self.lex.time_words]
        return tuple(bare) not in self.lex.titles

    def joins(self, prev_end: int, start: int) -> bool:
        between = [self.w(j) for j in range(prev_end, start)]
        return all(x in ("and", ",", "(", ")") for x in between) and "and" in between

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

    def parse_title(self, i: int, n: int) -> Title:
        lex = self.lex
        words = tuple(self.w(j) for j in range(i, i + n))
        t = Title(start=i, end=i + n, title_start=i, title_end=i + n, words=words)
        # left: rank, premodifier actor, demonym, time, determiner
        j = i - 1
        while j >= self.lo:
            wj = self.w(j)
            r = self.idx.ref(j)
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
            if wj in DETERMINERS:
                j -= 1
                break
            break
        t.start = j + 1
        # right: "of/to/for/at/in" + object
        k = t.end
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
                    k = r.end
        preps = ("of", "for") if words in lex.leads or words in lex.envoys else ("of", "for", "to")
        if self.w(k) in preps:
            obj, k2 = self.parse_object(k + 1, t)
            if obj is not None:
                if obj.demonym or obj.type == "country":
                    if t.obj is None and (t.country is None or not obj.demonym):
                        t.obj = obj
                else:
                    t.obj = obj
                k = k2
            elif k2 > k + 1:
                k = k2
        if t.obj is None and t.start == t.title_start and self.w(t.start - 1) == "," and self.w(k) == ",":
            r = self.idx.ref_starting(k + 1)         # "Gary Volesky, commander, Combined Joint Forces Command"
            if r and r.type == "organization" and not r.demonym:
                t.obj, k = r, r.end
        t.end = k
        return t

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
            if r and self.w(r.end) == "-" and (self.w(r.end + 1) in self.lex.allied_suffixes or r.demonym):
                j = r.end + 2                                  # "Iranian-backed", "Iranian-Iraqi"
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
            return p
        if self.w(j - 1) in ("is", "was", "as") and self.w(j - 2) in ("who",) and self.w(j - 3) == ",":
            return self.person_ending_before(j - 3)
        return None

    def member_unit(self, t: Title) -> bool:
        """'Turkey, a NATO member' / 'X, a member of the coalition': an organisation or country in a larger body."""
        start = t.start - (self.w(t.start - 1) in ("both", "all", "each"))
        if t.words not in (("member",), ("members",)) or self.w(start - 1) != ",":
            return False
        body = t.obj or t.premodifier
        units = [u for u in self.np_refs_before(start - 1) if u.type in ("organization", "country")]
        if t.words == ("members",) and not self.plural(units):
            return False                            # "backed by Iran, members of ...": Iran is not what "members" describes
        if not units or body is None or body.type != "organization":
            return False
        for unit in units:                          # "Russia and China, both members of the Council"
            self.found.add(unit, "part_of", body, unit.start, t.end, title=None, confidence=0.75)
        return True

    def bind(self, chain: list[Title], holder: Ref | None) -> None:
        for t in chain:
            self.emit_title(t, holder)

    def country_scope(self, t: Title) -> Ref | None:
        """The country a title is held in: written in the phrase, or carried from context."""
        country = t.country or (t.obj if t.obj and t.obj.type == "country" else None)
        if country is not None:
            return country
        group = self.group_country(t.start)
        if group is not None:                  # "senior Iraqi officials, including the Minister of ..."
            return group
        if self.last_scope and self.w(t.start - 1) == "and" and self.last_scope[0] in (t.start - 1, t.start - 2):
            return self.last_scope[1]          # "Iraqi President Barham Salih and Prime Minister X"
        recent = self.recent_heads.get(t.words)   # "former Iraqi Prime Minister ... the Prime Minister, X"
        if recent and self.n - recent[0] <= 2:
            return recent[1]
        return None

    def group_country(self, before: int) -> Ref | None:
        for j in range(before - 1, self.lo - 1, -1):
            if self.w(j) in self.lex.group_nouns:
                k = j - 1
                while k >= self.lo and self.w(k) in self.lex.rank_words | {"senior", "top", "high", "-", "ranking"}:
                    k -= 1
                r = self.idx.ref_ending(k)
                if r and (r.demonym or r.type == "country"):
                    return r
        return None

    def emit_title(self, t: Title, holder: Ref | None) -> None:
        lex = self.lex
        key = t.words
        scoped = key in lex.country_heads or key in lex.ministers or key in lex.envoys
        if holder is None:
            if scoped and (t.country or (t.obj and t.obj.type == "country")):
                self.recent_heads[key] = (self.n, t.country or t.obj)
            return
        pairs: list[tuple[Ref, str]] = []
        if key in lex.ministers:
            country = self.country_scope(t)
            ministry = self.find_ministry(t, country)
            if ministry:
                pairs.append((ministry, "leads"))
            elif country:
                pairs.append((country, "member_of"))
            elif t.obj:
                pairs.append((t.obj, "member_of"))
        elif key in lex.envoys:
            sender = t.country or t.premodifier or self.country_scope(t)
            if sender is not None:
                pairs.append((sender, "member_of"))
        elif key in lex.country_heads:
            target = t.obj or t.premodifier or self.country_scope(t)
            if target is not None:
                pairs.append((target, "member_of" if t.demoted else "leads"))
        elif key in lex.leads:
            if t.obj or t.premodifier:
                pairs.append((t.obj or t.premodifier, "leads"))
            elif t.country:                                   # "an Iranian commander": serves Iran
                pairs.append((t.country, "member_of"))
        else:
            target = t.obj or t.premodifier or t.country
            if target is not None:
                pairs.append((target, "member_of"))
            if t.country and target is not t.country:        # "the Iraqi Chief of Staff of the Armed Forces"
                pairs.append((t.country, "member_of"))
        if scoped:
            country = next((o for o, _ in pairs if o.type == "country"), None)
            if country is not None:
                self.recent_heads[key] = (self.n, country)
                self.last_scope = (max(t.end, holder.end), country)
        first, last = min(t.start, holder.start), max(t.end, holder.end)
        title_text = self.ctx.document.text[slice(*self.idx.original(t.title_start, t.title_end))]
        time = ", ".join(x for x in (t.time, self.since_date()) if x) or None
        for obj, predicate in pairs:
            if obj.type == "person":
                continue
            self.found.add(holder, predicate, obj, first, last, title=title_text, time=time,
                           confidence=0.9 if obj is t.obj else 0.75)
        self.mark_holder(t, holder)

    def since_date(self) -> str | None:
        """'Since assuming his position in January 2020, the commander ...' → 'since 2020-01'."""
        start, end = self.idx.original(self.lo, self.hi)
        text = self.ctx.document.text
        for d in self.ctx.dates:
            if d.start is not None and start <= d.start < end and "since" in text[max(start, d.start - 40):d.start].lower():
                return f"since {d.iso}"
        return None

    def mark_holder(self, t: Title, holder: Ref) -> None:
        for j in range(t.start, t.end):
            self.holder_of.setdefault(j, holder)

    def find_ministry(self, t: Title, country: Ref | None) -> Ref | None:
        """A named ministry actor for a minister's portfolio ("Minister of Foreign Affairs")."""
        rank_topics = {self.w(j) for j in range(t.title_start, t.title_end)} - {"minister", "deputy", "vice", "the", "of", "and"}
        topic = {w for w in (set(t.portfolio) | rank_topics) if len(w) > 2}
        if not topic:
            return None
        country_forms = set()
        if country is not None:
            a = next((a for a in self.ctx.actors if a.id == country.actor), None)
            if a:
                country_forms = {normalise_name(f) for f in a.surface_forms()}
            country_forms |= {d for d, c in self.lex.demonyms.items() if a and normalise_name(c) in country_forms}
        for a in self.ctx.actors:
            if a.type != "organization":
                continue
            for form in a.surface_forms():
                words = set(normalise_name(form).split())
                if "ministry" not in words:
                    continue
                if not (topic & words or ("foreign" in topic and "foreign" in words)):
                    continue
                demonyms_in = {w for w in words if w in self.lex.demonyms}
                if demonyms_in and country_forms and not demonyms_in & country_forms:
                    continue
                return Ref(a.id, a.type, t.title_start, t.title_end)
        return None

