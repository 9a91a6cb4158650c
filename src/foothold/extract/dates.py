"""Date phrases -> normalised dates with precision (``foothold.dates.v1``).

``parse_date(phrase, anchor)`` normalises one phrase ("May 11, 2020",
"mid-June", "the summer of 2014", "last week"); ``find_dates(text, ...)``
finds every date phrase in a text; ``DateExtractor`` puts them on the
context with original offsets for the events and relations work.

Rules (documented because they are judgment calls):
- Month names count only when capitalised ("may", "march" are words too),
  and a bare month ("in April") only after a preposition or qualifier.
- A bare year counts only after a date word ("in 2019", "the 2003 invasion")
  or before punctuation, so "2000 fighters" or "$2020" are not dates.
- A phrase without a year takes the anchor's year: the document date, else
  the most recent explicit date before it. When the anchor is the document
  date and the month is later in the year than the anchor's month, the
  phrase is read as last year's (a report dated July that says "in
  September" means last September) -- unless the sentence speaks of the
  future ("will", "expected", "scheduled", "next" ...).
- Relative phrases ("yesterday", "last night", "this morning", "last month",
  "two weeks ago", "on Monday") need the anchor; weeks resolve to month precision.
- Dates inside citation notes are left to the citations component (they are
  ``ctx.citations[i].date``), so ``ctx.dates`` holds the text's own dates.
- A day/month-precision date more than five years from the document date is
  kept as written and flagged in ``ctx.warnings`` ("early June 2002" in a
  2020 report is probably a typo).
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta

from ..model import DateValue
from .year_headings import heading_before, year_headings

NAME = "foothold.dates.v1"
ANOMALY_YEARS = 5

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3}

# Month names are matched case-sensitively (capitalised) on purpose.
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=[\s,]))")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_QUAL = (r"(?P<qual>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|"
         r"second\s+half)\s+of))")
_YEAR_TAIL = r"(?![\d%])(?!\s*(?i:per\s?cent|percent))"
# (dates11) a present proposal or invitation tells a time to come: "proposes that the committee meet in November"
_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|expected|scheduled|planned|plans?|set\s+to|due\s+to|"
                     r"upcoming|next|intends?|to\s+be\s+held|proposes|invites)\b")
# Words before a bare year that mark it as a date; weak ones ("a force of
# 2000 fighters") only when no lowercase word follows the number.
_YEAR_CUES = frozenset("in since until till by during from before after through between the early late "
                       "mid year fy".split())
_WEAK_YEAR_CUES = frozenset("of to and than or around circa".split())

_MONTH_CUES = r"(?i:in|since|until|till|by|during|from|through|before|after|around|of|and|to|or|last|next|this)"


@dataclass(frozen=True)
class _Pattern:
    """A date form. ``before`` is matched backwards from the match start (a
    qualifier or cue word): regexes that start with a fixed word class scan
    fast, optional leading groups would not. ``extend`` adds it to the span."""
    kind: str
    regex: re.Pattern
    before: re.Pattern | None = None        # searched in the text just before, anchored at its end
    before_full: re.Pattern | None = None   # the same as a whole prefix (for parse_date)
    required: bool = False
    extend: bool = True


def _p(kind: str, pattern: str, before: str | None = None, *, required: bool = False,
       extend: bool = True) -> _Pattern:
    return _Pattern(kind, re.compile(pattern),
                    re.compile(rf"(?:{before})$") if before else None,
                    re.compile(rf"(?:{before})") if before else None, required, extend)


_QUAL_BEFORE = rf"\b{_QUAL}[\s-]*"
LOOKBACK = 40

# Ordered; overlapping matches keep the longest (then the earliest pattern).
PATTERNS: tuple[_Pattern, ...] = (
    _p("iso", rf"\b{_YEAR}-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])\b"),
    _p("mdy", rf"\b{_MONTH}\s+{_DAY}(?:\s*-\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?"
              rf"(?:,?\s+{_YEAR})?\b{_YEAR_TAIL}(?!\s*(?i:million|billion|thousand|%))"),
    _p("dmy", rf"\b{_DAY}(?:\s*-\s*(?:[12]\d|3[01]|0?[1-9]))?(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b{_YEAR_TAIL}"),
    _p("my", rf"\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b{_YEAR_TAIL}", _QUAL_BEFORE),
    _p("qm", rf"\b{_MONTH}\b", _QUAL_BEFORE, required=True),
    _p("rm", rf"\b{_MONTH}\b", r"\b(?P<rel>(?i:last|next|this))\s+", required=True),
    _p("pm", rf"\b{_MONTH}\b(?!\s*\d)", rf"\b{_MONTH_CUES}\s+", required=True, extend=False),
    _p("season", rf"\b(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+(?i:of))?\s+{_YEAR}\b{_YEAR_TAIL}",
       r"(?:\b(?i:the)\s+)?(?:\b(?P<qual>(?i:early|mid|late))[\s-]*)?"),
    _p("rseason", r"\b(?P<season>(?i:spring|summer|autumn|fall|winter))\b", r"\b(?P<rel>(?i:last|this|next))\s+",
       required=True),
    _p("qy", rf"\b{_YEAR}\b{_YEAR_TAIL}", _QUAL_BEFORE, required=True),
    _p("year", rf"(?<![\d$€£.,/])\b{_YEAR}\b{_YEAR_TAIL}(?![.,]\d)"),
    _p("yesterday", r"\b(?P<word>(?i:yesterday|tomorrow))\b", r"(?P<before>\b(?i:the\s+day\s+before)\s+)?"),
    # "carried out last night", "met this morning": a part of a day counted from the report's day
    _p("daypart", r"\b(?P<daypart>(?i:last\s+night|this\s+(?:morning|afternoon|evening)))\b"),
    # "at the start of the month" (dates9): this month, as "earlier this month" is
    _p("runit", r"\b(?P<unit>(?i:week|month|year))\b", r"\b(?P<rel>(?i:last|this|next|earlier\s+this|later\s+this|"
                                                       r"(?:the\s+)?(?:start|beginning|middle)\s+of\s+the))\s+",
       required=True),
    _p("ago", r"\b(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago|earlier)\b",
       r"\b(?P<n>\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several))\s+", required=True),
    _p("weekday", r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                  r"(?!\s+(?i:prayers?|sermons?|mosque|times|telegraph))"
                  rf"(?!,?\s+(?:the\s+)?(?:{_MONTH}|\d))",     # "Tuesday, June 3, 2020": the date says it
       r"\b(?P<rel>(?i:last|this|next))\s+"),
)


# --- building values ---------------------------------------------------------

def _value(d: date, precision: str, qualifier: str | None = None) -> DateValue:
    iso = {"day": d.isoformat(), "month": d.strftime("%Y-%m")}.get(precision, f"{d.year:04d}")
    return DateValue(iso=iso, precision=precision, qualifier=qualifier)


def _anchor_date(anchor: DateValue | None) -> date | None:
    if anchor is None:
        return None
    parts = [int(x) for x in anchor.iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _qualifier(raw: str | None) -> str | None:
    if not raw:
        return None
    q = " ".join(raw.lower().split())
    return q.removeprefix("the ").removesuffix(" of")


def _month_number(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, anchor: DateValue | None, roll_back: bool) -> int | None:
    """The year of a month named without one: the anchor's, or the year before."""
    if anchor is None:
        return None
    year = anchor.year
    if roll_back and anchor.precision in ("day", "month") and month > int(anchor.iso[5:7]):
        year -= 1
    return year


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _count(raw: str) -> int:
    raw = " ".join(raw.lower().split())
    return int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)


def _build(kind: str, g: dict, anchor: DateValue | None, roll_back: bool) -> DateValue | None:
    a = _anchor_date(anchor)
    qual = _qualifier(g.get("qual"))
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mm"]), int(g["dd"]))
        return _value(d, "day") if d else None
    if kind in ("mdy", "dmy"):
        month, day = _month_number(g["month"]), int(g["day"])
        year = int(g["year"]) if g.get("year") else _year_for(month, anchor, roll_back)
        if year is None:
            return None
        d = _safe_date(year, month, day)
        return _value(d, "day") if d else None
    if kind in ("my", "qm", "pm", "rm"):
        month = _month_number(g["month"])
        if g.get("year"):
            year = int(g["year"])
        elif kind == "rm":
            if a is None:
                return None
            rel = g["rel"].lower()
            year = a.year - (month >= a.month) if rel == "last" else a.year + (month <= a.month) if rel == "next" else a.year
        else:
            year = _year_for(month, anchor, roll_back)
        if year is None:
            return None
        return _value(date(year, month, 1), "month", qual)
    if kind == "season":
        season = g["season"].lower()
        return DateValue(iso=g["year"], precision="season", qualifier=f"{qual} {season}" if qual else season)
    if kind == "rseason":
        if a is None:
            return None
        rel = g["rel"].lower()
        year = a.year + {"last": -1, "this": 0, "next": 1}[rel]
        return DateValue(iso=f"{year:04d}", precision="season", qualifier=g["season"].lower())
    if kind == "qy":
        return DateValue(iso=g["year"], precision="year", qualifier=qual)
    if kind == "year":
        return DateValue(iso=g["year"], precision="year")
    if a is None or anchor.precision != "day" and kind in ("yesterday", "weekday", "daypart"):
        return None
    if kind == "daypart":
        return _value(a - timedelta(days=1 if g["daypart"].lower().startswith("last") else 0), "day")
    if kind == "yesterday":
        offset = {"yesterday": -1, "tomorrow": 1}[g["word"].lower()] - (1 if g.get("before") else 0)
        return _value(a + timedelta(days=offset), "day")
    if kind == "runit":
        rel, unit = " ".join(g["rel"].lower().split()), g["unit"].lower()
        step = {"last": -1, "next": 1}.get(rel, 0)
        if unit == "year":
            return DateValue(iso=f"{a.year + step:04d}", precision="year")
        if unit == "month":
            return _value(_shift_months(a, step), "month")
        if anchor.precision != "day":
            return None
        return _value(a + timedelta(weeks=step), "month", qualifier=f"{rel} week")
    if kind == "ago":
        n, unit = _count(g["n"]), g["unit"].lower()
        if unit == "day":
            return _value(a - timedelta(days=n), "day") if anchor.precision == "day" else None
        if unit == "week":
            return _value(a - timedelta(weeks=n), "month") if anchor.precision == "day" else None
        if unit == "month":
            return _value(_shift_months(a, -n), "month")
        return DateValue(iso=f"{a.year - n:04d}", precision="year")
    if kind == "weekday":
        target = WEEKDAYS[g["weekday"].lower()]
        rel = (g.get("rel") or "").lower()
        if rel == "next":
            delta = (target - a.weekday()) % 7 or 7
        elif rel == "last":
            delta = -((a.weekday() - target) % 7 or 7)
        else:   # "on Monday" in a report: the most recent Monday, the anchor day included
            delta = -((a.weekday() - target) % 7)
        return _value(a + timedelta(days=delta), "day")
    return None


def _year_cue_ok(text: str, m: re.Match) -> bool:
    """A bare year is a date after a date word or before punctuation."""
    after = text[m.end():m.end() + 2]
    if not after or after[0] in ",.;:)]'\"" or after.startswith("s ") or after[0] == "-":
        return True
    before = text[max(0, m.start() - 30):m.start()]
    if before.endswith(("(", "-")):
        return True
    words = before.split()
    if not words:
        return False
    cue = words[-1].lower().strip("(,")
    if cue in _YEAR_CUES:
        return True
    return cue in _WEAK_YEAR_CUES and not re.match(r"\s+[a-z]", text[m.end():m.end() + 3])


# --- public API ----------------------------------------------------------------

def parse_date(phrase: str, anchor: DateValue | None = None, *, roll_back: bool = True) -> DateValue | None:
    """Normalise one date phrase ("May 11, 2020", "mid-June", "last week").

    ``anchor`` supplies the year (and day, for relative phrases) the phrase
    leaves out; ``roll_back`` reads a month later in the year than the
    anchor's as last year's. Returns None when the phrase is not a date or
    needs an anchor that is missing.
    """
    text = " ".join(phrase.split())
    text = re.sub(r"^(?i:on|in|at|since|during|by|until)\s+(?=\S)", "", text).strip(" ,.;()")
    for pat in PATTERNS:
        for m in pat.regex.finditer(text):
            if m.end() != len(text):
                continue
            prefix = text[:m.start()]
            groups = m.groupdict()
            if pat.before_full is not None:
                b = pat.before_full.fullmatch(prefix)
                if b is None and (prefix or pat.required) and not (pat.kind == "pm" and not prefix):
                    continue
                if b is not None:
                    groups.update({k: v for k, v in b.groupdict().items() if v is not None})
            elif prefix:
                continue
            value = _build(pat.kind, groups, anchor, roll_back)
            if value is not None:
                value.text = phrase
            return value
    return None


@dataclass
class FoundDate:
    start: int
    end: int
    kind: str
    groups: dict


def scan(text: str) -> tuple[FoundDate, ...]:
    """Every date phrase in ``text``, longest first on overlaps, sorted by start.

    Cached: the citations and dates components both read the same text.
    """
    return _scan(text)


# A date that opens a group's name ("the March 23 Movement", "the March 14 Alliance", "the April 6 Youth
# Movement"): the name, no date. Shared with the actor extractor, which recovers the name.
NAME_HEADS = r"(?:Movement|Alliance|Coalition|Brigades?|Party|Front|Revolution|Bloc|Uprising|Group|Forces)"
# a preposition before the date makes it the sentence's date ("On 2 June Houthi Movement officials denied ..."), irq21
DATE_PREPOSITIONS = ("on", "in", "since", "by", "until", "from", "after", "before")
NOT_AFTER_PREPOSITION = "".join(f"(?<!\\b{w} )(?<!\\b{w.capitalize()} )" for w in DATE_PREPOSITIONS)
DATED_NAME = re.compile(
    # the lookahead first: every branch starts with a capital or a digit, and it fails fast where sixteen
    # lookbehinds would each be tried at every character of the text
    r"(?=[0-9A-Z])(?:" + NOT_AFTER_PREPOSITION + r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December))(?: [A-Z][a-z]+){0,2} " + NAME_HEADS + r"\b"
    # a year opening an armed group's name ("the 1920 Revolution Brigades"); no party or alliance, which an election
    # year often opens ("the 2019 Grand Alliance campaign")
    r"|(?<=\b[Tt]he )(?:1[89]|20)\d\d(?: [A-Z][a-z]+){1,2} (?:Brigades?|Battalions?|Movement|Front|Forces)\b)")


@lru_cache(maxsize=4)
def _scan(text: str) -> tuple[FoundDate, ...]:
    named = [m.span() for m in DATED_NAME.finditer(text)]
    found: list[FoundDate] = []
    for pat in PATTERNS:
        for m in pat.regex.finditer(text):
            if pat.kind == "year" and not _year_cue_ok(text, m):
                continue
            start, groups = m.start(), m.groupdict()
            if pat.before is not None:
                window_start = max(0, start - LOOKBACK)
                b = pat.before.search(text, window_start, start)
                if b is not None and b.end() > b.start():
                    groups.update({k: v for k, v in b.groupdict().items() if v is not None})
                    if pat.extend:
                        start = b.start()
                elif pat.required:
                    continue
            if any(ns <= start < ne for ns, ne in named):
                continue                      # inside "the March 23 Movement"
            found.append(FoundDate(start, m.end(), pat.kind, groups))
    order = {p.kind: i for i, p in enumerate(PATTERNS)}
    found.sort(key=lambda f: (-(f.end - f.start), order[f.kind], f.start))
    taken = bytearray(len(text))     # characters already inside a kept phrase
    kept: list[FoundDate] = []
    for f in found:
        if taken.find(1, f.start, f.end) >= 0:
            continue
        kept.append(f)
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    kept.sort(key=lambda f: f.start)
    return tuple(kept)


# dates9: a future word counts in the date's own clause only ("the move had been planned for months, although the
# base was the site where rockets killed a contractor in December": last December), and not after "had (been)"
_CLAUSE_BREAK = re.compile(r"(?i)(?:;\s|,\s+(?:although|though|but|whereas|while)\s)")
_PAST_PLAN = re.compile(r"(?i)\bhad\s+(?:been\s+)?$")


def _has_future_cue(text: str, start: int) -> bool:
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    for m in _CLAUSE_BREAK.finditer(text, sentence_start, start):
        sentence_start = m.end()
    return any(not _PAST_PLAN.search(text, sentence_start, m.start())
               for m in _FUTURE.finditer(text, sentence_start, start))


def explicit_years(found) -> Counter:
    """Years of full dates (day or month with a written year)."""
    return Counter(int(f.groups["year"]) for f in found
                   if f.kind in ("iso", "mdy", "dmy", "my") and f.groups.get("year"))


def dominant_year(text: str) -> int | None:
    """The most common year among the text's full dates (the fallback document year)."""
    years = explicit_years(scan(text))
    return years.most_common(1)[0][0] if years else None


# "which has fought the Houthis since March 2015": a date a state runs from or to is no time the story runs on from
_FRAMING_CUE = re.compile(r"\b(?i:since|until|till)\s+$")


def framing_at(text: str, start: int) -> bool:
    """A "since"/"until" opens the date phrase starting at ``start``."""
    return bool(_FRAMING_CUE.search(text, max(0, start - 8), start))


def find_dates(text: str, document_date: DateValue | None = None, *, period_end: bool = False) -> list[DateValue]:
    """Date phrases in ``text`` with offsets into it, resolved against the document date.

    Without a document date, a phrase missing its year takes it from the most
    recent explicit date before it, else from the text's dominant year. When the
    document date only ends a period its title names (``period_end``), the page
    came out after it: a month later in that year is not read as last year's.
    """
    found = scan(text)
    fallback_year = None if document_date else (explicit_years(found).most_common(1) or [(None, 0)])[0][0]
    latest: DateValue | None = None     # most recent explicit date seen
    by_month: dict[int, DateValue] = {}     # month -> the latest explicit date naming it with its year
    values: list[DateValue] = []
    headings = year_headings(text)
    for f in found:
        month = _month_number(f.groups["month"]) if f.groups.get("month") else None
        heading = heading_before(headings, f.start)
        named = month is not None and not f.groups.get("year") and by_month.get(month)
        if heading is not None and not f.groups.get("year"):
            # a year line heads the entries below it (year_headings.py), whatever background they recall
            anchor, roll_back = DateValue(iso=str(heading[1]), precision="year"), False
        elif period_end and named:
            # a title's period that spans a new year ("December 2022 - January 2023"): a month the text has
            # dated with its year ("On December 7, 2022 ... On December 15") is that year's, not the end's
            anchor, roll_back = named, False
        elif document_date is not None:
            anchor, roll_back = document_date, not period_end and not _has_future_cue(text, f.start)
        elif named:
            # "began on 1 February 2021 ... (background: the November 2020 election) ... On 1 February,
            # soldiers ...": a month the text has dated is that date's month, and the story runs on from it
            anchor, roll_back = named, False
        else:
            anchor = latest or (DateValue(iso=str(fallback_year), precision="year") if fallback_year else None)
            roll_back = False
        value = _build(f.kind, f.groups, anchor, roll_back)
        if value is None:
            continue
        value.text, value.start, value.end = text[f.start:f.end], f.start, f.end
        values.append(value)
        if f.kind in ("iso", "mdy", "dmy", "my") and f.groups.get("year") and not framing_at(text, f.start):
            latest = value
            if month is not None:
                by_month[month] = value
        elif named and document_date is None:
            latest = value
    return values


def anomaly(value: DateValue, document_date: DateValue | None, fallback_year: int | None = None) -> str | None:
    """A warning when a day/month date lies far from the document date (else the text's main year)."""
    if value.precision not in ("day", "month"):
        return None
    if document_date is not None:
        reference, what = document_date.year, f"the document date {document_date.iso}"
    elif fallback_year is not None:
        reference, what = fallback_year, f"the document's main year {fallback_year}"
    else:
        return None
    gap = value.year - reference
    if abs(gap) <= ANOMALY_YEARS:
        return None
    side = "before" if gap < 0 else "after"
    return f"date {value.iso} in '{value.text}' is {abs(gap)} years {side} {what}"


class DateExtractor:
    """Date phrases anchored on the document date."""
    name = NAME
    requires = ("document", "doc")
    provides = ("dates",)

    def __call__(self, ctx) -> None:
        document = ctx.document
        clean = document.clean
        in_notes = [(c.note_start, c.note_end) for c in ctx.citations
                    if c.note_start is not None and c.note_end is not None]
        dates: list[DateValue] = []
        main_year = None if document.date else dominant_year(clean)
        period_end = bool((getattr(document, "metadata", None) or {}).get("date_ends_period"))
        for value in find_dates(clean, document.date, period_end=period_end):
            start, end = ctx.span(value.start, value.end)
            if any(s <= start and end <= e for s, e in in_notes):
                continue
            value.start, value.end, value.text = start, end, document.text[start:end]
            dates.append(value)
            warning = anomaly(value, document.date, main_year)
            if warning:
                ctx.warnings.append(warning)
        dates.sort(key=lambda v: (v.start, v.end))
        ctx.dates = dates
