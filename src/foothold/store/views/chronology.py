"""The timeline: events counted per day, month or year, and the spheres present."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..schema import event_dates, events
from .filters import EventFilter
from .listing import conditions, dated_only, dates_where


def timeline(conn: Connection, flt: EventFilter | None = None, by: str = "month", kept: bool = True) -> dict:
    """Events per period (day or month, as their dates are written) and PLOVER type, counted in SQL.

    A month-precision date counts in its month under ``by=month`` and stays its own bucket
    ("2020-06") under ``by=day``; years likewise. Undated events are counted apart. Narrowed by
    dates, type and sphere alone (or not at all), the kept event_dates rows answer (``kept=False``:
    the events are counted).
    """
    flt = flt or EventFilter()
    width = 10 if by == "day" else 7
    if dated_only(flt, kept=kept):
        return _timeline_kept(conn, flt, width)
    # Counted per date as written and type: the (date, type) index streams them in that order
    # without sorting a million rows; the few thousand groups are bucketed here.
    q = (select(events.c.date, events.c.type, func.count().label("n"))
         .where(events.c.date.is_not(None)).group_by(events.c.date, events.c.type))
    cond = conditions(flt)
    if cond is not None:
        q = q.where(cond)
    buckets: Counter = Counter()
    for r in conn.execute(q):
        buckets[r.date[:width], r.type] += r.n
    rows = [{"bucket": b, "type": ty, "count": n} for (b, ty), n in sorted(buckets.items())]
    undated = 0
    if not flt.has_window():
        uq = select(func.count()).select_from(events).where(events.c.date.is_(None))
        uq = uq.where(cond) if cond is not None else uq
        undated = conn.execute(uq).scalar_one()
    return {"by": "day" if by == "day" else "month", "buckets": rows, "undated": undated,
            "total": sum(r["count"] for r in rows) + undated}


def _timeline_kept(conn: Connection, flt: EventFilter, width: int) -> dict:
    """``timeline`` from event_dates: its rows summed per bucket (the date's first ``width`` characters) and type."""
    ed = event_dates
    bucket = func.substr(ed.c.date, 1, width)
    cond = dates_where(flt)
    q = (select(bucket.label("b"), ed.c.type, func.sum(ed.c.n).label("n")).where(ed.c.date != "")
         .group_by(bucket, ed.c.type).having(func.sum(ed.c.n) > 0).order_by(bucket, ed.c.type))
    rows = [{"bucket": r.b, "type": r.type, "count": int(r.n)}
            for r in conn.execute(q if cond is None else q.where(cond))]
    undated = 0
    if not flt.has_window():
        uq = select(func.coalesce(func.sum(ed.c.n), 0)).where(ed.c.date == "")
        undated = int(conn.execute(uq if cond is None else uq.where(cond)).scalar_one())
    return {"by": "day" if width == 10 else "month", "buckets": rows, "undated": undated,
            "total": sum(r["count"] for r in rows) + undated}


def event_spheres(conn: Connection) -> list[str]:
    """The spheres events in the store carry (for filter menus)."""
    return sorted(r[0] for r in conn.execute(select(events.c.sphere).distinct()) if r[0])
