"""Keyset pagination: every list of the API and the workbench comes a page at a time.

A page is ``{items, limit, cursor, has_more, next}``: ``cursor`` is the one asked for
(None: the first page), ``next`` the one to ask for the following page (None: the last).
A cursor is the sort key of the last item of a page, opaque (URL-safe base64 of JSON):
the next page starts strictly after it, so a walk sees every item once, in a stable
order, however many rows are inserted meanwhile (new rows after the cursor show up,
rows before it are not repeated). The query reads ``limit + 1`` rows through the
index of its order; nothing counts or skips the rows before the page.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any, Callable, Sequence

from sqlalchemy import and_, or_, tuple_

from ..errors import BadCursorError

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def encode(values: Sequence[Any]) -> str:
    def plain(v):
        return {"t": v.isoformat()} if isinstance(v, datetime) else v
    raw = json.dumps([plain(v) for v in values], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode(cursor: str, size: int) -> list[Any]:
    """The sort key in a cursor made by ``encode`` for a key of ``size`` values, or BadCursorError."""
    bad = BadCursorError(f"cursor '{cursor[:40]}' is not one this list gave out",
                         fix="Start without a cursor and follow each page's `next`.")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise bad from None
    if not isinstance(values, list) or len(values) != size:
        raise bad
    out = []
    for v in values:
        if isinstance(v, dict) and set(v) == {"t"} and isinstance(v["t"], str):
            try:
                v = datetime.fromisoformat(v["t"])
            except ValueError:
                raise bad from None
        elif not (v is None or isinstance(v, (str, int, float))) or isinstance(v, bool):
            raise bad
        out.append(v)
    return out


def after(keys: Sequence, values: Sequence, descending: Sequence[bool] | None = None):
    """SQL: the row's key comes strictly after ``values`` in the order of ``keys``.

    All ascending: one row-value comparison (the index of the order answers it);
    mixed directions: the usual OR expansion.
    """
    descending = list(descending or [False] * len(keys))
    if not any(descending):
        return tuple_(*keys) > tuple_(*values)
    if all(descending):
        return tuple_(*keys) < tuple_(*values)
    clauses = []
    for i, (key, value) in enumerate(zip(keys, values)):
        step = key < value if descending[i] else key > value
        clauses.append(and_(*[k == v for k, v in zip(keys[:i], values[:i])], step))
    return or_(*clauses)


def order(keys: Sequence, descending: Sequence[bool] | None = None) -> list:
    descending = list(descending or [False] * len(keys))
    return [k.desc() if d else k.asc() for k, d in zip(keys, descending)]


def keyset(query, keys: Sequence, cursor: str | None, limit: int, descending: Sequence[bool] | None = None):
    """``query`` narrowed to the page after ``cursor`` (limit + 1 rows, to know whether more follow)."""
    if cursor:
        query = query.where(after(keys, decode(cursor, len(keys)), descending))
    return query.order_by(*order(keys, descending)).limit(limit + 1)


def page(rows: list, limit: int, cursor: str | None, key: Callable[[Any], Sequence[Any]],
         render: Callable[[Any], Any] = lambda r: r) -> dict:
    """The page shape from the ``limit + 1`` rows ``keyset`` read."""
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": [render(r) for r in rows], "limit": limit, "cursor": cursor, "has_more": more,
            "next": encode(list(key(rows[-1]))) if more and rows else None}


def check_limit(limit: int | None) -> int:
    if limit is None:
        return DEFAULT_LIMIT
    return max(1, min(int(limit), MAX_LIMIT))
