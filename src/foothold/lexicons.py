"""The event-data community's lexicons, converted into data/lexicons/ and validated when loaded.

- ``load_cameo()``: the PETRARCH2 CAMEO verb dictionary (verb lemma -> synonym block -> patterns with
  CAMEO codes) with each code's PLOVER type/mode/context (CAMEO2PLOVER table, PLOVER manual overrides).
  ``extract.events.cameo.lookup(token)`` reads it for a parsed verb.
- ``load_phoenix()``: the Phoenix actor dictionaries (name variants -> entries with a kind
  person/organization/place and dated CAMEO actor codes). ``lookup_actor``, ``phoenix_type`` and
  ``phoenix_roles`` read it.

Both files are written by ``scripts/convert_lexicons.py`` from ../shared/resources (see data/lexicons/README.md
for sources and licences). Nothing is read until first use; each file is read and validated once
(``lru_cache``). A malformed file raises a coded DataFileError naming the file and the entry.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .errors import DataFileError
from .model import EVENT_TYPES
from .resolve.names import normalise_name

DATA_DIR = Path(__file__).resolve().parent / "data" / "lexicons"
CAMEO_PATH = DATA_DIR / "cameo_verbs.json.gz"
PHOENIX_PATH = DATA_DIR / "phoenix_actors.json.gz"
ENTRY_KINDS = ("person", "organization", "place", "media")
VARIANT_KINDS = ENTRY_KINDS + ("title",)
_CODE = re.compile(r"^\d{2,4}$")
_ACTOR_CODE = re.compile(r"^[A-Z0-9]{3,15}$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ORG_CODE_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "NGM")


class CameoLexiconError(DataFileError):
    """The converted CAMEO verb dictionary is malformed."""
    code = "E221"


class PhoenixLexiconError(DataFileError):
    """The converted Phoenix actor dictionary is malformed."""
    code = "E222"


FIX = "Regenerate it with scripts/convert_lexicons.py (or correct the entry named)."


def _read(path: Path, err: type[DataFileError], fmt: str) -> dict:
    try:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            raw = json.load(fh)
    except (OSError, EOFError, ValueError) as exc:
        raise err(f"cannot read the file: {exc}", path=str(path), fix=FIX) from exc
    if not isinstance(raw, dict) or raw.get("format") != fmt or raw.get("version") != 1:
        raise err(f"not a version-1 '{fmt}' file", path=str(path), fix=FIX)
    return raw


# ------------------------------------------------------------------------------------------- CAMEO verbs

@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None
    context: str | None
    cameo: str                                # the CAMEO category's description
    via: str | None = None                    # the parent code whose row applies (code not in the table)


@dataclass(frozen=True)
class Pattern:
    code: str | None                          # None: the pattern says "no event" ([---])
    subj: str | None = None
    prt: str | None = None
    obj: str | None = None
    mods: tuple[str, ...] = ()
    preps: tuple[tuple[str, str | None], ...] = ()
    reverse: bool = False                     # [:173]: the grammatical target did it (subject suffered it)
    via: str | None = None                    # the verb the pattern was written for (comment)
    source: str = "petrarch2"

    def text(self) -> str:
        """The pattern in a readable form: 'SUBJ * prt {mods obj} (prep obj)'."""
        parts = [self.subj or "", "*"]
        if self.prt:
            parts.append(self.prt)
        if self.obj:
            parts.append(" ".join((*self.mods, self.obj)))
        parts += [f"({p} {o})" if o else f"({p})" for p, o in self.preps]
        return " ".join(p for p in parts if p)

    def specificity(self) -> int:
        return (self.subj is not None) + (self.prt is not None) + 2 * (self.obj is not None) + len(self.mods) \
            + sum(1 + (o is not None) for _, o in self.preps)


@dataclass(frozen=True)
class Block:
    name: str
    code: str | None
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True)
class Sense:
    block: int
    code: str | None                          # the verb's own code, else the block's
    own_code: bool = False
    pre: str | None = None                    # WIRE_+TAP: the word before the verb
    post: str | None = None                   # +GUN_DOWN: the particle / preposition after it
    forms: tuple[str, ...] = ()


@dataclass
class CameoLexicon:
    codes: dict[str, Plover | None]
    synsets: dict[str, frozenset[str]]
    blocks: list[Block]
    verbs: dict[str, tuple[Sense, ...]]
    forms: dict[str, str]                     # irregular / listed verb form -> lemma
    counts: dict[str, int]
    path: str = ""

    def plover(self, code: str | None) -> Plover | None:
        return self.codes.get(code) if code else None

    def words(self, item: str) -> frozenset[str]:
        """The words a pattern item stands for: a synset's members, or the word itself (with its singular)."""
        if item.startswith("&"):
            return self.synsets.get(item, frozenset())
        return _variants(item)


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _variants(w: str) -> frozenset[str]:
    return frozenset({w, _singular(w)})


def parse_cameo(raw: dict, path: Path = CAMEO_PATH) -> CameoLexicon:
    """Validate the converted CAMEO dictionary and build the lookup structures."""
    def fail(msg: str) -> CameoLexiconError:
        return CameoLexiconError(msg, path=str(path), fix=FIX)

    for key in ("codes", "synsets", "blocks", "verbs", "counts", "sources"):
        if key not in raw:
            raise fail(f"missing section '{key}'")
    codes: dict[str, Plover | None] = {}
    for code, row in raw["codes"].items():
        if not _CODE.match(code):
            raise fail(f"codes: '{code}' is not a 2-4 digit CAMEO code")
        if row is None:
            codes[code] = None
            continue
        if not isinstance(row, dict) or row.get("type") not in EVENT_TYPES:
            raise fail(f"codes.{code}: needs a 'type' among the 16 PLOVER types, got {row!r}")
        codes[code] = Plover(row["type"], row.get("mode"), row.get("context"), row.get("cameo", ""), row.get("from"))
    synsets = {}
    for label, words in raw["synsets"].items():
        if not label.startswith("&") or not isinstance(words, list):
            raise fail(f"synsets.{label}: needs a '&' label and a list of words")
        synsets[label] = frozenset(v for w in words for v in _variants(str(w)))

    def code_ok(c, where):
        if c is not None and c not in codes:
            raise fail(f"{where}: code {c!r} is not in 'codes'")
        return c

    def item_ok(w, where):
        if w is not None and (not isinstance(w, str) or (w.startswith("&") and w not in synsets)):
            raise fail(f"{where}: unknown word or synset {w!r}")
        return w

    blocks = []
    for b, blk in enumerate(raw["blocks"]):
        if not isinstance(blk, dict) or not isinstance(blk.get("name"), str) or not isinstance(blk.get("patterns"), list):
            raise fail(f"blocks[{b}]: needs 'name' and 'patterns'")
        pats = []
        for p, pat in enumerate(blk["patterns"]):
            where = f"blocks[{b}] ({blk['name']}).patterns[{p}]"
            if not isinstance(pat, dict) or "code" not in pat:
                raise fail(f"{where}: needs a 'code'")
            preps = pat.get("preps", [])
            if not all(isinstance(x, list) and len(x) == 2 and isinstance(x[0], str) for x in preps):
                raise fail(f"{where}: 'preps' must be [preposition, object-or-null] pairs")
            pats.append(Pattern(
                code=code_ok(pat["code"], where), subj=item_ok(pat.get("subj"), where),
                prt=pat.get("prt"), obj=item_ok(pat.get("obj"), where),
                mods=tuple(item_ok(m, where) for m in pat.get("mods", ())),
                preps=tuple((x[0], item_ok(x[1], where)) for x in preps),
                reverse=bool(pat.get("reverse", False)), via=pat.get("via"), source=pat.get("source", "petrarch2")))
        blocks.append(Block(blk["name"], code_ok(blk.get("code"), f"blocks[{b}]"), tuple(pats)))
    verbs: dict[str, tuple[Sense, ...]] = {}
    forms: dict[str, str] = {}
    for lemma, senses in raw["verbs"].items():
        out = []
        for k, s in enumerate(senses):
            where = f"verbs.{lemma}[{k}]"
            if not isinstance(s, dict) or not isinstance(s.get("block"), int) or not 0 <= s["block"] < len(blocks):
                raise fail(f"{where}: 'block' must index 'blocks'")
            own = bool(s.get("own_code"))
            code = code_ok(s.get("code"), where) if own else blocks[s["block"]].code
            out.append(Sense(s["block"], code, own, s.get("pre"), s.get("post"), tuple(s.get("forms", ()))))
            for f in s.get("forms", ()):
                forms.setdefault(f, lemma)
        verbs[lemma] = tuple(out)
    return CameoLexicon(codes, synsets, blocks, verbs, forms, dict(raw["counts"]), str(path))


@lru_cache(maxsize=4)
def load_cameo(path: str | None = None) -> CameoLexicon:
    """The converted CAMEO verb dictionary (or the one at ``path``), read and validated once."""
    p = Path(path) if path else CAMEO_PATH
    return parse_cameo(_read(p, CameoLexiconError, "foothold.cameo_verbs"), p)


# ------------------------------------------------------------------------------------------- Phoenix actors

class Role(NamedTuple):
    """A dated CAMEO actor code: ('IRQ', 'GOV', '2006-05-20', '2014-09-08'); open ends are None."""
    org: str                                  # country code (IRQ) or organisation code (IGOUNO)
    role: str                                 # GOV, MIL, ELI, REB, GOVAGR ... ('' for the bare code)
    start: str | None
    end: str | None


@dataclass(frozen=True)
class ActorEntry:
    name: str                                 # the canonical Phoenix name ("NURI AL MALIKI")
    kind: str                                 # the entry's kind: person | organization | place | media
    variant_kind: str                         # the matched variant's kind (+ title: "UN SECRETARY GENERAL")
    source: str                               # countries | international | milnonstate
    codes: tuple[tuple[str, str | None, str | None], ...] = field(default=())

    def roles(self, on: str | None = None) -> list[Role]:
        """Codes in force on ISO date ``on`` (the undated defaults when no dated one covers it); all without."""
        def role(c):
            code, s, e = c
            cut = 6 if code.startswith(ORG_CODE_PREFIXES) and len(code) >= 6 else 3
            return Role(code[:cut], code[cut:], s, e)
        if on is None:
            return [role(c) for c in self.codes]
        dated = [c for c in self.codes if (c[1] or c[2]) and (c[1] or "0000") <= on <= (c[2] or "9999")]
        if dated:
            return [role(c) for c in dated]
        return [role(c) for c in self.codes if not c[1] and not c[2]]


KINDS = {"p": "person", "o": "organization", "l": "place", "m": "media", "t": "title"}
SOURCES = {"c": "countries", "i": "international", "m": "milnonstate"}
_DATE = r"(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|-)"
_CODES = re.compile(rf"^(?:[A-Z0-9]{{3,15}} {_DATE} {_DATE}(?:;[A-Z0-9]{{3,15}} {_DATE} {_DATE})*)?$")
_HITS = re.compile(r"^\d+[poltm](?:;\d+[poltm])*$")
_INDEX = re.compile(r"(\d+)[poltm]")


_DATED = re.compile(r"\d{4}-")


def _date_ok(d) -> bool:
    if d is None:
        return True
    try:
        date.fromisoformat(d)
    except (TypeError, ValueError):
        return False
    return bool(_ISO.match(d))


def _codes(packed: str) -> tuple[tuple[str, str | None, str | None], ...]:
    out = []
    for part in packed.split(";") if packed else ():
        c, s, e = part.split(" ")
        out.append((c, None if s == "-" else s, None if e == "-" else e))
    return tuple(out)


@dataclass
class PhoenixActors:
    entries: list[list]                       # [name, kind letter, source letter, 'CODE start end;...']
    names: dict[str, str]                     # key -> 'entry-index kind-letter;...'
    counts: dict[str, int]
    path: str = ""

    def lookup(self, name: str) -> list[ActorEntry]:
        hits = self.names.get(normalise_name(name))
        out = []
        for h in hits.split(";") if hits else ():
            n, kind, source, codes = self.entries[int(h[:-1])]
            out.append(ActorEntry(n, KINDS[kind], KINDS[h[-1]], SOURCES[source], _codes(codes)))
        return out


def parse_phoenix(raw: dict, path: Path = PHOENIX_PATH) -> PhoenixActors:
    """Validate the converted Phoenix dictionary (kinds, codes, well-formed ordered dates, name index)."""
    def fail(msg: str) -> PhoenixLexiconError:
        return PhoenixLexiconError(msg, path=str(path), fix=FIX)

    for key in ("entries", "names", "counts", "sources"):
        if key not in raw:
            raise fail(f"missing section '{key}'")
    entries = raw["entries"]
    if not isinstance(entries, list):
        raise fail("'entries' must be a list")
    entry_kinds = {k for k, v in KINDS.items() if v in ENTRY_KINDS}
    for i, e in enumerate(entries):
        if not (isinstance(e, list) and len(e) == 4 and isinstance(e[0], str) and e[0]):
            raise fail(f"entries[{i}]: needs [name, kind, source, codes]")
        where = f"entries[{i}] ({e[0]})"
        if e[1] not in entry_kinds or e[2] not in SOURCES:
            raise fail(f"{where}: unknown kind {e[1]!r} or source {e[2]!r} (kinds {sorted(entry_kinds)})")
        if not isinstance(e[3], str) or not _CODES.match(e[3]):
            raise fail(f"{where}: codes {e[3]!r} must be 'CAMEO-CODE start end;...' with YYYY-MM-DD dates or '-'")
        if _DATED.search(e[3]):                                   # a dated code: check the calendar and the order
            for c, start, end in _codes(e[3]):
                if not (_date_ok(start) and _date_ok(end)):
                    raise fail(f"{where}: code {c} has a malformed date ({start!r}, {end!r})")
                if start and end and start > end:
                    raise fail(f"{where}: code {c} ends ({end}) before it starts ({start})")
    names = raw["names"]
    if not isinstance(names, dict):
        raise fail("'names' must map name keys to entries")
    n, top = len(entries), -1
    for key, hits in names.items():
        if not isinstance(hits, str) or not _HITS.match(hits):
            raise fail(f"names.{key!r}: needs 'entry-index kind-letter;...' with kinds among {sorted(KINDS)}")
        top = max(top, *map(int, _INDEX.findall(hits)))
    if top >= n:
        raise fail(f"names: entry index {top} is outside the {n} entries")
    return PhoenixActors(entries, names, dict(raw["counts"]), str(path))


@lru_cache(maxsize=4)
def load_phoenix(path: str | None = None) -> PhoenixActors:
    """The converted Phoenix actor dictionaries (or the file at ``path``), read and validated once."""
    p = Path(path) if path else PHOENIX_PATH
    return parse_phoenix(_read(p, PhoenixLexiconError, "foothold.phoenix_actors"), p)


def lookup_actor(name: str) -> list[ActorEntry]:
    """Phoenix entries listing ``name`` (matched by foothold's name key: case, accents, hyphens, 'al-')."""
    return load_phoenix().lookup(name)


def _iso(d) -> str | None:
    if d is None:
        return None
    if isinstance(d, date):
        return d.isoformat()
    s = str(d)                                # a year or month: its middle day
    return s if _ISO.match(s) else (f"{s}-07-01" if re.match(r"^\d{4}$", s) else
                                    f"{s}-15" if re.match(r"^\d{4}-\d{2}$", s) else None)


def _active(entry: ActorEntry, on: str | None) -> bool:
    return on is None or any((c[1] or c[2]) and (c[1] or "0000") <= on <= (c[2] or "9999") for c in entry.codes)


def phoenix_type(name: str, doc_date=None) -> tuple[str | None, str]:
    """('person' | 'organization' | None, evidence) for an actor name, from the Phoenix dictionaries.

    The matched variant's kind decides ('Abu Bakr al-Baghdadi' listed under ISIL is a person); entries in
    force on ``doc_date`` (ISO string or date) are preferred when the name is listed more than once;
    places, media outlets, bare titles ('UN Secretary General') and conflicting listings give None."""
    hits = lookup_actor(name)
    if not hits:
        return None, "not in the Phoenix dictionaries"
    on = _iso(doc_date)
    current = [h for h in hits if _active(h, on)] if on else []
    pool = current or hits
    kinds = {h.variant_kind for h in pool}

    def show(h: ActorEntry) -> str:
        codes = " ".join(f"[{c}{' ' + (s or '') + '..' + (e or '') if s or e else ''}]" for c, s, e in h.codes[:3])
        under = f"listed under {h.kind} " if h.variant_kind != h.kind else ""
        return f"Phoenix {h.source}: {under}{h.name} {codes}".strip()

    if len(kinds) > 1:
        return None, "ambiguous in Phoenix: " + "; ".join(f"{h.variant_kind} ({show(h)})" for h in pool[:3])
    kind = kinds.pop()
    if kind in ("place", "title", "media"):
        what = {"media": "media outlet"}.get(kind, kind)
        return None, f"a {what} in Phoenix ({show(pool[0])})"       # foothold types places and outlets itself
    return kind, show(pool[0])


@lru_cache(maxsize=1)
def phoenix_given_names() -> frozenset[str]:
    """Name keys' first words that open more of the Phoenix dictionaries' people than of their other listings
    ("mahamat", "felipe"): a word that opens a person's name. Titles listed with people ("president") and words
    opening bodies as often ("united", "national") are left out by the count."""
    people: dict[str, int] = {}
    others: dict[str, int] = {}
    for key, hits in load_phoenix().names.items():
        words = key.split()
        if len(words) < 2 or not words[0].isalpha():
            continue
        counts = people if any(h.endswith("p") for h in hits.split(";")) else others
        counts[words[0]] = counts.get(words[0], 0) + 1
    return frozenset(w for w, n in people.items() if n > others.get(w, 0))


def phoenix_roles(name: str, on=None) -> list[Role]:
    """Dated affiliations for ``name``: (country/org code, role code, start, end), e.g.
    ('IRQ', 'GOV', '2006-05-20', '2014-09-08') for Nuri al-Maliki. With a date, only the codes in force
    then (else the entry's undated default); persons' own listings come before group entries naming them."""
    on = _iso(on)
    hits = sorted(lookup_actor(name), key=lambda h: h.kind != h.variant_kind)
    out: list[Role] = []
    for h in hits:
        for r in h.roles(on):
            if r not in out:
                out.append(r)
    return out


# ------------------------------------------------------------------------------------------- Phoenix agents

AGENTS_PATH = DATA_DIR / "phoenix_agents.json.gz"
_AGENT_CODE = re.compile(r"^[A-Z]{3,12}$")


class AgentLexiconError(DataFileError):
    """The converted Phoenix generic-agent dictionary is malformed."""
    code = "E223"


def parse_agents(raw: dict, path: Path = AGENTS_PATH) -> dict[str, str]:
    agents = raw.get("agents")
    if not isinstance(agents, dict) or not agents:
        raise AgentLexiconError("no 'agents' mapping", path=str(path), fix=FIX)
    for phrase, code in agents.items():
        if not isinstance(phrase, str) or not phrase.strip() or phrase != phrase.lower():
            raise AgentLexiconError(f"agent {phrase!r}: phrases are lower-case text", path=str(path), fix=FIX)
        if not isinstance(code, str) or not _AGENT_CODE.match(code):
            raise AgentLexiconError(f"agent {phrase!r}: {code!r} is not a CAMEO agent code", path=str(path), fix=FIX)
    return dict(agents)


@lru_cache(maxsize=4)
def load_agents(path: str | None = None) -> dict[str, str]:
    """Phoenix's generic agents ("rebel", "police", "protester" -> CAMEO agent code), read and validated once."""
    p = Path(path) if path else AGENTS_PATH
    return parse_agents(_read(p, AgentLexiconError, "foothold.phoenix_agents"), p)


def agent_code(phrase: str) -> str | None:
    """The CAMEO agent code of a generic agent noun, singular or plural ("Rebels" -> REB), else None."""
    key = " ".join(phrase.lower().split())
    agents = load_agents()
    if key in agents:
        return agents[key]
    if key.endswith("men") and key[:-3] + "man" in agents:
        return agents[key[:-3] + "man"]
    for cut in ("es", "s"):
        if key.endswith(cut) and key[:-len(cut)] in agents:
            return agents[key[:-len(cut)]]
    return agents.get(_singular(key))
