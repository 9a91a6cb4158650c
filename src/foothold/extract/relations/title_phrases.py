"""Title phrases parsed: "[det] [time] [country/org] [rank] TITLE [of OBJECT]" with the
actors it names around it ("the former Iranian Ambassador to Baghdad", "Minister of Energy").
The words before the title are read in `title_modifiers`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .index import Ref
from .anaphor_owner import definite_group_owner, owning_group_noun
from .clause_subject import opens_clause
from .lexicon import DETERMINERS, POSSESSIVE
from .place_units import place_unit_owner
from .title_modifiers import QUOTES, TitleModifiers
from .capital_owned_titles import scope_by_capital
from .wire import heads_government, posted_country
from .portfolio_actors import portfolio_actor
from .short_body_names import short_named_body, short_named_state
from .stance_objects import stance_before_name
from ..dictionary import load_lexicon


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


class TitlePhrases(TitleModifiers):
    def parse_title(self, i: int, n: int) -> Title:
        """The title phrase of the n title words at token i: the modifiers before it (`read_modifiers`), then its
        portfolio, posting and object after it."""
        words = tuple(self.w(j) for j in range(i, i + n))
        t = Title(start=i, end=i + n, title_start=i, title_end=i + n, words=words)
        t.start = self.read_modifiers(t, i)
        scope_by_capital(self, t)             # "Dhaka's foreign minister": the capital's state (capital_owned_titles.py)
        self.country_before_split_abbreviation(t)
        t.end = self.read_complements(t)
        if posted_country(self, t, words):
            t.obj = None                      # "Special Representative ... for Somalia, X": a posting
        return t

    def read_complements(self, t: Title) -> int:
        """Walks right from the title words over "of/to/for/at/in" + object, portfolio and posting, filling t's
        portfolio, title end, object and flags; returns the end of the title phrase."""
        k = self.past_closing_quote(t.end)
        k = self.minister_portfolio(t, k)
        k = self.posting_or_portfolio(t, k)
        k = self.title_object(t, k)
        if t.obj is not None and t.words in self.lex.envoys and self.w(k) in ("to", "in", "at"):
            k = self.posting_or_portfolio(t, k)   # "the Ambassador of Somalia to Ethiopia, X": the posting after
        k = self.after_portfolio(k)           # "Under Secretary ... for Terrorism and Financial Intelligence X"
        if t.obj is None and t.country is not None and self.w(k) in ("in", "on", "at", "near", "inside"):
            k = self.posting_before_holder(k)     # "the Ethiopian commander in the region, Gen. X"
        return self.body_apposed_after_commas(t, k)

    def past_closing_quote(self, k: int) -> int:
        """A closing quote before the title's "of"/"for" ('the self-proclaimed "caliph" of ISIS') is skipped."""
        if self.w(k) in QUOTES and self.w(k + 1) in ("of", "for"):
            k += 1
        return k

    def minister_portfolio(self, t: Title, k: int) -> int:
        """A minister's capitalised portfolio after "of" ("Minister of Energy"): kept as t.portfolio, inside the
        title; returns the token after it (else k)."""
        ministers = self.lex.ministers
        if not (t.words in ministers or any(t.words[-len(m):] == m for m in ministers)):
            return k
        named = self.w(k) == "of" and portfolio_actor(self, k + 1)     # "Minister of Energy" with "Energy" an actor
        if self.w(k) == "of" and (named or not self.idx.ref(k + 1)) and self.w(k + 1) not in DETERMINERS:
            p = k + 1 + named
            while p < self.hi and (self.doc[p].is_title or self.w(p) in ("and", "&")) and not self.idx.ref(p):
                p += 1
            t.portfolio = tuple(self.w(x) for x in range(k + 1, p) if self.w(x) not in ("and", "&"))
            t.title_end = k = p
        return k

    def posting_or_portfolio(self, t: Title, k: int) -> int:
        """An envoy's posting or a minister's portfolio naming an actor: "Ambassador to Baghdad", "Minister for the
        Middle East" ("Minister of State for Gulf Affairs": the portfolio's rest); returns the token after it."""
        words = t.words
        if not (words in self.lex.envoys or words in self.lex.ministers):
            return k
        if self.w(k) in ("to", "in", "at", "for") and self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the")):
            r = self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the"))
            if not (words in self.lex.ministers and self.w(k) != "for"):
                portfolio = self.w(k) == "for"
                k = r.end
                while portfolio and k < self.hi and not self.idx.ref(k) and (self.doc[k].is_title or (
                        self.w(k) in ("and", "&") and k + 1 < self.hi and self.doc[k + 1].is_title)):
                    region = self.idx.ref_starting(k + 1) if self.w(k) in ("and", "&") else None
                    k = region.end if region is not None and region.type == "place" else k + 1
                    # "Minister for Europe and Foreign Affairs", "for the Middle East and North Africa"
        return k

    def title_object(self, t: Title, k: int) -> int:
        """The body the title is held in: "of/for" (and, unless the title leads or is an envoy, "to/at") + object,
        or a member's "in/with" + organisation; returns the token after it."""
        lex = self.lex
        preps = ("of", "for") if t.words in lex.leads or t.words in lex.envoys else ("of", "for", "to", "at")
        if self.w(k) in preps:
            return self.prepositional_object(t, k)
        if self.w(k) in ("in", "with") and t.words in lex.leads | lex.members and t.obj is None \
                and t.premodifier is None:
            return self.organization_within(t, k)
        return k

    def prepositional_object(self, t: Title, k: int) -> int:
        """The object after the preposition at k: a country object is kept when none is yet (a demonym only when
        the title has no country); a body is the object, with the bodies coordinated with it ("commander of A, B
        and C")."""
        obj, k2 = self.parse_object(k + 1, t)
        if obj is not None:
            if obj.demonym or obj.type == "country":
                if t.obj is None and (t.country is None or not obj.demonym):
                    t.obj = obj
            else:
                t.obj = obj
                t.more, k2 = self.coordinated_bodies(k2)
            return k2
        return k2 if k2 > k + 1 else k

    def organization_within(self, t: Title, k: int) -> int:
        """ "a commander in X", "an officer with X": one of the organisation's own, not its head."""
        r = self.idx.ref_starting(k + 1 + (self.w(k + 1) == "the"))
        if r is not None and r.type == "organization" and not r.demonym and self.w(r.end) not in POSSESSIVE:
            t.obj, t.within, k = r, True, r.end
        return k

    def body_apposed_after_commas(self, t: Title, k: int) -> int:
        """ "Gary Volesky, commander, Combined Joint Forces Command": a bare title between commas is held in the
        organisation after them."""
        if t.obj is None and t.start == t.title_start and self.w(t.start - 1) == "," and self.w(k) == ",":
            r = self.idx.ref_starting(k + 1)
            if r and r.type == "organization" and not r.demonym:
                t.obj, k = r, r.end
        return k

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
            if r is None or r.type != "organization" or r.demonym or opens_clause(self, r):
                break                                    # ", and Kataib Hezbollah vowed ...": a clause of its own
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
            if r is None and (styled := short_named_state(self, j - 1, j)) is not None:
                return styled                                  # "of the Islamic Republic, X" (short_body_names.py)
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
            if r and (owner := place_unit_owner(self, r)) is not None:
                title.within = True                            # "head of the Lagos office of Reuters": a unit of
                return owner, owner.end                        # the body, located by the place (place_units.py)
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
                    end = self.past_unnamed_body(end + 1)     # "chief of staff of Iran's armed forces, X": the
                    # holder's comma comes after the body's words
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
                return person_owned_body(self, r) or (None, i)
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
            if owning_group_noun(self, j) and (owner := definite_group_owner(self, j)) is not None:
                return owner, self.past_unnamed_body(j + 2)    # "head of the movement's political office": read
                                                               # as "of Hamas's political bureau" (anaphor_owner.py)
            tok = self.doc[j]
            if j == i + 1 and self.w(i) == "the" and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_title
                                                       and self.lex_head_word(tok.text)) and self.np_ends_at(j + 1):
                # "the head of the Organization, X": the capitalised head word stands for the body too (relties10)
                named = self.recent_named(wj, i)      # "the incoming commander of the force" → Qods Force
                if named is not None:
                    return named, j + 1
            if (named := short_named_body(self, i, j)) is not None:
                return named, j + 1                   # "Under Secretary of the Treasury X" (short_body_names.py)
            if tok.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or wj in ("-", "of", "and") or wj in POSSESSIVE \
                    or stance_before_name(self, j):      # "the chairman of the ruling X party" (relties10)
                j += 1
                continue
            if tok.is_lower and (self.w(j + 1) == "-" and tok.pos_ == "ADV"
                                 or j > i and self.w(j - 1) == "-" and tok.tag_ in ("VBN", "VBG", "VBD")):
                j += 1                                         # "of the self-declared X", "the so-called X"
                continue                                       # (relties8)
            break
        return None, j if j > i else i

    def lex_head_word(self, word: str) -> bool:
        """A body's capitalised head word (actors lexicon `head_words` organization: Organization, Agency ...)."""
        return load_lexicon().head_words.get(word) == "organization"

    def past_unnamed_body(self, j: int) -> int:
        """The token after the words of a body no actor names, starting at j ("armed forces", "General Staff")."""
        while j < self.hi and self.doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and not self.idx.ref(j):
            j += 1
        return j

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


def person_owned_body(reader, person) -> tuple | None:
    """(body, end) for "<title> of X's (own) Party": the title's body is the party a person owns, not the person
    ("the leader of Yoon's own party" leads the party; relties2), else None."""
    if reader.w(person.end) not in POSSESSIVE:
        return None
    k = person.end + 1 + (reader.w(person.end + 1) == "own")
    body = reader.idx.ref_starting(k)
    if body is None or body.type != "organization" or body.demonym:
        return None
    return body, body.end
