"""Flashbacks: a time before the story's, told in a sentence of its own, is no running date (issue 8, dates13).

A paragraph's running date (`timing.sentence_time`) dates the next sentences that tell no time of their own. A
sentence that steps back to an earlier time tells that time for its own act only; the story then goes on at its
own time, so the next sentence does not take the flashback's date:

- `flashback_date` (a): the own date of a past perfect, when it lies before the story's days ("The envoy had met
  the rebel leaders on 2 May. The council approved the mission." in a 20 May report: the approval is the report's,
  not 2 May). A past perfect with a time of day of its own ("had seized the base before dawn", `dayparts.py`) or of
  the publication's day or the day before is within the story's days and runs on as before. A past perfect relayed
  by a saying verb is `relayed_pasts.py`'s (dates9).
- `flashback_date` (b): in a story dated to the day, a date told without its year in a month before the
  publication's and in its year ("Chile offered in July to send engineers. Its envoy welcomed the vote." in an
  October story; "The minister complained last month that ... . Bank officials denied it." in a November story): a
  look back from the story's present, which the next sentence returns to. A yearless month that the paragraph's
  written year places in another year is a narrative running on ("the panel wrote to China in October" after
  "September 2020" in a March 2021 analysis), a yearless day less than three weeks back is the news's own, and a
  look back relayed by a past saying verb ("told the members that the police arrested nine suspects in August")
  runs on as `relayed_pasts.py` (dates9) keeps it.

When the last running date of a sentence is a flashback, the paragraph's running date stays what it was before it.
- `report_of_flashback`: a source note closing a later sentence of the paragraph and dated before the running date
  ("... signed the accord on 19 March 2023. Under it Iraq pledged to ... . The premier had travelled to Tehran in
  November 2022 (Agency, 29 November 2022)") reports that later flashback, not the act before it: it does not
  displace the running date as a later report of another year would (`timing.told_date`'s "later report").

Conventions: FORMAT.md / the seed's gold notes §26 (a date phrase, else the source note, else the previous dated
sentence of the paragraph); a report comes after what it reports, so a note dated before the story's running date
cannot be its report. Read by `timing.sentence_time` and `timing.told_date`.
"""

from __future__ import annotations

from datetime import date as _date

from .dating import WRITTEN_YEAR
from .dayparts import told_time_of_day
from .index import DocIndex
from .relayed_pasts import governing_verb
from .tense import backshifted, past_perfect

LOOK_BACK_DAYS = 21     # a yearless day this far before a story dated to the day is a look back, not its news


def _before_story_days(d, published) -> bool:
    """``d`` lies before the publication's day and the day before (a day), its month (a month) or its year."""
    if published is None or not published.iso or not d.iso:
        return True
    if d.precision == "day" and published.precision == "day":
        return (_date.fromisoformat(published.iso) - _date.fromisoformat(d.iso)).days >= 2
    if d.precision in ("day", "month") and published.precision in ("day", "month"):
        return d.iso[:7] < published.iso[:7]
    return d.iso[:4] < published.iso[:4]


def _yearless_look_back(d, published, text: str) -> bool:
    """(b): a story dated to the day; ``d`` told without a written year, in a month before the publication's."""
    if published is None or published.precision != "day" or d.precision not in ("day", "month") or len(d.iso) < 7:
        return False
    if WRITTEN_YEAR.search(text[d.start:d.end]):
        return False
    if d.iso[:4] != published.iso[:4]:      # "in October" run on from the paragraph's 2020 in a 2021 report
        return False
    if d.precision == "day":        # "on September 30" in an October 3 story is the news's week, no look back
        return (_date.fromisoformat(published.iso) - _date.fromisoformat(d.iso)).days >= LOOK_BACK_DAYS
    return d.iso[:7] < published.iso[:7]


def flashback_date(d, index: DocIndex, published, text: str) -> bool:
    """The date phrase ``d`` tells a flashback: no running date of its paragraph."""
    verb = governing_verb(d, index)
    if verb is None:
        return False
    if past_perfect(verb) and not told_time_of_day(verb) and _before_story_days(d, published):
        return True
    # a look back relayed by a saying verb ("told the members that the police arrested nine suspects in August")
    # runs the story on as before (relayed_pasts.py, dates9)
    return verb.tag_ == "VBD" and not backshifted(verb) and _yearless_look_back(d, published, text)


def report_of_flashback(note, running, note_in_sentence: bool) -> bool:
    """A note after the act's sentence, dated before the running date: the later flashback's report."""
    if note_in_sentence or note is None or note.date is None or running is None:
        return False
    n, r = note.date.iso or "", running.iso or ""
    k = min(len(n), len(r))
    return k >= 4 and n[:k] < r[:k]
