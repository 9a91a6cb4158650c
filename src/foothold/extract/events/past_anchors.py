"""An act named only as a time anchor of a past-year clause is the setting, not news.

"Several members left the bank in 2022 after Russia's full-scale invasion of Ukraine", in a report of 2023: the
invasion is named only to place the leaving in time, and that clause is told in an earlier year than the report's.
The conventions code an anchored act only when it is *current* and reported nowhere else ("following the Taliban
takeover of Kabul" in a story of those days; DEVELOPING.md, owndocs12 README), as `timing.anchor_background`
already does for an anchor clause with a verb ("after X was assassinated"). An anchor noun whose date, taken from
its clause, lies in a year before the report's is that past setting; a date in the report's year, or a report
with no date, keeps the act.
"""

from __future__ import annotations


def past_anchor(background: str | None, date, published) -> bool:
    """Whether a deferred anchor act (``background`` "anchor") is dated in a year before the report's."""
    if background != "anchor" or date is None or not date.iso or published is None or not published.iso:
        return False
    return date.iso[:4].isdigit() and published.iso[:4].isdigit() and int(date.iso[:4]) < int(published.iso[:4])
