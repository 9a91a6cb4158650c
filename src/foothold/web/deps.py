"""Request dependencies shared by the API and the pages: a store connection and the event filter."""

from __future__ import annotations

from typing import Iterator

from fastapi import Query, Request
from sqlalchemy.engine import Connection

from foothold.store.views import EventFilter

ISO_DAY = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # empty allowed: HTML forms send blank fields


def connection(request: Request) -> Iterator[Connection]:
    with request.app.state.engine.connect() as conn:
        yield conn


def _day(value: str | None, last: bool) -> str | None:
    """'2020' -> '2020-01-01' (or '2020-12-31' for the end of a window); '2020-06' likewise."""
    if not value:
        return None
    from foothold.store.views import date_range
    rng = date_range(value, None)
    return rng[1] if last and rng else (rng[0] if rng else None)


def event_filter(
    start: str | None = Query(None, pattern=ISO_DAY, description="Window start (YYYY, YYYY-MM or YYYY-MM-DD)"),
    end: str | None = Query(None, pattern=ISO_DAY, description="Window end, inclusive"),
    type: str | None = Query(None, description="PLOVER event type, e.g. CONSULT"),
    sphere: str | None = Query(None, description="political, military, economic, religious, information"),
    document: str | None = Query(None, description="Document id"),
    actor: str | None = Query(None, description="Actor id taking part (source or target)"),
) -> EventFilter:
    return EventFilter(start=_day(start, False), end=_day(end, True), type=type or None, sphere=sphere or None,
                       document=document or None, actor=actor or None)
