"""When did it happen? A date phrase in the sentence, else the source note, else the narrative.

Order (gold notes §26): a date phrase in the sentence (closest to the
trigger, preferring one before it); else the date of the source note in the
sentence or closing the paragraph; else the date of the previous dated
sentence in the same paragraph; else null.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ...ingest.metadata import DATELINE_RE
from ...model import DateValue
from ..dates import framing_at
from .clause_dates import simultaneous_participle
from .note_years import noted_years
from .range_ends import without_range_ends
from .recent_days import recent_day
from .when_clauses import misread_when_clause

DATELINE_AT_LINE = re.compile(r"(?m)^" + DATELINE_RE.pattern)


PERIOD = re.compile(r"(?:19|20)\d\d\s*[\u2013\u2014-]\s*(?:19|20)?\d\d\b")


PERIOD_END = re.compile(r"(?:19|20)\d\d\s*[\u2013\u2014-]\s*(?:19|20)\d\d$")
# "resolution 2216 (2015)", "Resolution 1701 (2006)": the year a numbered resolution was adopted names it,
# it dates nothing the report tells
RESOLUTION_YEAR = re.compile(r"\bresolutions?\s+\d{2,5}\s*\($", re.I)


# "the next day", "two days later", "the day before", "the same day": a day counted from the last day told
DAY_SHIFT = re.compile(r"\b(?:the (?P<next>next|following) day|(?P<n>a|one|two|three|four|five|six|\d) days? later|"
                       r"the (?P<prev>previous|preceding) day|the day before|the (?P<same>same) day)\b", re.I)
COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def day_shift(sentence_text: str) -> int | None:
    """The days a sentence counts from the last day told ("the next day" 1, "two days later" 2, "the day
    before" -1), or None."""
    return _signed_count(DAY_SHIFT.search(sentence_text))


def _signed_count(m: re.Match | None) -> int | None:
    """The count a DAY_SHIFT or MONTH_SHIFT match moves by: 1 for next/following, n for "n ... later", -1 before."""
    if m is None:
        return None
    if m.groupdict().get("same"):
        return 0
    if m.group("next"):
        return 1
    if m.group("n"):
        n = m.group("n").lower()
        return int(n) if n.isdigit() else COUNTS[n]
    return -1


# "the following month", "a month later", "the month before": a month counted from the last date told
MONTH_SHIFT = re.compile(r"\b(?:the (?P<next>next|following) month|(?P<n>a|one|two|three|\d) months? later|"
                         r"the (?P<prev>previous|preceding) month|the month before)\b", re.I)


def month_shift(sentence_text: str) -> int | None:
    """The months a sentence counts from the last date told ("the following month" 1, "two months later" 2,
    "the month before" -1), or None."""
    return _signed_count(MONTH_SHIFT.search(sentence_text))


def moved_day(told: DateValue, days: int) -> DateValue | None:
    """``told`` moved by ``days``, if it is told to the day."""
    if told.precision != "day":
        return None
    return DateValue(iso=(date.fromisoformat(told.iso) + timedelta(days=days)).isoformat(), precision="day")


def moved_month(told: DateValue, months: int) -> DateValue | None:
    """The month of ``told`` moved by ``months``, if it is told to the day or month."""
    if told.precision not in ("day", "month"):
        return None
    total = int(told.iso[:4]) * 12 + int(told.iso[5:7]) - 1 + months
    return DateValue(iso=f"{total // 12:04d}-{total % 12 + 1:02d}", precision="month")


def moved_year(told: DateValue, years: int) -> DateValue | None:
    """The year of ``told`` moved by ``years`` ("the next year": year precision, whatever ``told``'s)."""
    if not told.iso or not told.iso[:4].isdigit():
        return None
    return DateValue(iso=f"{int(told.iso[:4]) + years:04d}", precision="year")


WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "14 to 15 April 2019", "between 12 and 13 May": a first day written before the date phrase
RANGE_FIRST_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|and|until|[\u2013\u2014-])\s*$")
# "27 May to 2 June 2020": the range's words between a yearless start and its dated end
RANGE_JOIN = re.compile(r"^\s*(?:to|and|until|[\u2013\u2014-])\s*$")


def with_year(d: DateValue, year: str) -> DateValue:
    return replace(d, iso=year + d.iso[4:])


def ranges_and_running_years(dates: list[DateValue], text: str, published: DateValue | None = None) -> list[DateValue]:
    """Date phrases whose year the resolver took from the publication date, set by what the text tells:
    a range dates its first day and lends its written year to a yearless start ("14 to 15 April 2014",
    "27 May to 2 June 2020"); a day or month with no year takes the year of the last date written with
    one earlier in its paragraph when it comes no earlier in that year ("On October 17, 2019, ... on
    October 29"), as an analysis telling past years runs on."""
    out = []
    for k, d in enumerate(dates):
        if d.precision not in ("day", "month") or len(d.iso) < 7:
            out.append(d)
            continue
        own = text[d.start:d.end]
        first = RANGE_FIRST_DAY.search(text[max(0, d.start - 12):d.start])
        if first and d.precision == "day" and 1 <= int(first.group(1)) < int(d.iso[8:10]):
            d = replace(d, iso=f"{d.iso[:8]}{int(first.group(1)):02d}")
        if WRITTEN_YEAR.search(own):
            out.append(d)
            continue
        nxt = dates[k + 1] if k + 1 < len(dates) else None
        if nxt is not None and RANGE_JOIN.match(text[d.end:nxt.start]) and WRITTEN_YEAR.search(text[nxt.start:nxt.end]):
            out.append(with_year(d, nxt.iso[:4]))
            continue
        # "which has fought X since March 2015. ... condemned the verdict on 12 April": a date a state runs from is
        # no time the story runs on from
        told = next((p for p in reversed(out) if p.precision in ("day", "month") and len(p.iso) >= 7
                     and WRITTEN_YEAR.search(text[p.start:p.end]) and not framing_at(text, p.start)), None)
        # a day in the weeks before a release dated to the day is the release's year (recent_days.py, dates11)
        if told is not None and "\n\n" not in text[told.end:d.start] and told.iso[5:7] <= d.iso[5:7] \
                and told.iso[:4] != d.iso[:4] and not recent_day(d, published):
            d = with_year(d, told.iso[:4])
        out.append(d)
    return out


@dataclass
class Note:
    start: int
    end: int
    date: DateValue | None
    citations: list[int]       # indexes into ctx.citations


def collect_dates(ctx) -> list[DateValue]:
    """ctx.dates, or (if the dates component did not run) our own scan of the text."""
    if ctx.dates:
        return sorted(ctx.dates, key=lambda d: d.start or 0)
    try:
        from ..dates import find_dates
    except ImportError:
        return []
    out = []
    for value in find_dates(ctx.document.clean, ctx.document.date):
        s, e = ctx.span(value.start, value.end)
        value.start, value.end = s, e
        out.append(value)
    return out


def collect_notes(ctx) -> list[Note]:
    """Source notes, one per parenthesised note, from ctx.citations.

    The credit closing the title line ("(VOA, 20 Aug 2020)") dates the publication, not a
    paragraph: it is left to ``published``."""
    notes: dict[tuple[int, int], Note] = {}
    title_span = (getattr(ctx.document, "metadata", None) or {}).get("title_span")
    if title_span and ctx.document.text[title_span[0]:title_span[1]].rstrip()[-1:] in (".", "!", "?"):
        title_span = None          # a first line that is a sentence reports, its note dates it
    for i, c in enumerate(ctx.citations):
        s = c.note_start if c.note_start is not None else c.start
        e = c.note_end if c.note_end is not None else c.end
        if title_span and title_span[0] <= s < title_span[1]:
            continue
        note = notes.setdefault((s, e), Note(s, e, c.date, []))
        note.citations.append(i)
        if note.date is None:
            note.date = c.date
    return sorted(notes.values(), key=lambda n: n.start)


class EventDater:
    def __init__(self, ctx, notes: list[Note]):
        self.notes = notes
        spans = [(n.start, n.end) for n in notes]
        # dates inside a note are the note's, not the sentence's
        # dates inside a note are the note's, not the sentence's; a period ("the 2019–2021 crisis",
        # "the 2001–2021 war") names an era, it dates no act
        self.dates = [d for d in collect_dates(ctx)
                      if d.start is not None and not any(s <= d.start < e for s, e in spans)
                      and not PERIOD.match(ctx.document.text[d.start:d.end + 6])
                      and not PERIOD_END.search(ctx.document.text[max(0, d.start - 6):d.end])
                      and not RESOLUTION_YEAR.search(ctx.document.text[max(0, d.start - 24):d.start])]
        self.dates = ranges_and_running_years(self.dates, ctx.document.text, getattr(ctx.document, "date", None))
        self.dates = without_range_ends(self.dates, ctx.document.text)      # "25 May to 15 June": its first day
        self.dates = noted_years(self.dates, ctx.document.text, notes)   # "in June ... (Agency, June 22, 2024)"
        self.starts = [d.start for d in self.dates]
        self.note_starts = [n.start for n in notes]
        # the dateline / "Published 5 June 2016" line, found by ingest
        self.published: DateValue | None = getattr(ctx.document, "date", None)
        # a title dating a period ("the killings in Moura, 27-31 March 2022") gives its end: the page came later
        self.period_end = bool((getattr(ctx.document, "metadata", None) or {}).get("date_ends_period"))
        self.dateline_starts = dateline_date_starts(ctx.document.text, self.dates)

    def publication_month(self) -> DateValue | None:
        """The publication date to month precision (an undated act is reported soon after)."""
        p = self.published
        if p is None or not p.iso:
            return None
        iso = p.iso[:7] if p.precision in ("day", "month") else p.iso[:4]
        return DateValue(iso=iso, precision="month" if len(iso) == 7 else "year")

    def document_year(self, dominant: bool = False) -> DateValue | None:
        """The year the text names most often (its dates and source notes), if any;
        with ``dominant``, only if it is at least two thirds of the year mentions."""
        years = Counter(d.iso[:4] for d in self.dates if d.iso)
        years.update(n.date.iso[:4] for n in self.notes if n.date is not None and n.date.iso)
        if not years:
            return None
        top = max(years.values())
        if dominant and top * 3 < 2 * sum(years.values()):
            return None
        year = max(y for y, c in years.items() if c == top)     # ties: the latest (the news, not the background)
        return DateValue(iso=year, precision="year")

    def last_before(self, at: int, skip: frozenset[int] = frozenset()) -> DateValue | None:
        """The last date phrase before ``at`` whose start is not in ``skip``."""
        i = bisect_left(self.starts, at) - 1
        while i >= 0 and self.dates[i].start in skip:
            i -= 1
        return self.dates[i] if i >= 0 else None

    def last_told_before(self, at: int, skip: frozenset[int] = frozenset()) -> DateValue | None:
        """The last date told before ``at``: the last date phrase (none in ``skip``), or a source note after it
        ("... in person (Agency, January 20, 2023). The IMF approved a loan two months later": the note's)."""
        told = self.last_before(at, skip)
        i = bisect_left(self.note_starts, at) - 1
        note = self.notes[i] if i >= 0 else None
        if note is not None and note.date is not None and note.date.iso \
                and (told is None or told.start is None or note.start > told.start):
            return note.date
        return told

    def shifted_day(self, at: int, days: int, skip: frozenset[int] = frozenset()) -> DateValue | None:
        """The last date told before ``at`` (no phrase in ``skip``), if told to the day, moved by ``days``."""
        told = self.last_told_before(at, skip)
        return moved_day(told, days) if told is not None else None

    def shifted_month(self, at: int, months: int, skip: frozenset[int] = frozenset()) -> DateValue | None:
        """The month of the last date told before ``at`` (no phrase in ``skip``), if told to the day or month,
        moved by ``months``."""
        told = self.last_told_before(at, skip)
        return moved_month(told, months) if told is not None else None

    def dates_in(self, start: int, end: int) -> list[DateValue]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            out.append(self.dates[i])
            i += 1
        return out

    def sentence_date(self, sent_start: int, sent_end: int, trigger_at: int, skip: set[int] = frozenset()) -> DateValue | None:
        found = [d for d in self.dates_in(sent_start, sent_end) if d.start not in skip]
        if len(found) > 1:
            # "PRISTINA, Sept 30 - ... was killed on Sunday": the dateline dates the report; the sentence's
            # own date, when it has one, dates the act (also a yearless dateline under a dated title)
            report = self.report_starts()
            found = [d for d in found if d.start not in report] or found
        if not found:
            return None
        before = [d for d in found if d.start <= trigger_at]
        return before[-1] if before else found[0]

    def report_starts(self) -> set[int]:
        """Starts of the date phrases that date the report itself (a wire dateline, the publication line)."""
        return self.dateline_starts | ({self.published.start} if self.published is not None else set())

    def note_for(self, sent_start: int, sent_end: int, para_end: int, at: int | None = None) -> Note | None:
        """The note in the sentence, else the next one before the paragraph ends. With ``at`` (the act's place), a
        sentence of several notes gives the first note after the act: "X did A (Agency, date), and Y did B (Other,
        date)" -- each note closes its own clause."""
        i = bisect_left(self.note_starts, sent_start)
        if at is not None:
            after = bisect_left(self.note_starts, at)
            if i < after < len(self.notes) and self.notes[after].start < sent_end:
                return self.notes[after]
        if i < len(self.notes) and self.notes[i].start < para_end:
            return self.notes[i]
        return None

    def narrative_year(self, at: int) -> DateValue | None:
        """The year of the latest date phrase or note before ``at`` (the running story's year)."""
        i = bisect_left(self.starts, at) - 1
        j = bisect_left(self.note_starts, at) - 1
        cands = []
        if i >= 0:
            cands.append((self.dates[i].start, self.dates[i]))
        if j >= 0 and self.notes[j].date is not None:
            cands.append((self.notes[j].start, self.notes[j].date))
        if not cands:
            return None
        latest = max(cands, key=lambda c: c[0])[1]
        return DateValue(iso=latest.iso[:4], precision="year")

    def drop(self, unwanted) -> None:
        """Forget the date phrases for which ``unwanted(date)`` is true."""
        self.dates = [d for d in self.dates if not unwanted(d)]
        self.starts = [d.start for d in self.dates]

    def paragraph_year(self, start: int, end: int, at: int, skip: set[int] | frozenset[int] = frozenset()) -> DateValue | None:
        """The year of the paragraph's date phrase or note nearest before ``at`` (else the first after);
        ``skip``: starts of date phrases that do not time the event (another clause of its sentence, a background
        "since 2019", an anchoring clause)."""
        cands = [(d.start, d) for d in self.dates_in(start, end) if d.start not in skip]
        cands += [(n.start, n.date) for n in self.notes if start <= n.start < end and n.date is not None]
        if not cands:
            return None
        # the paragraph's main year: the most frequent, ties to the nearest before ``at``
        years = Counter(d.iso[:4] for _, d in cands)
        top = max(years.values())
        best = [c for c in cands if years[c[1].iso[:4]] == top]
        before = [c for c in best if c[0] <= at]
        pick = max(before, key=lambda c: c[0]) if before else min(best, key=lambda c: c[0])
        return DateValue(iso=pick[1].iso[:4], precision="year")


def dateline_date_starts(text: str, dates: list[DateValue]) -> set[int]:
    """Starts of the date phrases inside a wire dateline opening a paragraph ("KINSHASA, March 9 (Agency) - "):
    they date the report, not what its sentence tells."""
    spans = [(m.start("date"), m.end("date")) for m in DATELINE_AT_LINE.finditer(text)]
    return {d.start for d in dates if any(s <= d.start < e for s, e in spans)}


def names_a_thing(date_tok) -> bool:
    """A bare year inside a proper name ("the 1951 Mutual Defense Treaty", "the 2015 Paris Agreement")
    names the thing, not the time of what the sentence tells."""
    return len(date_tok.text) == 4 and date_tok.like_num and date_tok.dep_ in ("nummod", "compound", "amod", "nmod") \
        and date_tok.head.pos_ == "PROPN" and date_tok.head.i > date_tok.i


def in_other_clause(date_tok, trigger) -> bool:
    """The date phrase sits in a relative or participial clause that does not hold the trigger
    ("provided support to X, the owner who died in August 2023"): it dates that clause's own
    happening, not the trigger's."""
    own = {t.i for t in trigger.ancestors} | {trigger.i}
    t = date_tok
    for _ in range(12):
        if t.i in own or t.head.i == t.i:
            return False
        # (a ", when ..." clause hung on a name is the act's setting, when_clauses.py)
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and not simultaneous_participle(t, trigger) \
                and not misread_when_clause(t):
            return True
        t = t.head
    return False


def aspect_verb(trigger):
    """The verb whose tense times ``trigger``: itself, or the verb an infinitive completes ("has helped transfer")
    or a participial adjunct hangs on ("has transferred aid, while also smuggling weapons"): the adjunct shares
    its time (a marker of its own, "after taking", sets another)."""
    t = trigger
    for _ in range(3):
        if t.dep_ == "xcomp" and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.pos_ in ("VERB", "AUX") and all(
                c.lower_ in ("while", "also", "thereby") for c in t.children if c.dep_ in ("mark", "advmod")):
            t = t.head
        else:
            break
    return t
