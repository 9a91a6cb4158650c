"""A counted shift that dates an act moves the story on to its date (issue 8, dates13).

"The party won the election in April 2023, and the assembly chose its leader as president the following month. She
promised a slow path to a vote." -- the president's promise is of May, the month the shift counted to, not April:
the story runs on from the last time it told, and a counted shift ("the following month", "two days later", "the
next day", `analysis.CLAUSE_SHIFT`) in an act's own clause tells a time as plainly as a date phrase. So when an act
of the sentence was dated by such a shift told after the sentence's last running date phrase, the shifted date is
the paragraph's running date (`extractor._read_sentence`, after `timing.sentence_time`).

A shift inside another clause that dates no act made here, "the same day" (the running date already), and a shift
told before the sentence's own running date phrase change nothing; a shift back ("a week earlier", "the previous
day") tells a flashback, which the story does not run on from. Conventions: the seed's gold notes §26 (a date
phrase, else the source note, else the previous dated sentence of the paragraph).
"""

from __future__ import annotations

import re

BACKWARD = re.compile(r"\b(?:earlier|previous|preceding|before)\b", re.I)


def shifted_running(events, current, dater, s_start: int, s_end: int):
    """The running date the sentence leaves: ``current`` (its last running date phrase, or None), or the date of
    the last act made in it that a counted shift told after ``current`` dated."""
    phrases = {d.start for d in dater.dates_in(s_start, s_end)}
    best = current
    for ev in events:
        d = ev.date
        if d is None or d.start is None or not (s_start <= d.start < s_end) or d.start in phrases:
            continue            # undated, a date phrase of the text, or no time told in this sentence
        if not d.text or d.precision not in ("day", "month", "year") or BACKWARD.search(d.text):
            continue            # "A week earlier X had suspended talks": a flashback, the story does not go back
        if best is None or best.start is None or d.start > best.start:
            best = d
    return best
