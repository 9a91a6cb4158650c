"""Wire-story wording the parse alone misses (issue 8: events on unseen wire text)."""

from __future__ import annotations

import re

# words that make the date after them a background's time ("since his re-election in August 2020")
BACKGROUND_WORDS = {"since", "until", "till", "prior"}
# how far back, in words of one phrase, such a word still governs the date
BACKGROUND_REACH = 10
# a finite verb starts another clause ("the re-opening" or "re-elected" inside the phrase do not)
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def background_by_words(date_tok) -> bool:
    """ "their first call since the re-opening of the border in May 2022": "since" opens the phrase the date closes,
    even where the parser hung the date on the noun before "since". Read leftwards within the phrase: no finite
    verb and no clause punctuation between."""
    doc = date_tok.doc
    start = date_tok.sent.start
    for i in range(date_tok.i - 1, max(start, date_tok.i - BACKGROUND_REACH) - 1, -1):
        t = doc[i]
        if t.tag_ in FINITE or t.text in (",", ";", ":", "(", ")"):
            return False
        if t.lower_ in BACKGROUND_WORDS:
            return True
    return False


# a span counted back from the report's day: "in the past week", "over the last few days", "this week", "in recent
# days", "over the weekend"
RECENT_SPAN = re.compile(r"\b(?:(?:in|over|during|within) the (?:past|last)(?: (?:few|several|two|three|\d+))? "
                         r"(?:days?|weeks?|months?)|(?:this|last) (?:week|weekend|month)|in recent (?:days|weeks)|"
                         r"over the weekend)\b", re.I)


def recent_span(clause_text: str) -> bool:
    """The text times an act by a span ending at the report ("has sent warships in the past week"): the news of
    the report's month, not a past it leaves undated."""
    return RECENT_SPAN.search(clause_text) is not None
