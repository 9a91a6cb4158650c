"""A past perfect told with a time of day of its own ("Wagner columns had seized the headquarters before dawn",
"overnight the rebels had taken the town") is placed within the day the story runs on, not before the story's time:
it is not left undated as a bare past perfect is (gold notes §26), and the story's running date dates it."""

from __future__ import annotations

DAYPARTS = {"dawn", "daybreak", "sunrise", "sunset", "dusk", "nightfall", "midnight", "noon", "midday"}
DAYPART_ADVERBS = {"overnight"}
TIME_PREPOSITIONS = {"before", "at", "after", "by", "until", "around", "near", "shortly"}


def told_time_of_day(verb) -> bool:
    """``verb`` carries a time of day: a preposition on it whose object is a part of the day, or "overnight"."""
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in DAYPART_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in TIME_PREPOSITIONS \
                and any(o.dep_ == "pobj" and o.lower_ in DAYPARTS for o in c.children):
            return True
    return False
