"""Parenthesised source notes -> citations (``foothold.citations.v1``).

A source note is a parenthesis that ENDS WITH A DATE and names an outlet:
"(IRNA, June 17, 2020)", "(Tasnim; Mehr, February 15, 2020)" (two outlets,
one date), "(al-Marsad News, March 31, 2020; al-Akhbar, April 1, 2020)"
(two notes in one), "(Source: Reuters, 3 June 2020)", "(AP, 2020-06-03)".
Acronym definitions "(PMU, the umbrella body ...)" end with no date and a
date alone "(May 24, 2020)" names no outlet, so neither is a citation.

The outlet is the note's head as written, tidied: a leading "the" dropped,
"the Twitter account of the prime minister" cited as "Twitter", "the X
website" as "X". Unknown outlets are accepted by form (capitalised or
"al-" names, domains such as "seateshgh.com"); data/outlets.yaml adds
the known ones. A note without a year takes the document's year (a month
later than the document's month: the year before, since a source cannot
postdate the report), else the text's most common year.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import DataFileError
from ..model import Citation, DateValue
from ..resolve.names import normalise_name
from .dates import dominant_year, parse_date
from ..yamlfile import load_yaml

NAME = "foothold.citations.v1"
MAX_OUTLET_WORDS = 8

# Round or square brackets: "(IRNA, June 3, 2020)", "[IRNA, June 3, 2020]".
NOTE_RE = re.compile(r"\(([^()\n]{3,400})\)|\[([^\[\]\n]{3,400})\]")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
         rf"|\d{{4}}-\d{{2}}-\d{{2}}"
         rf"|{_MONTH},?\s+\d{{4}}"
         rf"|(?:19|20)\d\d)")
# The date closing a segment, after a comma (or alone: "(Tasnim; Mehr, ...)" segments).
TRAILING_DATE_RE = re.compile(
    rf"(?:^|,)\s*(?i:(?:published|posted|updated|accessed|dated)\s+(?:on\s+)?)?(?P<date>{_DATE})\s*\.?\s*$")
PREFIX_RE = re.compile(
    r"^\s*(?i:sources?|via|see(?:\s+also)?|cf\.|also|(?:as\s+)?reported\s+(?:by|in)|according\s+to|"
    r"cited\s+(?:by|in)|quoted\s+(?:by|in)|citing|from|and)\s*:?\s+")
AND_RE = re.compile(r"\s+(?:and|&)\s+")
DOMAIN_RE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?i:com|net|org|ir|iq|info|news|tv|me|co|uk|io|lb|sy|ae|"
                       r"sa|qa|ps|tr|ru|fr|de|online|media)$")
ARTICLE_NAME_RE = re.compile(r"^(?i:al|el|an|ar|as|ash|at|ad|az|ad|ul)-\w")
TRAILING_WORDS_RE = re.compile(r"(?:'s)?\s+(?i:website|web\s+site|site|report|reported|reports|interview|statement|"
                               r"article|editorial|news\s+website|official\s+website|page)$")
URL_RE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)(?:/\S*)?$")
LANGUAGE_TAG_RE = re.compile(r"(?:\s*\[[^\]]*\]|\s+(?i:in)\s+(?:English|Arabic|Persian|Farsi|Kurdish|Turkish|Hebrew|"
                             r"French|Russian))$")
WEBSITE_OF_RE = re.compile(r"^(?i:the\s+)?(?i:official\s+)?(?i:website|web\s+site|site|page)\s+of\s+(?:the\s+)?(?P<name>.+)$")
# Lowercase words an outlet's name may contain ("the Iraq news agency").
NAME_LOWER_WORDS = frozenset(
    "of the and for on in news agency daily online newspaper television tv radio channel network press "
    "website site media service weekly magazine al de la le el e ye va".split())
NOT_OUTLETS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december ibid ibid. op. cit. see above below".split())


# --- data -----------------------------------------------------------------------

@dataclass(frozen=True)
class OutletData:
    outlets: dict[str, str]      # normalised name or alias -> outlet name
    platforms: dict[str, str]    # normalised platform word -> platform name


def _validate_entries(entries, key: str, path: str) -> list[dict]:
    if not isinstance(entries, list):
        raise DataFileError(f"'{key}' must be a list", path=path, fix="Write one '- {name: ..., aliases: [...]}' per entry.")
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise DataFileError(f"{key}[{i}] has no name", path=path, fix="Give every entry a non-empty 'name'.")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise DataFileError(f"{key}[{i}] ({entry['name']}): aliases must be a list of strings", path=path,
                                fix="Write aliases as [Alias One, Alias Two].")
    return entries


def parse_outlet_data(raw, path: str = "outlets.yaml") -> OutletData:
    """Validate the outlets file's content and index it by normalised name."""
    if not isinstance(raw, dict):
        raise DataFileError("the outlets file must be a mapping with 'outlets' and 'platforms'", path=path,
                            fix="Start the file with 'outlets:' and 'platforms:' lists.")
    outlets: dict[str, str] = {}
    for entry in _validate_entries(raw.get("outlets", []), "outlets", path):
        for form in [entry["name"], *entry.get("aliases", [])]:
            outlets.setdefault(normalise_name(form), entry["name"])
    platforms: dict[str, str] = {}
    for entry in _validate_entries(raw.get("platforms", []), "platforms", path):
        for form in [entry["name"], *entry.get("aliases", [])]:
            platforms.setdefault(form.lower(), entry["name"])
    return OutletData(outlets, platforms)


@lru_cache(maxsize=1)
def outlet_data() -> OutletData:
    path = resources.files("foothold") / "data" / "outlets.yaml"
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(f"invalid YAML: {exc}", path=str(path), fix="Fix the YAML syntax.") from exc
    return parse_outlet_data(raw, str(path))


# --- parsing a note --------------------------------------------------------------

@dataclass
class NoteOutlet:
    outlet: str
    start: int          # offsets of the outlet's name in the scanned text
    end: int
    date: DateValue | None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t,;:.*_\"'":
        start += 1
    while end > start and text[end - 1] in " \t,;:.*_\"'":
        end -= 1
    return start, end


def is_outlet_like(name: str, data: OutletData | None = None) -> bool:
    """Whether a note's head reads as an outlet's name rather than a description."""
    data = data or outlet_data()
    if not name or name.lower() in NOT_OUTLETS:
        return False
    if normalise_name(name) in data.outlets or name.lower() in data.platforms or DOMAIN_RE.match(name):
        return True
    words = name.split()
    if len(words) > MAX_OUTLET_WORDS:
        return False
    if not (name[0].isupper() or name[0].isdigit() or ARTICLE_NAME_RE.match(name)):
        return False
    content = [w for w in words if w.lower() not in NAME_LOWER_WORDS]
    if not content:
        return False
    return all(w[0].isupper() or w[0].isdigit() or ARTICLE_NAME_RE.match(w) for w in content)


def _platform_in(text: str, start: int, end: int, data: OutletData) -> tuple[str, int, int] | None:
    """'the (official) Twitter account of ...' -> the platform word's span."""
    m = re.match(r"(?i:the\s+)?(?i:official\s+)?(?P<word>[\w]+)\b", text[start:end])
    if m and m.group("word").lower() in data.platforms:
        s = start + m.start("word")
        return data.platforms[m.group("word").lower()], s, s + len(m.group("word"))
    # "Masjedi's Twitter account", "Sabereen News Telegram channel": the named outlet if
    # it is one, else the platform.
    m = re.search(r"(?:'s)?\s+(?i:official\s+)?(?P<word>\w+)\s+(?i:account|channel|page|feed)$", text[start:end])
    if m and m.group("word").lower() in data.platforms:
        owner_end = start + m.start()
        owner = text[start:owner_end]
        if normalise_name(owner) in data.outlets:
            return owner, start, owner_end
        s = start + m.start("word")
        return data.platforms[m.group("word").lower()], s, s + len(m.group("word"))
    return None


def _outlet_of(text: str, start: int, end: int, data: OutletData) -> tuple[str, int, int] | None:
    """The outlet named by text[start:end], with its span, or None."""
    start, end = _strip(text, start, end)
    m = URL_RE.match(text[start:end])
    if m and ("/" in m.group() or m.group().lower().startswith("www.")):   # a link: its site
        return m.group("host"), start + m.start("host"), start + m.end("host")
    m = LANGUAGE_TAG_RE.search(text[start:end])
    if m and m.start() > 0:                     # "IRNA [Persian]", "IRNA in Persian"
        end = start + m.start()
    platform = _platform_in(text, start, end, data)
    if platform:
        return platform
    m = WEBSITE_OF_RE.match(text[start:end])
    if m:
        start += m.start("name")
        name = text[start:end].strip()
        if name[:1].isupper():       # "the website of the Iranian presidency": its owner
            return name, start, start + len(name)
    else:
        m = re.match(r"(?i:the)\s+", text[start:end])
        if m and end - start > m.end():
            start += m.end()
    m = TRAILING_WORDS_RE.search(text[start:end])
    if m and m.start() > 0 and not normalise_name(text[start:end]) in data.outlets:
        end = start + m.start()
    start, end = _strip(text, start, end)
    name = text[start:end]
    return (name, start, end) if is_outlet_like(name, data) else None


def _outlets_in_head(text: str, start: int, end: int, data: OutletData) -> list[tuple[str, int, int]]:
    """Outlets named in a segment's head: 'IRNA', 'IRNA and Tasnim', 'Reuters, citing officials'."""
    m = PREFIX_RE.match(text[start:end])
    while m and m.end() > 0:
        start += m.end()
        m = PREFIX_RE.match(text[start:end])
    parts: list[tuple[int, int]] = []
    pos = start
    for comma in [i for i in range(start, end) if text[i] == ","] + [end]:
        parts.append((pos, comma))
        pos = comma + 1
    found: list[tuple[str, int, int]] = []
    for i, (ps, pe) in enumerate(parts):
        pieces = [(ps, pe)]
        joined = list(AND_RE.finditer(text, ps, pe))
        if joined:
            bounds = [ps] + [x for j in joined for x in (j.start(), j.end())] + [pe]
            split = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
            if all(_outlet_of(text, s, e, data) for s, e in split):
                pieces = split
        for s, e in pieces:
            outlet = _outlet_of(text, s, e, data)
            if outlet is None:
                continue
            # After the first part, only known outlets: "Reuters, Baghdad" names a dateline.
            if i > 0 and normalise_name(outlet[0]) not in data.outlets and not DOMAIN_RE.match(outlet[0]):
                continue
            found.append(outlet)
        if i == 0 and not found:
            return []     # the head is a description, not an outlet
    return found


# A date followed by another source: "(IRNA, June 3, 2020, and Tasnim, June 4, 2020)".
DATE_THEN_SOURCE_RE = re.compile(rf"{_DATE}(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+)(?=\S)")


def _segment_ends(text: str, start: int, end: int) -> list[int]:
    """Where the note's segments end: at ";" and after a date that another source follows."""
    ends = {i for i in range(start, end) if text[i] == ";"}
    for m in DATE_THEN_SOURCE_RE.finditer(text, start, end):
        if m.group("sep").strip(" ,"):      # "... 2020, and Tasnim" / "... 2020 and Tasnim"
            ends.add(m.start("sep"))
        elif not re.match(rf"\s*(?:{_DATE})", text[m.end():end]):   # "..., 2020, Tasnim, ..." not ", 2020" itself
            ends.add(m.start("sep"))
    return sorted(ends) + [end]


def parse_note(text: str, start: int, end: int, *, anchor: DateValue | None,
               data: OutletData | None = None) -> list[NoteOutlet]:
    """Outlets and dates of the note body text[start:end] (no parentheses).

    Segments split by ";" each end with a date or share the next segment's;
    the note must end with a date. ``anchor`` supplies a missing year.
    """
    data = data or outlet_data()
    segments: list[tuple[int, int]] = []
    pos = start
    for i in _segment_ends(text, start, end):
        segments.append((pos, i))
        pos = i + 1
    results: list[NoteOutlet] = []
    pending: list[tuple[str, int, int]] = []
    closed = False
    roll_back = anchor is not None and anchor.precision != "year"
    for s, e in segments:
        m = TRAILING_DATE_RE.search(text[s:e])
        head_end = s + m.start() if m else e
        outlets = _outlets_in_head(text, s, head_end, data) if head_end > s else []
        pending.extend(outlets)
        closed = m is not None
        if m:
            value = parse_date(m.group("date"), anchor, roll_back=roll_back)
            if value is None and pending:
                return []
            for name, os, oe in pending:
                results.append(NoteOutlet(name, os, oe, value))
            pending = []
    if not closed:
        return _date_first(text, start, end, anchor, roll_back, data)
    return results


LEADING_DATE_RE = re.compile(rf"^\s*(?P<date>{_DATE})\s*,\s*")


def _date_first(text: str, start: int, end: int, anchor, roll_back: bool, data: OutletData) -> list[NoteOutlet]:
    """'(June 3, 2020, IRNA)': a date first counts only before known outlets or sites."""
    m = LEADING_DATE_RE.match(text[start:end])
    if m is None or ";" in text[start:end]:
        return []
    outlets = _outlets_in_head(text, start + m.end(), end, data)
    if not outlets or not all(normalise_name(o[0]) in data.outlets or DOMAIN_RE.match(o[0]) for o in outlets):
        return []
    value = parse_date(m.group("date"), anchor, roll_back=roll_back)
    return [NoteOutlet(name, os, oe, value) for name, os, oe in outlets] if value else []


# --- the component ---------------------------------------------------------------

def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every occurrence of ``needle`` in ``text`` (overlaps included)."""
    found, pos = [], text.find(needle)
    while pos >= 0:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def unique_span(text: str, start: int, end: int, max_steps: int = 12,
                others: list[int] | None = None) -> tuple[int, int]:
    """Grow [start, end) word by word until it occurs once in ``text``.

    Leftwards within the line first, then rightwards within the line (a
    caption's note ending its line), then leftwards across lines. Any
    occurrence of the grown span contains one of the original span at the
    same place, so only those occurrences (``others``) need comparing.
    """
    seed_start, seed_end = start, end
    if others is None:
        others = occurrences(text, text[start:end])
    others = [o for o in others if o != seed_start]

    def unique(s: int, e: int) -> bool:
        piece = text[s:e]
        left, right = seed_start - s, e - seed_end
        return not any(o - left >= 0 and text[o - left:o + (seed_end - seed_start) + right] == piece for o in others)

    for _ in range(max_steps):
        if unique(start, end):
            break
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if start > line_start:
            start = _word_left(text, start, line_start)
        elif end < line_end:
            end = _word_right(text, end, line_end)
        elif start > 0:
            start = _word_left(text, start, 0)
        else:
            break
    return start, end


def _word_left(text: str, pos: int, limit: int) -> int:
    while pos > limit and text[pos - 1].isspace():
        pos -= 1
    while pos > limit and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _word_right(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    while pos < limit and not text[pos].isspace():
        pos += 1
    return pos


def find_notes(clean: str, document_date: DateValue | None, data: OutletData | None = None):
    """Yield (note_start, note_end, [NoteOutlet]) over a text, offsets into it."""
    data = data or outlet_data()
    anchor = document_date
    if anchor is None:
        year = dominant_year(clean)
        anchor = DateValue(iso=str(year), precision="year") if year else None
    for m in NOTE_RE.finditer(clean):
        body = 1 if m.group(1) is not None else 2
        outlets = parse_note(clean, m.start(body), m.end(body), anchor=anchor, data=data)
        if outlets:
            yield m.start(), m.end(), outlets


def _later_than(value: DateValue, reference: DateValue) -> bool:
    n = min(len(value.iso), len(reference.iso))
    return value.iso[:n] > reference.iso[:n]


class CitationExtractor:
    """Source notes such as "(IRNA, June 17, 2020)"."""
    name = NAME
    requires = ("document",)
    provides = ("citations",)

    def __call__(self, ctx) -> None:
        document = ctx.document
        text = document.text
        found = list(find_notes(document.clean, document.date))
        spans = [ctx.span(ns, ne) for ns, ne, _ in found]
        repeated = {note: occurrences(text, note) for note, n in Counter(text[s:e] for s, e in spans).items()
                    if n > 1 or text.count(note) > 1}
        citations: list[Citation] = []
        for (ns, ne, outlets), (note_start, note_end) in zip(found, spans):
            start, end = note_start, note_end
            note = text[start:end]
            if note in repeated:
                start, end = unique_span(text, start, end, others=repeated[note])
            for item in outlets:
                os, oe = ctx.span(item.start, item.end)
                if item.date is not None:
                    item.date.start, item.date.end = None, None
                citations.append(Citation(
                    outlet=item.outlet, date=item.date, evidence=text[start:end], start=start, end=end,
                    extractor=self.name, outlet_start=os, outlet_end=oe,
                    note_start=note_start, note_end=note_end))
                if item.date and document.date and _later_than(item.date, document.date):
                    ctx.warnings.append(f"citation date {item.date.iso} in '{text[note_start:note_end]}' "
                                        f"is later than the document date {document.date.iso}")
        ctx.citations = citations
