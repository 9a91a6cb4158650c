"""Actor mentions laid on the tokens of the clean-text Doc ("references")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from ...resolve.names import normalise_name
from ..token_positions import doc_lower
from ..token_spans import token_spans
from .lexicon import DETERMINERS, RoleLexicon, longest_match
from .state_names import formal_state_name


@dataclass
class Ref:
    """An actor mention laid on tokens: doc[start:end]."""
    actor: str
    type: str
    start: int
    end: int
    demonym: bool = False      # a demonym/adjective standing for a country ("Iranian")
    allied_modifier: bool = False  # "pro-Iranian" as one mention



class TokenIndex:
    """Mentions and demonyms mapped onto the tokens of the clean-text Doc."""

    def __init__(self, ctx, lex: RoleLexicon):
        self.doc = ctx.doc
        self.ctx = ctx
        self.tok_starts, self.tok_ends = token_spans(ctx)
        self.by_token: dict[int, Ref] = {}
        self.lower = doc_lower(ctx.doc)
        self.types = {a.id: a.type for a in ctx.actors}
        # named military operations ("Operation Inherent Resolve", "OIR"): missions, not parties
        self.operations = {a.id for a in ctx.actors
                           if any(f.lower().startswith("operation ") for f in a.surface_forms())}
        self.country_keys = countries = self._country_keys(ctx.actors)
        self.topic: Ref | None = None            # the organisation last named as a clause subject
        self.last_person: Ref | None = None      # the one person the sentence before named
        self.pending_group = None                # (sentence, predicate, body, token) of an unbound plural title
        self.name_keys: dict[str, str] = {}      # every surface form, normalised → actor
        for a in ctx.actors:
            for form in a.surface_forms():
                self.name_keys.setdefault(normalise_name(form), a.id)
        names = {a.id: a.name for a in ctx.actors}
        for m in sorted(ctx.mentions, key=lambda m: m.start - m.end):   # longest first
            if not m.actor or m.role == "follows":
                continue                        # a title after its holder restates the holder: its names are facts
            first, last = self.tokens_of(m.start, m.end)
            while first < last - 1 and ctx.doc[first].lower_ in DETERMINERS:
                first += 1                      # "the Iraqi Army": the article is no part of the name
            if self.types.get(m.actor, m.type) == "person":
                first = self._after_title(first, last, lex)
                first = self._after_portfolio(first, last, names.get(m.actor))
            self._lay(m.actor, self.types.get(m.actor, m.type), first, last, lex)
        self._lay_known_forms(ctx.actors, lex)
        longest = max((len(k) for k in lex.long_demonyms), default=0)
        firsts = {k[0] for k in lex.long_demonyms if k}
        for i, word in enumerate(self.lower):   # "South Korean chairman": a demonym of several words
            if word not in firsts:
                continue                         # no demonym of several words opens with this word
            for n in range(longest, 1, -1):
                key = tuple(self.lower[i:i + n])
                country = lex.long_demonyms.get(key) if len(key) == n else None
                actor = countries.get(normalise_name(country)) if country else None
                if actor and not any(j in self.by_token for j in range(i, i + n)):
                    ref = Ref(actor, self.types.get(actor, "country"), i, i + n, demonym=True)
                    for j in range(i, i + n):
                        self.by_token[j] = ref
                    break
        demonyms = lex.demonyms
        for i, word in enumerate(self.lower):   # a one-word demonym: only a word the lexicon lists can be one (perf4)
            if word not in demonyms or i in self.by_token:
                continue
            tok = ctx.doc[i]
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
            named = lex.demonyms.get(words[0])
            ref.demonym = not self._abbreviated_name(words, last) and not (
                named and normalise_name(named) == normalise_name(self.doc[first:last].text)) \
                and not formal_state_name(words, typ)    # "Saudi Arabia", "the Russian Federation" (state_names.py)
            ref.allied_modifier = words[0] in lex.allied_prefixes
        for i in range(first, last):
            self.by_token[i] = ref

    def _abbreviated_name(self, words: list[str], after: int) -> bool:
        """'UK', 'US' modify a noun ("UK support": a demonym) or stand alone ("The UK, as part of ..."):
        alone they name the country itself."""
        if len(words) != 1 or len(words[0].replace(".", "")) > 3:
            return False
        nxt = self.doc[after] if after < len(self.doc) else None
        return nxt is None or not (nxt.pos_ in ("NOUN", "PROPN", "ADJ") or nxt.text in ("-", "–"))

    def _after_title(self, first: int, last: int, lex: RoleLexicon) -> int:
        """A person mention that swallowed its title ("Iraqi Foreign Minister Fuad Hussein") starts after it."""
        cut = first
        for i in range(first, last - 1):
            n = longest_match(self.lower, i, last - 1, lex.titles)
            if n:
                cut = max(cut, i + n)
        if self.doc[cut].lower_ in ("of", "for"):
            # "Prime Minister of Iraq Mustafa Al-Kadhimi": the title's object precedes the name
            for n in (3, 2, 1):
                if cut + 1 + n < last and normalise_name(self.doc[cut + 1:cut + 1 + n].text) in self.country_keys:
                    cut = cut + 1 + n
                    break
        while cut < last - 1 and (self.doc[cut].lower_ in lex.honorifics or self.doc[cut].is_punct
                                  or (self.doc[cut].lower_ in lex.demonyms and cut == first)):
            cut += 1                        # "[Iranian Major General Qassem Soleimani]": nationality, rank
        return cut

    def _after_portfolio(self, first: int, last: int, name: str | None) -> int:
        """A person mention left starting at a title's "of"/"for" ("[of Oil X Y]" of "Minister of Oil X Y") starts at
        the person's own name when the mention ends with it: the words between are the title's portfolio."""
        if name is None or self.doc[first].lower_ not in ("of", "for"):
            return first
        key = normalise_name(name)
        return next((k for k in range(first + 2, last) if normalise_name(self.doc[k:last].text) == key), first)

    def _lay_known_forms(self, actors, lex: RoleLexicon) -> None:
        """Surface forms of known actors where no mention was laid (e.g. inside a trimmed title)."""
        forms: dict[tuple, tuple[str, str]] = {}
        for a in actors:
            for form in a.surface_forms():
                key = tuple(t.lower() for t in re.findall(r"\w+|[^\w\s]", form))
                if key and any(c.isupper() for c in form) and len(form) > 2:
                    forms.setdefault(key, (a.id, a.type))
                    if a.type == "organization":       # "Department of State" is also "State Department"
                        for variant in self._inverted(key):
                            forms.setdefault(variant, (a.id, a.type))
        surnames: dict[tuple, set] = {}          # "Prigozhin" for "Yevgeniy Prigozhin", when no other person shares it
        for a in actors:
            if a.type == "person":
                for form in a.surface_forms():
                    words = re.findall(r"\w+|[^\w\s]", form)
                    if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 3:
                        surnames.setdefault((words[-1].lower(),), set()).add(a.id)
        for key, ids in surnames.items():
            if len(ids) == 1:
                forms.setdefault(key, (next(iter(ids)), "person"))
        if not forms:
            return
        longest = max(len(k) for k in forms)
        i, n = 0, len(self.doc)
        while i < n:
            if i in self.by_token or not self.doc[i].text[:1].isupper():
                i += 1
                continue
            for size in range(min(longest, n - i), 0, -1):
                key = tuple(self.lower[i:i + size])        # the lower-case words, already read
                hit = forms.get(key)
                if hit and not any(j in self.by_token for j in range(i, i + size)):
                    self._lay(hit[0], hit[1], i, i + size, lex)
                    i += size - 1
                    break
            i += 1

    @staticmethod
    def _inverted(key: tuple) -> list[tuple]:
        """'Department of (the) State/Treasury' → 'State/Treasury Department' (a demonym or country
        prefix kept in front: 'U.S. Department of State' → 'U.S. State Department')."""
        for i, word in enumerate(key):
            if word in ("department", "ministry") and key[i + 1:i + 2] == ("of",):
                topic = key[i + 2 + (key[i + 2:i + 3] == ("the",)):]
                if topic and len(topic) <= 2 and "and" not in topic:
                    return [key[:i] + topic + (word,), topic + (word,)]
        return []

    @cached_property
    def dateline_state(self) -> str | None:
        """The document's state named by its wire dateline ("BAGHDAD (Reuters) -": Iraq; "GOMA, Congo, ...": the
        Congo), when the text also names that state: where a bare title ("Prime Minister X said") is held."""
        from ...ingest.metadata import dateline_places
        from .release_place import most_named_option, release_state
        places = dateline_places(self.ctx.document.text)
        for name in reversed(places):    # "GOMA, Congo": the country last
            actor = self.state_of_place(name)
            if actor is not None:
                return actor
        for name in reversed(places):    # "KINGSTON -" in a text naming Jamaica often, Canada once (reltitle14)
            actor = most_named_option(self, name)
            if actor is not None:
                return actor
        return None if places else release_state(self)     # a release's place line: "Athens, 10 August 2020"

    def state_of_place(self, name: str) -> str | None:
        """The country actor a place name stands for: the country itself, or a city's country from the gazetteer
        when the text names that country (a city name two countries share, "Colombo", is the one the text names; a
        city's other Latin spelling, "Basra" for "Basrah", counts: `city_spellings.city_options`; so does the country's
        name in the text when the gazetteer calls it otherwise, "Czechia": `country_names.country_name_forms`)."""
        from .city_spellings import city_options
        from .country_names import country_name_forms
        key = normalise_name(name)
        options = [frozenset({key}), *map(country_name_forms, city_options(key))]   # "Abidjan": Ivory Coast, Côte d'Ivoire
        states = {next(iter(found)) for forms in options
                  if len(found := {actor for form in forms if (actor := self.country_keys.get(form)) is not None
                                   and self.types.get(actor) == "country"}) == 1}
        if not states and key.endswith(" city") and self.types.get(self.country_keys.get(key[:-5])) == "country":
            return self.country_keys[key[:-5]]       # "Kuwait City", "Guatemala City": the state it is named for
        return states.pop() if len(states) == 1 else None

    @cached_property
    def issuing_state(self) -> str | None:
        """The state the document speaks for as a release (relations/issuer.py), read once per document."""
        from .issuer import issuing_state        # issuer reads this index's refs
        return issuing_state(self)

    @cached_property
    def host_state(self) -> str | None:
        """The state a document's title sets one state's doings in ("China in Pakistan: guarding the corridor",
        "Turkey's military bet in Libya", "India's reach into Mauritius"): the longest run of up to four words after " in "
        (or " into ") that names a state of the
        text, when another state is named before it (an act's scene, "barrel bomb attacks in Syria", sets none)."""
        title = self.ctx.document.title or ""
        for m in re.finditer(r"(?<!\w)in(?:to)? (?:the )?", title):
            words = re.split(r"\s+", re.split(r"[:,;()]", title[m.end():])[0].strip())
            for n in range(min(4, len(words)), 0, -1):
                name = re.sub(r"['’]s$", "", " ".join(words[:n]))
                actor = self.country_keys.get(normalise_name(name))
                if actor is not None and self.types.get(actor) == "country":
                    return actor if self.guest_named(title[:m.start()], actor) else None
        return None

    def guest_named(self, before: str, host: str) -> bool:
        """Another state of the text named (by a surface form: name, demonym) in a title's words before its host."""
        return any(a.type == "country" and a.id != host and any(
            re.search(rf"(?<!\w){re.escape(form)}(?!\w)", before) for form in a.surface_forms()) for a in self.ctx.actors)

    @cached_property
    def title_state(self) -> str | None:
        """The one state whose name or demonym the document's title carries, among the states its text names; a
        closing credit in parentheses names the publisher, not the topic ("Mali: ... (Niger Bend Observatory)"),
        unless the rest names no state ("Statement on the floods (Government of Chile)")."""
        title = self.ctx.document.title or ""
        states = self.states_in(without_credit(title)) or self.states_in(title)
        return states.pop() if len(states) == 1 else None

    def states_in(self, text: str) -> set[str]:
        return {a.id for a in self.ctx.actors if a.type == "country"
                and any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in a.surface_forms())}

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


CLOSING_CREDIT = re.compile(r"\s*\([^()]*\)\s*$")


def without_credit(title: str) -> str:
    """A title without the parenthesised credit closing it ("... (Meridian News, 16 May 2023)")."""
    bare = CLOSING_CREDIT.sub("", title)
    return bare if bare.strip() else title
