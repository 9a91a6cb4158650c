"""A yearless day in the weeks before a dated release is the release's year (issue 8, dates11).

"On March 21, 2022, the two states signed an agreement. The Ministry recalls that X affirmed on July 6 its support"
in a statement of 3 August 2023; "X was detained on 12 June 2020 ... The court rejected the last appeal on 7
September" in a statement of 17 October 2021: `dating.ranges_and_running_years` gave the yearless day the year written
last in its paragraph (2022, 2020), as an analysis telling past years runs on ("On October 17, 2019, ... on October
29"). FORMAT.md's convention for a missing year is the report's year, and a document dated to the day tells its
recent weeks: a yearless day that the publication date reads as falling within `RECENT_DAYS` before it keeps that
reading. A publication dated only by its month (an analysis note), a month with no day, or a day further back still
run on from the written year.
"""

from __future__ import annotations

from datetime import date

RECENT_DAYS = 62


def recent_day(d, published) -> bool:
    """``d``, a day told without its year and read against the publication, lies within `RECENT_DAYS` before a
    publication dated to the day."""
    if published is None or published.precision != "day" or d.precision != "day" or not d.iso or not published.iso:
        return False
    try:
        gap = (date.fromisoformat(published.iso[:10]) - date.fromisoformat(d.iso[:10])).days
    except ValueError:
        return False
    return 0 <= gap <= RECENT_DAYS
