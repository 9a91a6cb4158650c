"""Document metadata: the title and the publication date.

The title is the page/PDF title when the file has one, else the first
substantial line. The date is a date line near the top ("July 14, 2020"
under the title, "Published: 14 July 2020", "2020-07-14"), else the file's
own metadata; a ``date=`` option overrides both.
"""

from __future__ import annotations

import re
from datetime import date as _date

import yaml

from ..errors import InputError, LimitError
from ..model import DateValue
from .normalise import is_title_case

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
DATE_PATTERNS = (
    re.compile(rf"\b{WEEKDAY}{MONTH}\s+{DAY},?\s+{YEAR}\b", re.I),          # July 14, 2020
    re.compile(rf"\b{WEEKDAY}{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b", re.I),  # 14 July 2020
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2020-07-14
    re.compile(rf"\b{MONTH}\s+{YEAR}\b", re.I),                                # July 2020
)
# Words that may stand beside a date on a date line.
DATE_LINE_WORDS = re.compile(r"\b(?:published|posted|updated|last|modified|issued|released|date[d]?|on|"
                             r"by|as of|report|news brief|brief|sample)\b|[|\u00b7\u2022:,;\-\u2013\u2014/()*_#]", re.I)
HEAD_LINES = 12            # the date line sits near the top
HEAD_CHARS = 2000
DATE_LINE_MAX = 80         # longer lines are sentences that mention a date
TITLE_MIN_CHARS = 12
HEADING_MAX = 150          # characters: longer standalone lines are paragraphs
ISO_OPTION_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class InvalidDateOptionError(InputError):
    """A ``date=`` option that is not an ISO date."""


FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)


FRONT_MATTER_MAX = 64 * 1024      # bytes of YAML; front matter is a title, a date, some tags


class _NoAliasLoader(yaml.SafeLoader):
    """Safe YAML without anchors/aliases: 500 bytes of nested aliases expand to gigabytes ("billion laughs")."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise LimitError(f"the YAML front matter uses an alias (*{event.anchor}); foothold does not expand "
                             "YAML aliases, which can multiply a few bytes into gigabytes",
                             fix="Write the front matter's values out in full (no &anchors or *aliases).")
        return super().compose_node(parent, index)


def front_matter(text: str) -> tuple[dict, int]:
    """A Markdown file's YAML front matter (``---`` block at the top) and where it ends; ({}, 0) if none.

    Raises LimitError (E141) for front matter over FRONT_MATTER_MAX or using YAML aliases.
    """
    m = FRONT_MATTER_RE.match(text)
    if not m:
        return {}, 0
    if len(m.group(1).encode("utf-8")) > FRONT_MATTER_MAX:
        raise LimitError(f"the YAML front matter is over the {FRONT_MATTER_MAX // 1024} KB limit",
                         fix="Keep metadata (title, date, tags) in the front matter and the text below it.")
    try:
        data = yaml.load(m.group(1), Loader=_NoAliasLoader)   # noqa: S506 - a SafeLoader subclass
    except (yaml.YAMLError, RecursionError):
        return {}, 0
    return (data, m.end()) if isinstance(data, dict) else ({}, 0)


# A metadata header: "key: value" lines at the very top, ended by a blank line, as web-page
# savers, mail and plain-text exports write them ("source: https://...", "title: ...").
HEADER_KEYS = {"source", "url", "link", "title", "headline", "subtitle", "date", "published", "updated", "modified",
               "author", "authors", "by", "byline", "publisher", "outlet", "site", "section", "language", "lang",
               "tags", "keywords", "category", "categories", "description", "id", "retrieved", "accessed",
               "archived", "copyright", "license", "licence", "format", "pages", "type"}
HEADER_LINE_RE = re.compile(r"(?P<key>[A-Za-z][A-Za-z _-]{0,20}?)[ \t]*:[ \t]+(?P<value>\S[^\n]*)")
HEADER_MAX_LINES = 12


def header_block(text: str) -> tuple[dict[str, str], int]:
    """The "key: value" header at the top of a plain text and where it ends; ({}, 0) if none.

    Only lines whose keys are known metadata keys count, so a body that opens
    with "Note: ..." or "Washington: ..." is never taken for a header.
    """
    fields: dict[str, str] = {}
    pos = 1 if text.startswith("\ufeff") else 0
    for _ in range(HEADER_MAX_LINES):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        if not line.strip():
            break
        m = HEADER_LINE_RE.fullmatch(line.rstrip("\r"))
        key = m.group("key").strip().lower() if m else None
        if key not in HEADER_KEYS:
            return {}, 0
        fields.setdefault(key, m.group("value").strip())
        if end < 0:
            return {}, 0            # no blank line and no body after it: a one-line text, not a header
        pos = end + 1
    else:
        return {}, 0
    return (fields, pos) if fields else ({}, 0)


def header_date(fields: dict[str, str]) -> DateValue | None:
    """The publication date a header gives: its date key, else what its title says.

    In a title, the credit that closes it ("Headline (VOA News, 25 Apr 2024; notes)")
    dates the publication; a period the title names ("Quarterly Report, October 1,
    2019 – December 31, 2019") was published after it, so its end counts; a credit
    dating the subject ("events of 29–30 Aug 2022") or an undated revision gives none.
    """
    for key in ("date", "published", "updated"):
        value = fields.get(key)
        if value:
            found = _dates_in_line(value) or ([parse_meta_date(value)] if parse_meta_date(value) else [])
            if found:
                return found[0]
    title = fields.get("title") or fields.get("headline")
    if not title:
        return None
    credit = CREDIT_RE.search(title.rstrip())
    if credit:
        dated = _credit_publication(credit.group(1))
        if dated is not None:
            return dated[0]            # None when the credit dates the subject, not the page
        title = title[:credit.start()]
    dates = _dates_in_line(title)
    if not dates:
        return None
    return dates[-1] if len(dates) > 1 and RANGE_DASH.search(title) else dates[0]


def dates_a_period(fields: dict[str, str]) -> bool:
    """The header's date is the end of a period its title names ("Moura, 27-31 March 2022", "Report, October 1,
    2019 - December 31, 2019"): the page came out on or after it, so a month told later in the year is not last
    year's."""
    if any(fields.get(key) for key in ("date", "published", "updated")):
        return False
    title = fields.get("title") or fields.get("headline") or ""
    credit = CREDIT_RE.search(title.rstrip())
    if credit and _credit_publication(credit.group(1)) is not None:
        return False
    title = title[:credit.start()] if credit else title
    return bool(_dates_in_line(title)) and bool(RANGE_DASH.search(title))


RANGE_DASH = re.compile(r"\d\s*(?:[-\u2013\u2014]|\bto\b|\buntil\b|\bthrough\b)\s*(?:[A-Z][a-z]+\.?\s+)?\d", re.I)


def _dates_in_line(line: str) -> list[DateValue]:
    """Every full or month date in a line, left to right (spans never overlap)."""
    dates, taken = [], []
    for regex in DATE_PATTERNS:
        for m in regex.finditer(line):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            found = _date_in_line(m.group())
            if found:
                found[0].text = m.group()
                dates.append((m.start(), found[0]))
                taken.append(m.span())
    return [d for _, d in sorted(dates, key=lambda x: x[0])]


def find_title(text: str, hint: str | None = None) -> tuple[str | None, tuple[int, int] | None]:
    """(title, its span in ``text`` or None). ``hint`` is the HTML/PDF title, preferred when set."""
    if hint and hint.strip():
        hint = " ".join(hint.split())
        at = text.find(hint)
        return hint, ((at, at + len(hint)) if at >= 0 else None)
    for start, line in _lines(text, limit=HEAD_LINES):
        shown = line.strip(" \t\ufeff*_#>-\u25ba\u25c6\u25b6\u2022")
        if len(shown) >= TITLE_MIN_CHARS and len(shown.split()) >= 3 and not _is_date_line(shown):
            at = start + line.index(shown)
            return shown, (at, at + len(shown))
    return None, None


def find_headings(text: str) -> list[tuple[int, int]]:
    """Spans of heading lines: Markdown ``#`` lines, and short title-case lines standing alone.

    Extractors can use them to treat "Pressure on the American Presence" as a
    heading, not as a sentence naming actors.
    """
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    spans = []
    for i, (start, line) in enumerate(lines):
        shown = line.strip(" \t\r\ufeff*_")
        if not shown:
            continue
        markdown = shown.startswith("#")
        shown = shown.lstrip("# ").strip(" *_")
        alone = (i == 0 or not lines[i - 1][1].strip()) and (i + 1 == len(lines) or not lines[i + 1][1].strip())
        if shown and (markdown or (alone and len(shown) <= HEADING_MAX and is_title_case(shown, commas=True)
                                   and shown[-1] not in ".!?)\"\u201d" and not _is_date_line(shown))):
            at = start + line.index(shown)
            spans.append((at, at + len(shown)))
    return spans


def find_date(text: str) -> DateValue | None:
    """The publication date on a date line near the top of ``text`` (day before month precision), else a wire
    dateline's, a title credit's or a report's byline line's (`bylines.py`)."""
    from .bylines import byline_date
    best: DateValue | None = None
    for start, line in _lines(text, limit=HEAD_LINES, chars=HEAD_CHARS):
        if len(line.strip()) > DATE_LINE_MAX:
            continue
        found = _date_in_line(line)
        if not found:
            continue
        value, (s, e) = found
        if not _is_date_line(line):
            continue
        value.text, value.start, value.end = line[s:e], start + s, start + e
        if value.precision == "day":
            return value
        best = best or value
    return best or _dateline_date(text) or _credit_date(text) or byline_date(text)


# A wire dateline opening the first paragraph: "MANILA, Aug 7, 2023 - ...", "GOMA, Congo, 14 May 2022
# (Agency) -- ...": the place in capitals, a full date, an optional credit, a dash. A statement's dateline may
# name its place in title case ("New York, 1 April 2022 - The Special Envoy ...").
DATELINE_RE = re.compile(r"(?:[A-Z][A-Z.'\u2019 -]{2,40}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
                         r"(?:,\s*[A-Z][A-Za-z.' ]{1,30})?,\s*(?P<date>[^()\n]{6,30}?)"
                         r"\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014]{1,2}\s")


# A wire dateline's place, dated or not: "BAGHDAD (Reuters) - ", "GOMA, Congo, 14 May 2022 (Agency) -- ",
# "KYIV, Ukraine — ": the place in capitals, an optional region or country, date and credit, a dash.
DATELINE_PLACE_RE = re.compile(r"(?P<place>[A-Z][A-Z.'\u2019 -]{2,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?))?"
                               r"(?:,\s*[^()\n]{3,30}?)?\s*(?:\((?P<credit>[^()\n]{1,40})\)\s*)?[-\u2013\u2014]{1,2}\s")


def dateline_credits(text: str) -> list[tuple[int, int]]:
    """Spans of the credits in wire datelines opening a line ("DHAKA, Aug 6 (Harbor Wire) - "): the outlet
    that reports the story."""
    spans = []
    for line in re.finditer(r"(?m)^(?=[A-Z])", text):
        m = DATELINE_PLACE_RE.match(text, line.start())
        if m is not None and m.group("credit"):
            spans.append(m.span("credit"))
    return spans


def dateline_places(text: str) -> list[str]:
    """The place names of a wire dateline opening a paragraph near the top ("BAGHDAD" -> ["Baghdad"],
    "GOMA, Congo, ..." -> ["Goma", "Congo"]); [] when the text has none."""
    for _, line in _lines(text, limit=HEAD_LINES, chars=HEAD_CHARS):
        m = DATELINE_PLACE_RE.match(line)
        place = m.group("place").strip(" -") if m else ""
        if sum(c.isalpha() for c in place) >= 3:
            return [place.title(), *([m.group("region").strip()] if m.group("region") else [])]
    return []


def _dateline_date(text: str) -> DateValue | None:
    for start, line in _lines(text, limit=HEAD_LINES, chars=HEAD_CHARS):
        m = DATELINE_RE.match(line)
        found = _date_in_line(m.group("date")) if m else None
        if found and found[0].precision == "day":
            value, (s, e) = found
            at = start + m.start("date")
            value.text, value.start, value.end = m.group("date")[s:e], at + s, at + e
            return value
    return None


# "title: Headline (VOA News, 25 Apr 2024; notes)": the credit closing a header line names
# the outlet and the publication date; "(Wikipedia article; events of 29-30 Aug 2022)" dates
# the subject, not the page, and an undated revision has none.
CREDIT_RE = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$")
CREDIT_YEAR = re.compile(r",\s*(?:c\.\s*)?((?:19|20)\d\d)\b(?!\s*[-\u2013])")
NOT_PUBLICATION = re.compile(r"\b(?:events?|revision|undated)\b[^,;]*$", re.I)


def _credit_publication(credit: str) -> tuple[DateValue | None, tuple[int, int]] | None:
    """The publication date a credit gives and its span in it: None when it has no date;
    (None, span) when its date is the subject's ("events of ...", "undated revision")."""
    found = _date_in_line(credit)
    if not found:
        year = CREDIT_YEAR.search(credit)              # "(VOA Editorial, 2019; ...)"
        if not year:
            return None
        found = DateValue(iso=year.group(1), precision="year"), year.span(1)
    value, (s, e) = found
    value.text = credit[s:e]
    return (None if NOT_PUBLICATION.search(credit[:s]) else value), (s, e)


def _credit_date(text: str) -> DateValue | None:
    for start, line in _lines(text, limit=3, chars=HEAD_CHARS):
        m = CREDIT_RE.search(line.rstrip())
        dated = _credit_publication(m.group(1)) if m else None
        if dated is None or dated[0] is None:
            continue
        value, (s, e) = dated
        at = start + m.start(1)
        value.start, value.end = at + s, at + e
        return value
    return None


def strip_title_note(title: str | None) -> str | None:
    """"Iran Seizes Tanker (VOA, 7 July 2023; ...)" -> "Iran Seizes Tanker": a dated credit is not the title."""
    if not title:
        return None
    m = CREDIT_RE.search(title.rstrip())
    if m and m.start() > 0 and _credit_publication(m.group(1)) is not None:
        return title[:m.start()].rstrip()
    return title


def parse_date_option(value: str) -> DateValue:
    """An ISO date given by the user ("2020-07-14", "2020-07", "2020")."""
    m = ISO_OPTION_RE.match(value.strip())
    try:
        if not m:
            raise ValueError(value)
        year, month, day = m.group(1), m.group(2), m.group(3)
        _date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise InvalidDateOptionError(f"the date '{value}' is not an ISO date",
                                     fix="Give the date as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2020-07-14).") from None
    iso = "-".join(p for p in (year, month, day) if p)
    return DateValue(iso=iso, precision="day" if day else "month" if month else "year")


def parse_meta_date(value: str | None) -> DateValue | None:
    """An ISO date from HTML/PDF metadata, or None if it is not one."""
    if not value:
        return None
    try:
        return parse_date_option(value.strip()[:10])
    except InputError:
        return None


def _date_in_line(line: str) -> tuple[DateValue, tuple[int, int]] | None:
    for regex in DATE_PATTERNS:
        m = regex.search(line)
        if not m:
            continue
        month = m.group("month")
        month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        day = m.groupdict().get("day")
        try:
            _date(int(m.group("year")), month_no, int(day or 1))
        except ValueError:
            continue
        iso = f"{m.group('year')}-{month_no:02d}" + (f"-{int(day):02d}" if day else "")
        return DateValue(iso=iso, precision="day" if day else "month"), m.span()
    return None


# A release's label and number beside its date ("Press Release No. 027-2023-MINDEF, Lima, 20 February 2023"):
# they name the document, so they do not count as words of a sentence.
RELEASE_LABEL = re.compile(r"\b(?:press\s+|news\s+|media\s+)?(?:release|statement|communiqu[e\u00e9])"
                           r"(?:\s+(?:no|nr|number)\.?\s*\S*\d\S*)?", re.I)


def _is_date_line(line: str) -> bool:
    """A line that is a date, maybe with a label or byline ("By Staff · June 16, 2020") or a release's
    label, number and place ("Press Release No. 12-2023, Lima, 20 February 2023")."""
    found = _date_in_line(line)
    if not found:
        return False
    s, e = found[1]
    rest = DATE_LINE_WORDS.sub(" ", RELEASE_LABEL.sub(" ", line[:s] + " " + line[e:]))
    return len(rest.split()) <= 4 and not rest.strip().endswith(".")


def _lines(text: str, *, limit: int, chars: int | None = None):
    """(start offset, line) for the first ``limit`` non-empty lines."""
    pos = seen = 0
    for line in text.split("\n"):
        if chars is not None and pos > chars:
            return
        if line.strip():
            yield pos, line
            seen += 1
            if seen >= limit:
                return
        pos += len(line) + 1
