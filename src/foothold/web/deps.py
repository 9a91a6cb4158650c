"""Request dependencies shared by the API and the pages: a store connection and the event filter."""

from __future__ import annotations

from typing import Iterator

from fastapi import Query, Request
from sqlalchemy.engine import Connection

from foothold.store.views import EventFilter

ISO_DAY = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # empty allowed: HTML forms send blank fields
TEXT_LIMIT = 500   # free-text filters; SQLite refuses LIKE patterns over 50,000 bytes, nobody types 500 chars


def connection(request: Request) -> Iterator[Connection]:
    with request.app.state.engine.connect() as conn:
        yield conn


def checked_day(value: str | None, last: bool, name: str = "date") -> str | None:
    """'2020' -> '2020-01-01' (or '2020-12-31' for the end of a window); '2020-06' likewise.

    A value that fits the pattern but is no calendar date (2020-02-30, 2020-13, 0000) is a
    BadParameterError (HTTP 400), never a server error.
    """
    if not value:
        return None
    from foothold.errors import BadParameterError
    from foothold.store.views import date_range, is_calendar_date
    if not is_calendar_date(value):
        raise BadParameterError(f"{name} '{value[:40]}' is not a calendar date",
                                fix="Give YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, e.g. 2020-06-17.")
    first, final = date_range(value)
    return final if last else first


def event_filter(
    start: str | None = Query(None, pattern=ISO_DAY, description="Window start (YYYY, YYYY-MM or YYYY-MM-DD)"),
    end: str | None = Query(None, pattern=ISO_DAY, description="Window end, inclusive"),
    type: str | None = Query(None, max_length=TEXT_LIMIT, description="PLOVER event type, e.g. CONSULT"),
    sphere: str | None = Query(None, max_length=TEXT_LIMIT,
                               description="political, military, economic, religious, information"),
    document: str | None = Query(None, max_length=TEXT_LIMIT, description="Document id"),
    actor: str | None = Query(None, max_length=TEXT_LIMIT, description="Actor id taking part (source or target)"),
) -> EventFilter:
    return EventFilter(start=checked_day(start, False, "start"), end=checked_day(end, True, "end"),
                       type=type or None, sphere=sphere or None, document=document or None, actor=actor or None)
