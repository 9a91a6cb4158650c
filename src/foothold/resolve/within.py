"""Within-document resolution: which mentions name one actor.

Mentions are merged, in this order, when
1. they match the same actor-dictionary entry (aliases, transliterations, demonyms);
2. their names are equal after titles are dropped and names normalised
   ("Qa'ani" = "Qa’ani" = "Qaani", "Al-Kazimi" = "al-Kazimi" = "Kazimi");
3. an acronym is defined by or spells the initials of a longer name ("PMU" / "Popular Mobilization Units");
4. a one-word person name is the surname of exactly one fuller person name
   ("Soleimani" -> "Qasem Soleimani"); two people sharing a first name stay apart.
The actor's type is a weighted vote (dictionary > rules > NER); its name is the
fullest form without titles; every other surface form is an alias.
"""

from __future__ import annotations

from bisect import bisect_left

import re
from collections import Counter, defaultdict

from .listed_bodies import listed_body
from ..model import Actor, Mention
from .names import normalise_name, slug
from .definite_heads import later_namesake, merge_definite_heads
from .role_antecedents import nearest_holder, title_names
from .first_names import by_first_word
from .surname_variants import by_surname_spelling
from .demonym_forms import add_demonym_forms
from .entry_forms import entry_forms_inside
from .place_forms import place_with_noun
from .party_forms import merge_party_forms
from .bare_states import merge_bare_states
from ..extract.actors.landmarks import landmark_form
from .state_forms import add_formal_body_forms, body_without_state
from .government_forms import government_form
from .prefixed_bodies import add_prefixed_body_forms
from .split_people import merge_split_people
from .surname_keys import other_name_keys, particle_surname, surname_keys

# How much a mention's evidence counts in the type vote, by the rule that produced it.
TYPE_WEIGHTS = {"dict": 4.0, "demonym": 4.0, "title": 3.5, "outlet": 3.0, "head": 2.0, "rule": 1.5, "ner": 1.0}
FUNCTION_WORDS = {"of", "and", "the", "for", "in", "on", "al", "el", "a", "to"}


class _Cluster:
    def __init__(self, mention: Mention, name: str):
        self.mentions = [mention]
        self.names = [name]
        self.demonyms = {name} if mention.source == "demonym" else set()
        self.reasons: list[str] = []
        self.dictionary_id = mention.dictionary_id
        self._type: str | None = None          # the vote, cached: a long document asks it for every mention

    def add(self, other: "_Cluster", reason: str) -> None:
        self._type = None
        self.mentions += other.mentions
        self.names += other.names
        self.demonyms |= other.demonyms
        self.reasons += other.reasons
        if reason and reason not in self.reasons:
            self.reasons.append(reason)
        self.dictionary_id = self.dictionary_id or other.dictionary_id

    def type(self) -> str:
        """Weighted vote; evidence from dictionaries and rules outranks any number of NER labels.

        Stock NER repeats its mistake on every mention ("IRGC" as GPE seven
        times), so counting NER labels against one "Corps" head word would let
        the mistake win.
        """
        if self._type is None:
            self._type = self._vote()
        return self._type

    def _vote(self) -> str:
        strong: Counter = Counter()
        weak: Counter = Counter()
        for m in self.mentions:
            weight = TYPE_WEIGHTS.get(m.source)
            if weight is not None and weight > TYPE_WEIGHTS["ner"]:
                strong[m.type] += weight
            else:
                weak[m.type] += weight or 1.0
        if not strong and "person" in weak and (self._surnames_of_a_full_name() or self._full_names_of_a_surname()):
            return "person"
        return (strong or weak).most_common(1)[0][0]

    def _surnames_of_a_full_name(self) -> bool:
        """NER guesses only, and every mention not typed person is the last word of a full name typed person
        ("Aleksandar Vulin" ... "Vulin" tagged GPE): the NER mistypes a bare surname far more often than a full name."""
        last = {m.text.split()[-1] for m in self.mentions if m.type == "person" and len(m.text.split()) >= 2}
        return bool(last) and all(m.type == "person" or m.text in last for m in self.mentions)

    def _full_names_of_a_surname(self) -> bool:
        """NER guesses only, and every mention not typed person is a full name ending in a lone surname typed person
        ("Bidzina Ivanishvili" tagged ORG ... "Ivanishvili" PERSON)."""
        lone = {m.text for m in self.mentions if m.type == "person" and len(m.text.split()) == 1}
        return bool(lone) and all(m.type == "person" or len(m.text.split()) >= 2 and m.text.split()[-1] in lone
                                  for m in self.mentions)

    def best_name(self) -> str:
        """Fullest name without titles; countries prefer their name to a demonym or acronym."""
        def rank(n: str):
            acronym = n.replace(".", "").isupper()
            words = len(n.split())
            return (n not in self.demonyms, not acronym, words, len(n))
        return max(self.names, key=rank)


def _ner_only(c: "_Cluster") -> bool:
    """Only the statistical NER typed this cluster (weak evidence of its type)."""
    return all(m.source == "ner" for m in c.mentions)


# Honorifics that are also parts of names ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"): after a first
# word they belong to the name, unlike a rank after a demonym ("Iraqi President Fuad Masum")
NAME_HONORIFICS = {"Sheikh", "Shaykh", "Sayyid", "Sayyed", "Seyyed"}
NICKNAMED_NAME = re.compile(r"^(?P<given>.+?)\s+['\u2018\u201c\"](?P<nick>[^'\u2019\u201d\"]+)['\u2019\u201d\"]\s+(?P<rest>.+)$")


def nickname_keys(name: str) -> tuple[str, ...]:
    """Keys a nicknamed person is also written by: 'Joaquín "El Chapo" Guzmán' is "El Chapo" and "Joaquín Guzmán"."""
    m = NICKNAMED_NAME.match(name)
    if m is None:
        return ()
    return normalise_name(m.group("nick")), normalise_name(f"{m.group('given')} {m.group('rest')}")


ARTICLE_SURNAME = re.compile(r"^(?:al|el|Al|El)-[A-Z]\w+$")


def _title_word(word: str, titles: set[str]) -> bool:
    """A title word or its plural before the names of two holders ("Deputy Prime Ministers X and Y")."""
    return word in titles or word.endswith("s") and word[:-1] in titles \
        or word.endswith("ies") and word[:-3] + "y" in titles


def strip_titles(text: str, titles: set[str], given_names: set[str] | frozenset[str] = frozenset()) -> str:
    """"Ayatollah Ali Sistani" -> "Ali Sistani"; "Iraqi President Fuad Masum" -> "Fuad Masum"."""
    words = text.split()
    i = 0
    while i < len(words) - 1 and (_title_word(words[i], titles) or (
            i == 0 and words[i + 1] in titles and words[i + 1] not in NAME_HONORIFICS)):
        i += 1
    if 0 < i == len(words) - 1 and words[i - 1] in given_names and ARTICLE_SURNAME.match(words[i]):
        i -= 1                          # "Sultan al-Muraikhi": a given name that is also a title, before a lone surname
    return " ".join(words[i:]) if i else text


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w']*", name)
                   if w.lower() not in FUNCTION_WORDS and w[0].isupper())


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in name.strip()


NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _surname(name: str) -> str:
    """Last name word, past a generational suffix ("Kenneth F. McKenzie Jr." -> "mckenzie")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in NAME_SUFFIXES:
        words = words[:-1]
    return normalise_name(words[-1].rstrip(",")) if words else ""


class WithinDocumentResolver:
    """Cluster the mentions of one actor within a document."""
    name = "foothold.resolve.v1"
    requires = ("mentions",)
    provides = ("actors",)

    def __init__(self, titles: set[str] | None = None):
        from ..extract.dictionary import load_lexicon
        self.titles = load_lexicon().title_words if titles is None else titles
        self.name_parts = load_lexicon().name_part_nouns
        self.given_name_titles = load_lexicon().given_name_titles
        self.place_kind_nouns = load_lexicon().place_kind_nouns

    def __call__(self, ctx) -> None:
        data = getattr(ctx, "data", {}) or {}
        ctx.actors = self.resolve(ctx.mentions, data.get("acronym_definitions", []), data.get("mention_names", {}),
                                  data.get("alias_definitions", []), data.get("office_holders", []),
                                  data.get("holder_forms", {}))
        kept = {id(m) for a in ctx.actors for m in a.mentions}
        ctx.mentions[:] = [m for m in ctx.mentions if id(m) in kept]

    def resolve(self, mentions: list[Mention], definitions: list[tuple[str, str]] = (),
                names: dict[tuple[int, int], str] | None = None,
                aliases: list[tuple[str, str]] = (),
                holders: list[tuple[str, tuple[int, int]]] = (),
                holder_forms: dict[tuple[str, tuple[int, int]], str] | None = None) -> list[Actor]:
        """Actors from mentions. ``names`` gives the name inside a widened mention
        ("Ash Carter" in "Defense Secretary Ash Carter", "Iraq" in "the government of Iraq")."""
        names = names or {}
        pronouns = [m for m in mentions if m.source == "pronoun"]
        roles = [m for m in mentions if m.source == "role"]
        mentions = [m for m in mentions if m.source not in ("pronoun", "role")]
        clusters: list[_Cluster] = []
        by_dict: dict[str, _Cluster] = {}
        by_key: dict[str, _Cluster] = {}
        # 1 + 2: dictionary entry, then normalised name
        for m in mentions:
            name = names.get((m.start, m.end), m.text)
            if m.type == "person":
                name = strip_titles(name, self.titles, self.given_name_titles)
            key = normalise_name(name)
            nicknamed = nickname_keys(name) if m.type == "person" else ()
            did = m.dictionary_id
            target = by_dict.get(did) if did else None
            reason = f"same dictionary entry '{did}'" if target else ""
            if target is None and key in by_key:
                target, reason = by_key[key], f"same normalised name '{key}'"
            if target is None and any(k in by_key for k in nicknamed):
                target, reason = next(by_key[k] for k in nicknamed if k in by_key), "nickname or name of a nicknamed person"
            if target is None:
                target = _Cluster(m, name)
                clusters.append(target)
            else:
                target.add(_Cluster(m, name), reason)
            if did:
                by_dict.setdefault(did, target)
            by_key.setdefault(key, target)
            for k in nicknamed:
                by_key.setdefault(k, target)
        clusters = self._merge_acronyms(clusters, definitions)
        clusters = self._merge_surnames(clusters)
        clusters = merge_split_people(clusters, _ner_only, self._head_type)   # "Bidzina Ivanishvili" ORG + "Ivanishvili"
        clusters = self._merge_aliases(clusters, aliases)
        clusters = self._merge_head_orders(clusters)
        clusters = self._merge_short_bodies(clusters)
        clusters = merge_party_forms(clusters, self._state_word)   # "Move Forward" of "Move Forward Party"
        clusters = merge_bare_states(clusters)         # "Korea" of "South Korea" (actors22)
        clusters = merge_definite_heads(clusters)      # "The Council declares": the Council named last before
        clusters = self._merge_spelling_variants(clusters)
        actors = self._actors(clusters, names)
        from ..extract.dictionary import load_dictionary
        add_demonym_forms(actors, load_dictionary())   # "Colombian" of "Colombian President X": Colombia's form
        add_formal_body_forms(actors, load_dictionary().is_demonym, self._is_body_head)   # "Ministry of X" too
        add_prefixed_body_forms(actors, self._state_word, self._is_body_head)   # "Customs Administration" too (actors24)
        self._attach_pronouns(actors, pronouns)
        self._attach_roles(actors, roles, holders, holder_forms or {})
        return actors

    @staticmethod
    def _attach_roles(actors: list[Actor], roles: list[Mention], holders=(), forms=None) -> None:
        """"the Foreign Secretary" belongs to the nearest person written with that title
        ("Foreign Secretary Boris Johnson") or named in apposition to it (``holders``: "the Special Envoy,
        Hans Grundberg"); with none, it is dropped, unless it issues a statement: then it is an actor of its own."""
        for r in roles:
            title, apposed = r.key, r.role == "apposed"
            best = None
            if r.role == "follows":               # "X, the army's spokesman": the person just before it, or none
                best = next((a for a in actors if a.type == "person"
                             for m in a.mentions if 0 <= r.start - m.end <= 6 and m.source != "role"), None)
                if best is not None:
                    r.actor = best.id
                    best.mentions.append(r)
                    best.mentions.sort(key=lambda m: m.start)
                continue
            # the persons written with that title ("Foreign Secretary Boris Johnson"; not "Prime Minister X" for
            # "the Minister") or named as its holder ("The President of the Republic, X"): the one the text
            # introduced as "the <title>", else the nearest before it first (evargs8, evargs11)
            forms = forms or {}
            spans = [(span, forms.get((title, span), "plain")) for office, span in holders if office == title]
            candidates = []
            for a in actors:
                if a.type != "person":
                    continue
                for m in a.mentions:
                    if m.source == "role":
                        continue
                    if m.text != title and title_names(title, m.text):
                        candidates.append((a, m.start, "plain"))
                    for (s, e), form in spans:
                        if m.start < e and s < m.end:
                            candidates.append((a, s, form))
            best = nearest_holder(r.start, candidates)
            if best is None and apposed:          # in apposition: "Minister for the Middle East, Tobias Ellwood"
                best = next((a for a in actors if a.type == "person"
                             for m in a.mentions if 0 < m.start - r.end <= 3), None)
            if best is None and r.role == "issuer":
                # an office that issues a statement and whose holder the text never names is an actor of its own
                best = next((a for a in actors if a.type == "person" and a.name == title), None)
                if best is None:
                    best = Actor(id=slug(title), name=title, type="person", aliases=[], mentions=[],
                                 extractor=WithinDocumentResolver.name, dictionary_id=None,
                                 merged_because=["an office issuing statements, its holder not named"])
                    actors.append(best)
            if best is not None:
                r.actor = best.id
                best.mentions.append(r)
                best.mentions.sort(key=lambda m: m.start)

    @staticmethod
    def _attach_pronouns(actors: list[Actor], pronouns: list[Mention]) -> None:
        """A pronoun belongs to the nearest preceding actor of its kind ("I" a person,
        "we" an organisation or state); with none before it, it is dropped."""
        wanted = {"person": ("person",), "organization": ("organization", "country")}
        named = sorted(((m.start, a) for a in actors for m in a.mentions), key=lambda x: x[0])
        starts = [s for s, _ in named]
        attached: dict[int, int] = {}          # id(actor) -> start of its latest attached pronoun
        # The nearest preceding actor of the kind, found by bisection: scanning every name for every
        # pronoun made long documents quadratic.
        for p in sorted(pronouns, key=lambda m: m.start):
            best, anchor = None, -1
            for j in range(bisect_left(starts, p.start) - 1, -1, -1):
                if named[j][1].type in wanted.get(p.type, ()):
                    best, anchor = named[j][1], named[j][0]
                    break
            if best is None:
                continue
            anchor = max(anchor, attached.get(id(best), -1))
            if p.start - anchor < 2000:
                p.actor = best.id
                best.mentions.append(p)
                attached[id(best)] = p.start
        for a in actors:
            a.mentions.sort(key=lambda m: m.start)

    def _merge_spelling_variants(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """"Nouri al-Malki" is "Nouri al-Maliki": same given name, near-identical surname."""
        from rapidfuzz.fuzz import ratio
        out: list[_Cluster] = []
        for c in clusters:
            target = None
            if c.type() == "organization":
                target = self._org_variant(c, out)
            if target is None and c.type() == "person":
                mine = [normalise_name(n).split() for n in c.names if len(n.split()) >= 2]
                for o in out:
                    if o.type() != "person" or (o.dictionary_id and c.dictionary_id):
                        continue
                    theirs = [normalise_name(n).split() for n in o.names if len(n.split()) >= 2]
                    if any(a[0] == b[0] and len(a) == len(b) and a[-1] != b[-1] and a[-1][:1] == b[-1][:1]
                           and ratio(a[-1], b[-1]) >= 80 for a in mine for b in theirs):
                        target = o
                        break
            if target is None:
                out.append(c)
            else:
                target.add(c, f"spelling variant '{c.names[0]}'")
        return out

    @staticmethod
    def _merge_aliases(clusters: list[_Cluster], aliases) -> list[_Cluster]:
        """"Bois Rouge SARLU (Bois Rouge), a.k.a. Wood International Group SARLU": names the
        text itself declares to be one actor's (pairs found by the actor extractor)."""
        for first, second in aliases:
            a = next((c for c in clusters if first in c.names), None)
            b = next((c for c in clusters if second in c.names), None)
            if a is None or b is None or a is b or (a.dictionary_id and b.dictionary_id):
                continue
            if (a.type() == "person") != (b.type() == "person") and not (_ner_only(a) or _ner_only(b)):
                continue          # "Hadi al-Ameri (Badr Organization)": a person and a body stay apart
            a.add(b, f"alias '{second}' declared in the text")
            clusters = [c for c in clusters if c is not b]
        return clusters

    @staticmethod
    def _head_order_keys(name: str, heads: set[str], dictionary) -> set[tuple[str, str]]:
        """(head, rest) keys of a body's name in either order: "Ministry of Intelligence (and
        Security)" and "Intelligence Ministry" -> ("ministry", "intelligence"); "Parliament of Iraq"
        and "Iraqi Parliament" -> ("parliament", "iraq")."""
        def canon(rest: list[str]) -> str:
            text = " ".join(rest)
            entry = dictionary.lookup(text)
            if entry is not None and entry.type == "country":
                return entry.id
            return normalise_name(text)
        words = name.replace("\u2019s", "").replace("'s", "").split()
        keys = set()
        if len(words) >= 3 and words[0] in heads and words[1] == "of":
            rest = words[2:]
            if rest and rest[0].lower() == "the":
                rest = rest[1:]
            if rest:
                keys.add((words[0].lower(), canon(rest)))
                if "and" in rest:
                    keys.add((words[0].lower(), canon(rest[:rest.index("and")])))
        elif len(words) >= 2 and words[-1] in heads and words[0] not in heads:
            keys.add((words[-1].lower(), canon(words[:-1])))
        return keys

    def _merge_head_orders(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """"Ministry of Intelligence and Security" = "Intelligence Ministry", "Parliament of Iraq" =
        "Iraqi Parliament": a body named with its head word first or last."""
        from ..extract.dictionary import load_dictionary, load_lexicon
        heads = {w for w, t in load_lexicon().head_words.items() if t == "organization"}
        dictionary = load_dictionary()
        owner: dict[tuple[str, str], _Cluster] = {}
        out: list[_Cluster] = []
        for c in clusters:
            if c.type() != "organization":
                out.append(c)
                continue
            keys = {k for n in set(c.names) for k in self._head_order_keys(n, heads, dictionary)}
            target = next((owner[k] for k in keys if k in owner and owner[k] is not c), None)
            if target is not None and not (target.dictionary_id and c.dictionary_id
                                           and target.dictionary_id != c.dictionary_id):
                target.add(c, "same body, head word first or last")
                for k in keys:
                    owner.setdefault(k, target)
                continue
            for k in keys:
                owner.setdefault(k, c)
            out.append(c)
        return out

    def _merge_short_bodies(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """A one-word organisation name is the short form of the one longer organisation name
        that adds only head words, a country or function words to it: "Parliament" of "Iraqi
        Parliament", "Wagner" of "Wagner Group", "Treasury" of "U.S. Treasury Department"; the noun
        before a long name's of-complement ("Tigers" of "Liberation Tigers of Tamil Eelam"); the last word or a two-
        or three-word tail of a name's own noun phrase ("a Framework member", "the Regional Government", "the
        Democratic Forces" of "... for the Liberation of X"); and a plural is its singular ("Houthis" / "Houthi")."""
        from ..extract.dictionary import load_dictionary, load_lexicon
        heads = {w for w, t in load_lexicon().head_words.items() if t == "organization"}
        dictionary = load_dictionary()

        def generic(word: str) -> bool:
            if word.lower() in FUNCTION_WORDS or word in heads:
                return True
            entry = dictionary.lookup(word)
            return dictionary.is_demonym(word) or (entry is not None and entry.type == "country")

        def short(c: _Cluster) -> str | None:
            words = {n for n in c.names if len(n.split()) == 1 and not _is_acronym(n)}
            return next(iter(words)) if len(words) == 1 and len(set(c.names)) == len(words) else None

        def short_phrase(c: _Cluster) -> list[str] | None:
            """The words of a cluster named by one two- or three-word phrase, none a state's name or demonym
            ("Syrian Army" names a body of its own, not the "Free Syrian Army")."""
            names = set(c.names)
            if len(names) != 1 or c.dictionary_id:
                return None
            words = next(iter(names)).split()
            if not 2 <= len(words) <= 3 or not all(x[:1].isupper() for x in words) or any(
                    dictionary.is_demonym(x) or getattr(dictionary.lookup(x), "type", None) == "country" for x in words):
                return None
            return words

        out: list[_Cluster] = []
        parent: dict[int, _Cluster] = {}
        for c in clusters:
            w = short(c)
            tail = [w] if w is not None else short_phrase(c)
            if tail is None or c.type() != "organization":
                out.append(c)
                continue
            cands = {}
            for o in clusters:
                if o is c or o.type() != "organization" or (o.dictionary_id and c.dictionary_id):
                    continue
                for n in o.names:
                    words = n.replace("\u2019s", "").replace("'s", "").split()
                    # the name's own noun phrase: its words before an of/for complement
                    head = words[:min(words.index(x) for x in ("of", "for") if x in words)] \
                        if "of" in words or "for" in words else words
                    if w is not None and len(words) >= 2 and w in words and all(generic(x) for x in words if x != w):
                        cands[id(o)] = o
                    elif (len(words) <= 3 or len(head) < len(words)) and len(words) > len(tail) \
                            and len(head) >= len(tail) and head[-len(tail):] == tail \
                            and head[0][:1].isupper() and (len(head) > len(tail) or len(words) >= 4):
                        # "the Council" of the one "Security Council" the text names, "a Framework member" of the
                        # "Coordination Framework", "the Regional Government" of the "Kurdistan Regional Government",
                        # "the Tigers" of the "Liberation Tigers of Tamil Eelam"; a name of four words or more only
                        # through its of/for complement (its last word alone is weak evidence there)
                        cands[id(o)] = o
                    elif w is not None and len(words) == 1 and normalise_name(n) in (normalise_name(w) + "s", normalise_name(w)[:-1]) \
                            and normalise_name(w).endswith("s") != normalise_name(n).endswith("s"):
                        cands[id(o)] = o
            if len(cands) == 1 and later_namesake(c, next(iter(cands.values())), clusters):
                out.append(c)             # "The Council of Ministers ... The Council": named before (evargs8)
                continue
            if len(cands) == 1:
                target = next(iter(cands.values()))
                while id(target) in parent:
                    target = parent[id(target)]
                if target is not c:
                    target.add(c, f"short form '{' '.join(tail)}' of a unique longer name")
                    parent[id(c)] = target
                    continue
            out.append(c)
        return out

    @staticmethod
    def _org_variant(c: _Cluster, out: list[_Cluster]):
        """"Population Mobilization Units" is "Popular Mobilization Units": one body's name with
        one word (not its head) misspelt: same words otherwise, the odd pair sharing four letters."""
        mine = [normalise_name(n).split() for n in c.names if len(n.split()) >= 2]
        for o in out:
            if o.type() != "organization" or (o.dictionary_id and c.dictionary_id):
                continue
            for b in (normalise_name(n).split() for n in o.names if len(n.split()) >= 2):
                for a in mine:
                    if len(a) != len(b) or a[-1] != b[-1]:
                        continue
                    diff = [(x, y) for x, y in zip(a, b) if x != y]
                    if len(diff) == 1 and len(diff[0][0]) >= 5 and diff[0][0][:4] == diff[0][1][:4]:
                        return o
        return None

    def _merge_acronyms(self, clusters: list[_Cluster], definitions) -> list[_Cluster]:
        defined = {normalise_name(a): normalise_name(e) for a, e in definitions}
        long_by_key = {}
        for c in clusters:
            for n in c.names:
                if not _is_acronym(n):
                    long_by_key.setdefault(normalise_name(n), c)
        by_initials: dict[str, list[_Cluster]] = defaultdict(list)
        for c in clusters:
            for n in set(c.names):
                if len(n.split()) >= 2 and not _is_acronym(n):
                    by_initials[initials(n)].append(c)
        out = []
        for c in clusters:
            acros = [n for n in c.names if _is_acronym(n) or (len(n.split()) == 2 and normalise_name(n) in defined)]
            if not acros or len(acros) != len(c.names):
                out.append(c)
                continue
            target = None
            for a in acros:
                key = normalise_name(a)
                if key in defined:
                    exp = defined[key]
                    hits = {id(x): x for k, x in long_by_key.items() if x is not c and (k.endswith(exp) or exp.endswith(k))}
                    if len(hits) == 1:
                        target, reason = next(iter(hits.values())), f"acronym '{a}' defined in the text"
                        break
                cands = {id(x): x for x in by_initials.get(a.replace(".", ""), []) if x is not c
                         and not any(a in n.split() for n in x.names)}   # "UN" of "UN News": a word, no initials (actors28)
                if len(cands) == 1:
                    target, reason = next(iter(cands.values())), f"acronym '{a}' spells the initials"
                    break
            if target is None or target is c:
                out.append(c)
            else:
                target.add(c, reason)
        return out

    def _merge_surnames(self, clusters: list[_Cluster]) -> list[_Cluster]:
        full: dict[str, list[_Cluster]] = defaultdict(list)
        other: dict[str, list[_Cluster]] = defaultdict(list)   # middle names, family names written first
        for c in clusters:
            if c.type() != "person":
                continue
            for n in set(c.names):
                if len(n.split()) >= 2:
                    for index, keys in ((full, surname_keys(n)), (other, other_name_keys(n, self.titles))):
                        for key in keys:
                            if all(x is not c for x in index[key]):
                                index[key].append(c)
        out = []
        for c in clusters:
            single = all(len(n.split()) == 1 or re.fullmatch(r"(?i)(al|el)[- ]\S+", n) or particle_surname(n)
                         for n in c.names)
            if not single or c.type() not in ("person", "organization", "place") or listed_body(c):
                out.append(c)
                continue
            keys = {normalise_name(n) for n in c.names}
            cands = {id(x): x for k in keys for x in full.get(k, []) if x is not c}
            if not cands:                    # no last name: a middle name or a family name written first
                cands = {id(x): x for k in keys for x in other.get(k, []) if x is not c}
            if not cands and (c.type() == "person" or _ner_only(c)) and (first := by_first_word(c, clusters)):
                cands = {id(first): first}   # "Kishida" of "Kishida Fumio": the first word of one name before
            if not cands and (c.type() == "person" or _ner_only(c)) and (spelt := by_surname_spelling(c, clusters)):
                cands = {id(spelt): spelt}   # "al-Soudani" of "Mohammed Shia al-Sudani"
            if len(cands) == 1:
                next(iter(cands.values())).add(c, f"surname '{c.names[0]}' of a unique full name")
            else:
                out.append(c)
        return out

    def _actors(self, clusters: list[_Cluster], names: dict[tuple[int, int], str]) -> list[Actor]:
        actors: list[Actor] = []
        used: Counter = Counter()
        from ..extract.dictionary import load_dictionary
        for c in clusters:
            name = c.best_name()
            if c.demonyms and set(c.names) <= c.demonyms:
                # a country the text names only by its demonym ("Indian police") is still named by its name
                entry = load_dictionary().demonym_country(name)
                name = entry.name if entry is not None else name
            elif c.dictionary_id:
                # a state named in its formal style ("the Islamic Republic of Iran") is still Iran: one name
                # and id for the state in every document
                entry = load_dictionary().entries.get(c.dictionary_id)
                if entry is not None and entry.type == "country" and c.type() == "country":
                    name = entry.name
                elif entry is not None and entry.name.lower() == name.lower():
                    name = entry.name        # "BAGHDAD" of a shouted dateline is Baghdad
            aid = slug(name)
            used[aid] += 1
            if used[aid] > 1:
                aid = f"{aid}_{used[aid]}"
            aliases = []
            for m in c.mentions:
                # a person's titled form is a surface form, and a group's name with its noun ("the Haqqani
                # network"); a group phrase ("Iraqi forces") is not a name
                if (m.start, m.end) in names and m.type != "person" and m.text.split()[-1] not in self.name_parts \
                        and not _located_place(m, names[(m.start, m.end)]) \
                        and not place_with_noun(m, names[(m.start, m.end)], self.place_kind_nouns) \
                        and not landmark_form(m, names[(m.start, m.end)]) \
                        and not government_form(m.text, c.type()):   # "the Government of Japan" is Japan's name
                    continue
                if m.text != name and m.text not in aliases:
                    aliases.append(m.text)
                untitled = strip_titles(m.text, self.titles, self.given_name_titles) if m.type == "person" else name
                if untitled not in (name, m.text) and untitled not in aliases:
                    aliases.append(untitled)    # "President X R. Y, Jr.": the name with its suffix is a surface form
            for n in c.names:
                if n != name and n not in aliases:
                    aliases.append(n)
            entry = load_dictionary().entries.get(c.dictionary_id) if c.dictionary_id else None
            if entry is not None and entry.type != "country":   # a state's short forms are its demonym's business
                for form in entry_forms_inside([m.text for m in c.mentions], entry.names()):
                    if form != name and form not in aliases:
                        aliases.append(form)   # "Anbar" inside "Anbar province"
            if c.type() == "organization":
                for m in c.mentions:
                    own = body_without_state(m.text, self._is_state, self._is_body_head)
                    if own and own != name and own not in aliases:
                        aliases.append(own)    # "Foreign Ministry" of "Iran's Foreign Ministry"
            mentions = sorted(c.mentions, key=lambda m: m.start)
            type_ = c.type()
            for m in mentions:
                m.actor = aid
                if m.source == "ner":
                    m.type = type_        # a bare NER guess ("Votel" tagged ORG) yields to the actor's vote
            actors.append(Actor(id=aid, name=name, type=type_, aliases=aliases, mentions=mentions,
                                extractor=WithinDocumentResolver.name, dictionary_id=c.dictionary_id,
                                merged_because=c.reasons))
        return actors

    @staticmethod
    def _head_type(name: str) -> str | None:
        from ..extract.dictionary import load_lexicon
        return load_lexicon().type_by_head(name)

    @staticmethod
    def _state_word(word: str) -> bool:
        """A country's name or a demonym ("Forward" is neither; "Iraqi" is)."""
        from ..extract.dictionary import load_dictionary
        dictionary = load_dictionary()
        entry = dictionary.lookup(word)
        return dictionary.is_demonym(word) or (entry is not None and entry.type == "country")

    @staticmethod
    def _is_state(words: str) -> bool:
        from ..extract.dictionary import load_dictionary
        entry = load_dictionary().lookup(words)
        return entry is not None and entry.type == "country"

    @staticmethod
    def _is_body_head(word: str) -> bool:
        from ..extract.dictionary import load_lexicon
        return load_lexicon().head_words.get(word) == "organization"


def _located_place(mention, name: str) -> bool:
    """"Palmyra, Syria", "Fort Campbell, Kentucky": a place written with the region that locates it is a surface
    form of the place (the region is no mention of its own there: actors/extractor._drop_swallowed)."""
    return mention.type == "place" and mention.text.startswith(name + ", ")
