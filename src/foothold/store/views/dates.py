"""Dates as day ranges: what "June 2020" or "summer 2020" covers, and the window test."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


# Parts of a month that "early/mid/late June" stand for (start day, end day inclusive; None = month end).
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, None), "beginning": (1, 10), "end": (21, None)}
SEASONS = {"winter": (1, 1, 3), "spring": (3, 1, 6), "summer": (6, 1, 9), "autumn": (9, 1, 12), "fall": (9, 1, 12)}


def date_range(iso: str | None, precision: str | None = None,
               qualifier: str | None = None) -> tuple[str, str] | None:
    """The days a date stands for as ISO ``(first, last)`` (inclusive), or None when undated.

    A day is one day, "early June 2020" the 1st-10th, a month all its days,
    a season its three months, a year all of it.
    """
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso.split("-")]
    except ValueError:
        return None
    year = parts[0]
    if len(parts) >= 3:
        day = date(year, parts[1], parts[2])
        return day.isoformat(), day.isoformat()
    if len(parts) == 2:
        month = parts[1]
        last = calendar.monthrange(year, month)[1]
        first_day, last_day = MONTH_PARTS.get((qualifier or "").lower(), (1, last))
        return date(year, month, first_day).isoformat(), date(year, month, last_day or last).isoformat()
    season = SEASONS.get((qualifier or "").lower())
    if season:
        start_month, _, end_month = season
        end = date(year, end_month, 1) - timedelta(days=1) if end_month > start_month else date(year, 12, 31)
        return date(year, start_month, 1).isoformat(), end.isoformat()
    return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()


def is_calendar_date(iso: str) -> bool:
    """'2020', '2020-06', '2020-06-17' that name real days; not '2020-02-30', '2020-13', '0000'."""
    try:
        return date_range(iso) is not None
    except ValueError:
        return False


def range_in_window(rng: tuple[str, str] | None, start: str | None, end: str | None) -> bool:
    if not start and not end:
        return True
    if rng is None:
        return False
    return (not start or rng[1] >= start) and (not end or rng[0] <= end)
