"""Relations between actors: leads / member_of / part_of / allied_with / opposes.

Works sentence by sentence on the spaCy Doc (clean text) with the actor
mentions found upstream. Mentions are mapped onto tokens ("references"), and
a few linguistic mechanisms read relations off them:

- title phrases ("the Commander of the IRGC's Qods Force, Qasem Soleimani",
  "Iranian Foreign Minister Zarif", "Zarif, the Iranian Minister of ...")
  give leads / member_of between the title holder and the organisation,
  place or country the title names;
- possessives and "of" between organisations ("the IRGC's Qods Force",
  "the Committee of the Iraqi Parliament") and state bodies named with a
  demonym ("the Iraqi Army") give part_of;
- alignment words ("pro-Iranian X", "X, affiliated with Y", "campaign
  against Y") give allied_with / opposes.

The vocabulary (titles, cue phrases, demonyms) lives in data/roles.yaml.
Every relation keeps the exact original evidence span and this component's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import DataFileError
from ..model import Relation
from ..resolve.names import normalise_name

ROLES_PATH = Path(__file__).resolve().parents[1] / "data" / "roles.yaml"

POSSESSIVE = {"'s", "’s", "'", "’"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
AVOIDING = {"avoid", "avert", "prevent", "refrain", "deny", "stop"}   # "avoiding a confrontation with"


# --------------------------------------------------------------------------- lexicon

def _phrase(text: str) -> tuple[str, ...]:
    """A lexicon phrase as spaCy tokenises it: words, hyphens as their own token."""
    return tuple(t for t in re.split(r"\s+|(-)", text.lower().strip()) if t)


@dataclass(frozen=True)
class RoleLexicon:
    leads: frozenset
    members: frozenset
    country_heads: frozenset
    ministers: frozenset
    envoys: frozenset
    time_words: dict
    rank_words: frozenset
    demoting_ranks: frozenset
    state_bodies: frozenset
    part_of_cues: frozenset
    allied_prefixes: frozenset
    allied_suffixes: frozenset
    allied_cues: frozenset
    opposes_cues: frozenset
    led_by_cues: frozenset
    demonyms: dict
    country_proxies: frozenset
    group_nouns: frozenset
    honorifics: frozenset
    unit_words: frozenset
    max_len: int

    @property
    def titles(self) -> frozenset:
        return self.leads | self.members


def _strings(data: dict, *keys: str) -> list[str]:
    node = data
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            raise DataFileError(f"roles file has no '{'.'.join(keys)}'", path=str(ROLES_PATH),
                                fix="Restore the section (see the comments in roles.yaml).")
        node = node[k]
    if isinstance(node, dict):
        node = list(node)
    if not isinstance(node, list) or not all(isinstance(x, str) and x.strip() for x in node):
        raise DataFileError(f"roles file section '{'.'.join(keys)}' must be a list of words",
                            path=str(ROLES_PATH), fix="Write one non-empty string per line.")
    return node


@lru_cache(maxsize=4)
def load_roles(path: str | None = None) -> RoleLexicon:
    """Load and validate data/roles.yaml (cached)."""
    p = Path(path) if path else ROLES_PATH
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read roles file: {exc}", path=str(p),
                            fix="roles.yaml must be valid YAML.") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataFileError("roles file must be a mapping with version: 1", path=str(p))

    def phrases(*keys):
        return frozenset(_phrase(s) for s in _strings(data, *keys))

    time_words = data["title_modifiers"].get("time") if isinstance(data.get("title_modifiers"), dict) else None
    demonyms = data.get("demonyms")
    if not isinstance(time_words, dict) or not isinstance(demonyms, dict):
        raise DataFileError("roles file needs title_modifiers.time and demonyms as mappings", path=str(p))
    lex = RoleLexicon(
        leads=phrases("titles", "leads"), members=phrases("titles", "member_of"),
        country_heads=phrases("titles", "country_heads"), ministers=phrases("titles", "ministers"),
        envoys=phrases("titles", "envoys"),
        time_words={k.lower(): str(v) for k, v in time_words.items()},
        rank_words=frozenset(s.lower() for s in _strings(data, "title_modifiers", "rank")),
        demoting_ranks=frozenset(s.lower() for s in _strings(data, "title_modifiers", "ranks_that_demote")),
        state_bodies=phrases("state_bodies"), part_of_cues=phrases("part_of_cues"),
        allied_prefixes=frozenset(s.lower() for s in _strings(data, "allied_prefixes")),
        allied_suffixes=frozenset(s.lower() for s in _strings(data, "allied_suffixes")),
        allied_cues=phrases("allied_cues"), opposes_cues=phrases("opposes_cues"),
        led_by_cues=phrases("led_by_cues"),
        demonyms={str(k).lower(): str(v) for k, v in demonyms.items()},
        country_proxies=frozenset(s.lower() for s in _strings(data, "country_proxies")),
        group_nouns=frozenset(s.lower() for s in _strings(data, "group_nouns")),
        honorifics=frozenset(s.lower() for s in _strings(data, "honorifics")),
        unit_words=frozenset(s.lower() for s in _strings(data, "unit_words")),
        max_len=0,
    )
    longest = max(len(x) for group in (lex.leads, lex.members, lex.part_of_cues, lex.allied_cues,
                                       lex.opposes_cues, lex.led_by_cues, lex.state_bodies) for x in group)
    object.__setattr__(lex, "max_len", longest)
    return lex


_FIRST_WORD_INDEX: dict[frozenset, dict[str, tuple[int, ...]]] = {}


def _lengths_by_first_word(phrases: frozenset) -> dict[str, tuple[int, ...]]:
    """Phrase lengths by first word, longest first (matching then tries only what can fit)."""
    index = _FIRST_WORD_INDEX.get(phrases)
    if index is None:
        by_first: dict[str, set[int]] = {}
        for p in phrases:
            by_first.setdefault(p[0], set()).add(len(p))
        index = _FIRST_WORD_INDEX[phrases] = {w: tuple(sorted(n, reverse=True)) for w, n in by_first.items()}
    return index


# --------------------------------------------------------------------------- references

@dataclass
class Ref:
    """An actor mention laid on tokens: doc[start:end]."""
    actor: str
    type: str
    start: int
    end: int
    demonym: bool = False      # a demonym/adjective standing for a country ("Iranian")
    allied_modifier: bool = False  # "pro-Iranian" as one mention


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


class TokenIndex:
    """Mentions and demonyms mapped onto the tokens of the clean-text Doc."""

    def __init__(self, ctx, lex: RoleLexicon):
        self.doc = ctx.doc
        self.ctx = ctx
        spans = [ctx.span(t.idx, t.idx + len(t.text)) for t in ctx.doc]
        self.tok_starts = [s for s, _ in spans]
        self.tok_ends = [e for _, e in spans]
        self.by_token: dict[int, Ref] = {}
        self.lower = [t.lower_ for t in ctx.doc]
        self.types = {a.id: a.type for a in ctx.actors}
        self.country_keys = countries = self._country_keys(ctx.actors)
        for m in sorted(ctx.mentions, key=lambda m: m.start - m.end):   # longest first
            if not m.actor:
                continue
            first, last = self.tokens_of(m.start, m.end)
            while first < last - 1 and ctx.doc[first].lower_ in DETERMINERS:
                first += 1                      # "the Iraqi Army": the article is no part of the name
            if self.types.get(m.actor, m.type) == "person":
                first = self._after_title(first, last, lex)
            self._lay(m.actor, self.types.get(m.actor, m.type), first, last, lex)
        self._lay_known_forms(ctx.actors, lex)
        for tok in ctx.doc:
            if tok.i in self.by_token:
                continue
            country = lex.demonyms.get(tok.lower_)
            actor = countries.get(normalise_name(country)) if country else None
            actor = actor or countries.get(normalise_name(tok.text))
            if actor and (tok.lower_ in lex.demonyms):
                self.by_token[tok.i] = Ref(actor, self.types.get(actor, "country"), tok.i, tok.i + 1, demonym=True)

    def _lay(self, actor: str, typ: str, first: int, last: int, lex: RoleLexicon) -> None:
        if first >= last or any(i in self.by_token for i in range(first, last)):
            return
        words = [t.lower_ for t in self.doc[first:last]]
        ref = Ref(actor, typ, first, last)
        if words and len(words) <= 3 and (words[-1] in lex.demonyms or
                                          (words[0] in lex.demonyms and typ in ("country", "place"))):
            ref.demonym = True                  # "Iranian", "pro-Iranian", "Iraqi militia" (a country as modifier)
            ref.allied_modifier = words[0] in lex.allied_prefixes
        for i in range(first, last):
            self.by_token[i] = ref

    def _after_title(self, first: int, last: int, lex: RoleLexicon) -> int:
        """A person mention that swallowed its title ("Iraqi Foreign Minister Fuad Hussein") starts after it."""
        titles = lex.titles
        cut = first
        for i in range(first, last - 1):
            for n in range(min(4, last - 1 - i), 0, -1):
                if tuple(t.lower_ for t in self.doc[i:i + n]) in titles:
                    cut = max(cut, i + n)
                    break
        while cut < last - 1 and (self.doc[cut].lower_ in lex.honorifics or self.doc[cut].is_punct):
            cut += 1
        return cut

    def _lay_known_forms(self, actors, lex: RoleLexicon) -> None:
        """Surface forms of known actors where no mention was laid (e.g. inside a trimmed title)."""
        forms: dict[tuple, tuple[str, str]] = {}
        for a in actors:
            for form in a.surface_forms():
                key = tuple(t.lower() for t in re.findall(r"\w+|[^\w\s]", form))
                if key and any(c.isupper() for c in form) and len(form) > 2:
                    forms.setdefault(key, (a.id, a.type))
        if not forms:
            return
        longest = max(len(k) for k in forms)
        i, n = 0, len(self.doc)
        while i < n:
            if i in self.by_token or not self.doc[i].text[:1].isupper():
                i += 1
                continue
            for size in range(min(longest, n - i), 0, -1):
                key = tuple(t.lower_ for t in self.doc[i:i + size])
                hit = forms.get(key)
                if hit and not any(j in self.by_token for j in range(i, i + size)):
                    self._lay(hit[0], hit[1], i, i + size, lex)
                    i += size - 1
                    break
            i += 1

    @staticmethod
    def _country_keys(actors) -> dict[str, str]:
        keys: dict[str, str] = {}
        for a in actors:
            if a.type in ("country", "place"):
                for form in a.surface_forms():
                    keys.setdefault(normalise_name(form), a.id)
        return keys

    def tokens_of(self, start: int, end: int) -> tuple[int, int]:
        """Token range [first, last) overlapping the original span [start, end)."""
        first = bisect_right(self.tok_ends, start)
        last = bisect_left(self.tok_starts, end)
        return first, last

    def ref(self, i: int) -> Ref | None:
        return self.by_token.get(i)

    def ref_starting(self, i: int) -> Ref | None:
        r = self.by_token.get(i)
        return r if r and r.start == i else None

    def ref_ending(self, i: int) -> Ref | None:
        """The reference whose last token is i."""
        r = self.by_token.get(i)
        return r if r and r.end == i + 1 else None

    def original(self, first: int, last: int) -> tuple[int, int]:
        return self.tok_starts[first], self.tok_ends[last - 1]


# --------------------------------------------------------------------------- extractor

class RelationExtractor:
    """leads / member_of / part_of / allied_with / opposes from appositions, titles, possessives."""
    name = "foothold.relations.v1"
    requires = ("doc", "actors", "mentions")
    provides = ("relations",)

    def __init__(self, roles_path: str | None = None):
        self.lex = load_roles(roles_path)

    def __call__(self, ctx) -> None:
        if not ctx.actors:
            return
        idx = TokenIndex(ctx, self.lex)
        found = _Found(ctx, idx, self.name)
        recent_heads: dict[tuple, tuple[int, Ref]] = {}
        for n, sent in enumerate(ctx.doc.sents):
            reader = _SentenceReader(sent, idx, self.lex, found, ctx, n, recent_heads)
            reader.read()
        ctx.relations.extend(found.relations())


class _Found:
    """Collects relations, one per (subject, predicate, object), first evidence kept."""

    def __init__(self, ctx, idx: TokenIndex, extractor: str):
        self.ctx, self.idx, self.extractor = ctx, idx, extractor
        self.by_key: dict[tuple, Relation] = {}

    def add(self, subject: Ref | str, predicate: str, obj: Ref | str, first: int, last: int,
            title: str | None = None, time: str | None = None, confidence: float = 0.8) -> None:
        s = subject.actor if isinstance(subject, Ref) else subject
        o = obj.actor if isinstance(obj, Ref) else obj
        if not s or not o or s == o:
            return
        key = (s, predicate, o)
        if key in self.by_key:
            return
        start, end = self.idx.original(first, last)
        self.by_key[key] = Relation(subject=s, predicate=predicate, object=o,
                                    evidence=self.ctx.document.text[start:end], start=start, end=end,
                                    extractor=self.extractor, title=title, time=time, confidence=confidence)

    def relations(self) -> list[Relation]:
        # leads is the stronger statement of the same tie: drop member_of beside it.
        out = []
        for (s, p, o), r in self.by_key.items():
            if p == "member_of" and (s, "leads", o) in self.by_key:
                continue
            out.append(r)
        return out


class _SentenceReader:
    def __init__(self, sent, idx: TokenIndex, lex: RoleLexicon, found: _Found, ctx, n: int, recent_heads):
        self.sent, self.idx, self.lex, self.found, self.ctx = sent, idx, lex, found, ctx
        self.doc = sent.doc
        self.words = idx.lower
        self.lo, self.hi = sent.start, sent.end
        self.n = n
        self.recent_heads = recent_heads
        self.holder_of: dict[int, Ref] = {}        # token of a title phrase → its holder
        self.last_scope: tuple[int, Ref] | None = None   # (end token, country) of the last titled holder

    # ---- helpers
    def w(self, i: int) -> str:
        return self.words[i] if self.lo <= i < self.hi else ""

    def match(self, i: int, phrases) -> int:
        """Length of the longest phrase starting at token i, 0 if none."""
        if not self.lo <= i < self.hi:
            return 0
        for n in _lengths_by_first_word(phrases).get(self.words[i], ()):
            if i + n <= self.hi and tuple(self.words[i:i + n]) in phrases:
                return n
        return 0

    def skip_parenthetical(self, i: int) -> int:
        if self.w(i) == "(":
            depth = 0
            for j in range(i, self.hi):
                depth += {"(": 1, ")": -1}.get(self.w(j), 0)
                if depth == 0:
                    return j + 1
        return i

    def close_open_paren(self, start: int, end: int) -> int:
        """If a '(' opened inside [start, end) is still open (a mention swallowed it), skip past its ')'."""
        depth = sum({"(": 1, ")": -1}.get(self.w(j), 0) for j in range(start, end))
        j = end
        while depth > 0 and j < self.hi:
            depth += {"(": 1, ")": -1}.get(self.w(j), 0)
            j += 1
        return j if depth == 0 else end

    def skip_parenthetical_back(self, i: int) -> int:
        """i is the index just after a span; if doc[i-1] is ')', return the index of its '('."""
        if self.w(i - 1) == ")":
            depth = 0
            for j in range(i - 1, self.lo - 1, -1):
                depth += {")": 1, "(": -1}.get(self.w(j), 0)
                if depth == 0:
                    return j
        return i

    def person_at(self, i: int) -> Ref | None:
        for _ in range(6):                       # "..., Lt. Gen. Stephen Townsend"
            r = self.idx.ref_starting(i)
            if r and all(self.w(j) in self.lex.honorifics for j in range(r.start, r.end)):
                i = r.end                            # an honorific taken for a name ("Sheikh")
            elif self.w(i) in self.lex.honorifics and not self.idx.ref(i):
                i += 1
            elif self.w(i) == "." and self.w(i - 1) in self.lex.honorifics:
                i += 1
        r = self.idx.ref_starting(i)
        return r if r and r.type == "person" and r.end <= self.hi else None

    def person_ending_before(self, i: int) -> Ref | None:
        """A person reference ending just before token i (a parenthetical alias may sit between)."""
        j = self.skip_parenthetical_back(i)
        r = self.idx.ref_ending(j - 1)
        return r if r and r.type == "person" and r.start >= self.lo else None

    # ---- main
    def read(self) -> None:
        self.read_titles()
        self.read_part_of()
        self.read_alignment_modifiers()
        self.read_cues()

    # ---- titles → leads / member_of
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

    # ---- part_of
    def read_part_of(self) -> None:
        lex = self.lex
        seen: set[int] = set()
        for i in range(self.lo, self.hi):
            r = self.idx.ref_starting(i)
            if not r or r.start in seen:
                continue
            seen.add(r.start)
            # "the IRGC's Qods Force", "Iran's Hajj and Pilgrimage Organization"
            if self.w(r.end) in POSSESSIVE and r.type in ("organization", "country") :
                r2 = self.idx.ref_starting(r.end + 1)
                if r2 and r2.type == "organization" and not r2.demonym \
                        and (r.type == "organization" or self.body_named(r2)):
                    self.found.add(r2, "part_of", r, r.start, r2.end, confidence=0.8)
            if r.type == "organization" and not r.demonym:
                # "the Foreign Affairs and Security Committee of the Iraqi Parliament"
                k = r.end
                if self.w(k) == "of":
                    k += 1 + (self.w(k + 1) == "the")
                    r2 = self.idx.ref_starting(k)
                    if r2 and not r2.demonym and (r2.type == "organization" or
                                                  (r2.type == "country" and self.body_named(r))):
                        self.found.add(r, "part_of", r2, r.start, r2.end, confidence=0.75)
                # a state body named with a demonym: "the Iraqi Army"
                self.demonym_body(r)
            # "X, (which is) part of Y", "X, a unit of Y"
            self.cue_part_of(r)

    def body_named(self, r: Ref) -> bool:
        words = [self.w(j) for j in range(r.start, r.end)]
        return any(tuple(words[k:k + len(b)]) == b for b in self.lex.state_bodies for k in range(len(words)))

    def demonym_body(self, r: Ref) -> None:
        words = [self.w(j) for j in range(r.start, r.end)]
        country = None
        before = self.idx.ref_ending(r.start - 1)
        if before and (before.demonym or before.type == "country") and not before.allied_modifier \
                and self.w(r.start - 2) != "-":
            country, first = before, before.start
        else:
            lead = 1 if words and words[0] == "the" else 0
            name = self.lex.demonyms.get(words[lead]) if len(words) > lead else None
            if name:
                keys = self.idx.country_keys
                actor = keys.get(normalise_name(name)) or keys.get(normalise_name(words[lead]))
                if actor:
                    country, first = Ref(actor, "country", r.start, r.start + 1), r.start
        if country is None or not self.body_named(r) or self.idx.types.get(r.actor) == "media":
            return
        if self.w(r.end) in ("-", "–") or self.w(r.start - 1) == "-":
            return
        self.found.add(r, "part_of", country, first, r.end, confidence=0.7)

    def cue_part_of(self, r: Ref) -> None:
        if r.type == "person" or r.demonym:
            return
        k = r.end
        k = self.skip_parenthetical(k)
        if self.w(k) == ",":
            k += 1
        if self.w(k) in ("which", "that") and self.w(k + 1) in ("is", "was", "are", "were"):
            k += 2
        elif self.w(k) in ("is", "was", "are", "were", "became", "becomes", "remains"):
            k += 1
        if self.doc[k].tag_ == "VBG" if k < self.hi else False:
            k += 1                                  # "the UK is working as part of the Coalition"
        if self.w(k) == "as":
            if k == r.end:
                return                              # "strikes against ISIL as part of ...": ISIL is no subject
            k += 1
        n = self.match(k, self.lex.part_of_cues)
        if n:
            obj, end = self.object_after(k + n)
            if obj and obj.type in ("organization", "country") and not obj.demonym:
                self.found.add(r, "part_of", obj, r.start, end, confidence=0.7)
            return
        # military units name their parent after a comma: "3rd Battalion, 321st Field Artillery Regiment"
        if self.w(r.end) == "," and self.is_unit(r):
            parent = self.idx.ref_starting(r.end + 1)
            if parent and parent.type == "organization" and self.is_unit(parent):
                self.found.add(r, "part_of", parent, r.start, parent.end, confidence=0.7)

    def is_unit(self, r: Ref) -> bool:
        return any(self.w(j) in self.lex.unit_words for j in range(r.start, r.end))

    # ---- "pro-Iranian X", "X, the Iranian-backed militia"
    def read_alignment_modifiers(self) -> None:
        lex = self.lex
        for i in range(self.lo, self.hi):
            target, first, after = None, None, None
            r = self.idx.ref_starting(i)
            if r and r.allied_modifier:
                target, first, after = r, i, r.end
            elif self.w(i) in lex.allied_prefixes and self.w(i + 1) == "-" and self.idx.ref_starting(i + 2):
                target = self.idx.ref_starting(i + 2)
                first, after = i, target.end
            elif r and self.w(r.end) == "-" and self.w(r.end + 1) in lex.allied_suffixes:
                target, first, after = r, i, r.end + 2
            if target is None or target.type == "person":
                continue
            subject, last = self.aligned_subject(first, after)
            if subject is not None:
                a, b = min(first, subject.start), max(last, subject.end)
                self.found.add(subject, "allied_with", target, a, b, confidence=0.8)

    def aligned_subject(self, first: int, after: int) -> tuple[Ref | None, int]:
        """The actor an alignment modifier describes: the head of its noun phrase or the apposition."""
        j = after
        for _ in range(8):
            r = self.idx.ref_starting(j)
            if r and not r.demonym and r.type in ("person", "organization"):
                return r, r.end
            if self.w(j) == "," :
                r = self.idx.ref_starting(j + 1)
                if r and not r.demonym and r.type in ("person", "organization") and self.np_ends_at(r.end):
                    return r, r.end
                break
            tok = self.doc[j] if j < self.hi else None
            if tok is None or not (tok.pos_ in ("ADJ", "NOUN", "PROPN") or self.w(j) == "-" or (r and r.demonym)):
                break
            j += 1
        # apposition: "Kataeb Hezbollah, the Iranian-backed Shia militia"
        k = first - 1
        while k >= self.lo and (self.w(k) in DETERMINERS or self.doc[k].pos_ == "ADJ"):
            k -= 1
        if self.w(k) == ",":
            r = self.idx.ref_ending(k - 1)
            if r and not r.demonym and r.type in ("person", "organization"):
                return r, j
        return None, j

    def np_ends_at(self, j: int) -> bool:
        return j >= self.hi or self.w(j) in (",", ".", ";", ")", "(", "and", "who", "which", "in", "on", "to", "of") \
            or self.doc[j].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ")

    # ---- cue phrases → allied_with / opposes / (member_of for people)
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
        if self.negated(i):
            return
        cue = tuple(self.w(j) for j in range(i, i + n))
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
        if obj is None:
            return
        if predicate == "led_by":                 # "Asaib Ahl al-Haq, a militia led by Qais al-Khazali"
            if obj.type in ("person", "country", "organization") and not obj.demonym:
                near = [s for s in self.cue_subjects(i) if s.type == "organization"]
                if near:                           # coordinated organisations: only the nearest is sure
                    s = max(near, key=lambda r: r.end)
                    self.found.add(obj, "leads", s, min(s.start, i), end, confidence=0.7)
            return
        for s in self.cue_subjects(i):
            a = min(s.start, i)
            self.found.add(s, predicate, obj, a, end, confidence=0.6)

    def negated(self, i: int) -> bool:
        tok = self.doc[i]
        head = tok
        for _ in range(4):
            if any(c.dep_ == "neg" for c in head.children) or (head is not tok and head.lemma_ in AVOIDING):
                return True
            if head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        return any(self.w(j) in ("not", "never", "no", "n't", "without") or self.doc[j].lemma_ in AVOIDING
                   for j in range(max(self.lo, i - 4), i))

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

    def object_after(self, j: int) -> tuple[Ref | None, int]:
        """The first actor named after a cue, within its noun phrase."""
        for _ in range(6):
            if j >= self.hi:
                return None, j
            holder = self.holder_of.get(j)
            if holder is not None and self.idx.ref(j) is None:
                return holder, max(j + 1, holder.end)
            r = self.idx.ref_starting(j)
            if r:
                if r.demonym and not self.np_ends_at(r.end):
                    k = r.end
                    while self.doc[k].pos_ == "ADJ" and k < self.hi - 1:
                        k += 1
                    if self.w(k) in self.lex.country_proxies:    # "against the American forces"
                        return r, k + 1
                    return None, j                              # "against Iranian meddling": not a named actor
                if r.start in self.holder_of and self.holder_of[r.start] is not r:
                    h = self.holder_of[r.start]
                    return h, max(r.end, h.end)
                if self.w(r.end) in POSSESSIVE:
                    # "close to Iran's leadership, and particularly the Supreme Leader of Iran, Ali Khamenei"
                    better = self.particularly_after(r.end)
                    if better is not None:
                        return better
                    # "Soleimani's successor, Esmail Qa'ani": the apposition names the actor
                    k = r.end + 1
                    while k < self.hi and self.doc[k].pos_ in ("NOUN", "ADJ") and not self.idx.ref(k):
                        k += 1
                    if k > r.end + 1 and self.w(k) == ",":
                        named = self.person_at(k + 1) or self.idx.ref_starting(k + 1)
                        if named and not named.demonym:
                            return named, named.end
                return r, r.end
            if self.w(j) in DETERMINERS or self.w(j) in ("“", '"', "‘", "'") or self.doc[j].pos_ == "ADJ" \
                    or self.w(j) in ("both", "all", "the", "remnants", "of"):
                j += 1
                continue
            return None, j
        return None, j

    def particularly_after(self, j: int) -> tuple[Ref, int] | None:
        """A narrower actor named after ', and particularly/especially ...' within the next words."""
        for k in range(j, min(self.hi, j + 6)):
            if self.w(k) in ("particularly", "especially", "notably", "mainly"):
                m = k + 1
                while self.w(m) in DETERMINERS:
                    m += 1
                if m in self.holder_of:
                    h = self.holder_of[m]
                    return h, max(h.end, m + 1)
                r = self.idx.ref_starting(m)
                if r and not r.demonym:
                    return r, r.end
                return None
            if self.w(k) in (".", ";"):
                return None
        return None

    def cue_subjects(self, i: int) -> list[Ref]:
        """Who stands in the alignment: relative-clause antecedent, possessor, clause subject, 'between' list."""
        # "X, which/who is (considered) CUE Y" or "X, CUE Y"
        k = i - 1
        while k >= self.lo and self.w(k) in ("is", "are", "was", "were", "be", "been", "considered", "seen",
                                             "believed", "deemed", "also", "closely", "reportedly", "very",
                                             "widely", "known", "to", "as"):
            k -= 1
        if self.w(k) in ("which", "who", "that") and self.w(k - 1) == ",":
            return self.np_refs_before(k - 1)
        if self.w(k) == "," and k < i:
            refs = self.np_refs_before(k)
            if refs:
                return refs
        # "the militias loyal to Tehran": the cue describes an unnamed group
        prev = self.doc[i - 1] if i > self.lo else None
        if prev is not None and prev.pos_ in ("NOUN", "PROPN") and not self.idx.ref(prev.i) \
                and prev.i not in self.holder_of and self.doc[i].pos_ in ("ADJ", "VERB", "ADP"):
            return self.apposition_anchor(prev.i)
        # "between A, B and C in the campaign against"
        for j in range(i - 1, max(self.lo, i - 25) - 1, -1):
            if self.w(j) == "between":
                refs, _ = self.refs_until(j + 1, stop={"in", "on", "against", "to", "for"})
                if refs and all(r.end <= i for r in refs):
                    return refs
                break
        # "support for Iraq in the fight against ISIL", "the Iraqi people in their fight against"
        k = i - 1
        while k >= self.lo and (self.w(k) in DETERMINERS or self.doc[k].pos_ == "ADJ"):
            k -= 1
        if self.w(k) == "in" and self.idx.ref_ending(k - 1) and not self.idx.ref_ending(k - 1).demonym:
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
        return self.clause_subjects(i)

    def apposition_anchor(self, noun: int) -> list[Ref]:
        """'X, a pro-Iranian militia' → X: the actor a descriptive noun phrase is in apposition to."""
        k = noun
        while k > self.lo and (self.doc[k - 1].pos_ in ("ADJ", "NOUN", "PROPN", "DET") or self.w(k - 1) == "-"
                               or (self.idx.ref(k - 1) and self.idx.ref(k - 1).demonym)) and not (
                self.idx.ref(k - 1) and not self.idx.ref(k - 1).demonym):
            k -= 1
        if self.w(k - 1) == "," and self.w(k) in DETERMINERS:
            r = self.idx.ref_ending(self.skip_parenthetical_back(k - 1) - 1)
            if r and not r.demonym and r.type in ("person", "organization", "media"):
                return [r]
        return []

    def np_refs_before(self, k: int) -> list[Ref]:
        """Actors named in the noun phrase ending before token k ("the Tasnim and Fars news agencies")."""
        j = self.skip_parenthetical_back(k)
        refs = []
        steps = 0
        while j - 1 >= self.lo and steps < 8:
            steps += 1
            r = self.idx.ref_ending(j - 1)
            if r:
                if r.start in self.holder_of:
                    return [self.holder_of[r.start]]
                if not r.demonym:
                    refs.append(r)
                j = r.start
                continue
            holder = self.holder_of.get(j - 1)
            if holder is not None:
                return [holder]
            tok = self.doc[j - 1]
            if tok.pos_ in ("NOUN", "ADJ", "PROPN", "DET", "CCONJ") or tok.lower_ == ",":
                if tok.lower_ == "," and not refs:
                    break
                j -= 1
                continue
            break
        return refs

    def clause_subjects(self, i: int) -> list[Ref]:
        tok = self.doc[i]
        head = tok
        for _ in range(6):
            if head.pos_ in ("VERB", "AUX"):
                subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj and head.dep_ == "xcomp":
                    # object control: "encourages Kataeb Hezbollah to apply pressure on ..."
                    controller = [c for c in head.head.children if c.dep_ == "dobj"]
                    if controller:
                        subj = controller
                if not subj and head.dep_ in ("conj", "xcomp", "advcl") and head.head is not head:
                    head = head.head
                    continue
                out = []
                for s in subj:
                    r = self.ref_for_token(s)
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
        r = self.idx.ref(tok.i)
        if r and not r.demonym:
            return r
        if r and r.demonym and tok.dep_ in ("nsubj", "nsubjpass"):
            return r
        return None
