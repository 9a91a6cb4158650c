"""Watch alerts in the workbench: the alerts page (``/alerts``) and its JSON (``/api/alerts``, ``/api/watch/rules``).

Each alert shows the rule's pattern in words and the indicator it encodes, and
its events with the evidence stored with the alert, linked to the event and
to the words in the document (while they are in the store).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.engine import Connection

from foothold.store import paging
from foothold.store import schema as t
from foothold.watch.manage import list_alerts, list_rules
from foothold.web.api import ERRORS, Page, cursor_param, limit_param
from foothold.web.deps import checked_day, connection
from foothold.web.render import templates

router = APIRouter(responses=ERRORS)     # the API errors, declared in the OpenAPI schema
ISO = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _mark_in_store(conn: Connection, rows: list[dict]) -> list[dict]:
    """Flag each alert event still in the store (a re-extraction may have replaced it)."""
    ids = {e["event_id"] for r in rows for e in r["events"]}
    present = set(conn.execute(select(t.events.c.id).where(t.events.c.id.in_(list(ids))))
                  .scalars()) if ids else set()
    for r in rows:
        for e in r["events"]:
            e["in_store"] = e["event_id"] in present
    return rows


def _alerts(conn: Connection, rule: str | None, since: str | None, limit: int) -> list[dict]:
    rows = list_alerts(conn, rule=rule or None, since=since or None, limit=limit)
    return _mark_in_store(conn, rows)


def alert_list(conn: Connection, rule: str | None, since: str | None, cursor: str | None, limit: int) -> dict:
    """A page of alerts, newest first (then by id, descending), each with its events."""
    a = t.alerts
    q = select(a.c.fired_at, a.c.id)
    if rule:
        q = q.where(a.c.rule == rule)
    if since:
        from datetime import datetime, timezone
        first = checked_day(since, False, "since")
        q = q.where(a.c.fired_at >= datetime.fromisoformat(first).replace(tzinfo=timezone.utc))
    rows = conn.execute(paging.keyset(q, [a.c.fired_at, a.c.id], cursor, limit, descending=[True, True])).all()
    full = {x["id"]: x for x in _alert_rows(conn, [r.id for r in rows[:limit]])}
    return paging.page(rows, limit, cursor, key=lambda r: (r.fired_at, r.id), render=lambda r: full[r.id])


def _alert_rows(conn: Connection, alert_ids: list[str]) -> list[dict]:
    """Alerts (as ``list_alerts`` gives them) with their events, for these ids only."""
    if not alert_ids:
        return []
    a, ae = t.alerts, t.alert_events
    rows = [dict(r._mapping) for r in conn.execute(select(a).where(a.c.id.in_(alert_ids)))]
    evs = conn.execute(select(ae).where(ae.c.alert_id.in_(alert_ids)).order_by(ae.c.date, ae.c.event_id)).all()
    doc_ids = list({e.document_id for e in evs if e.document_id})
    docs = dict(conn.execute(select(t.documents.c.id, t.documents.c.name)
                             .where(t.documents.c.id.in_(doc_ids))).all()) if doc_ids else {}
    for row in rows:
        row["events"] = [dict(e._mapping) | {"document": docs.get(e.document_id)} for e in evs
                         if e.alert_id == row["id"]]
    return _mark_in_store(conn, rows)


@router.get("/api/alerts", tags=["watch"], response_model=Page)
def api_alerts(rule: str | None = Query(None, max_length=200, description="Only this rule's alerts"),
               since: str | None = Query(None, pattern=ISO, description="Fired on or after (ISO date)"),
               cursor: str | None = Depends(cursor_param), limit: int = Depends(limit_param),
               conn: Connection = Depends(connection)) -> dict:
    """Alerts raised by watch rules, newest first, each with its events and their evidence (a page)."""
    return alert_list(conn, rule, since, cursor, limit)


@router.get("/api/watch/rules", tags=["watch"])
def api_rules(conn: Connection = Depends(connection)) -> list[dict]:
    """The stored watch rules: pattern in words, indicator, alerts raised, YAML."""
    return list_rules(conn)


@router.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
def alerts_page(request: Request, rule: str | None = Query(None), conn: Connection = Depends(connection)):
    rules = list_rules(conn)
    return templates.TemplateResponse(request, "alerts.html", {
        "page": "alerts", "heading": "Alerts", "missing_vendor": [], "rules": rules,
        "alerts": _alerts(conn, rule, None, 500), "selected_rule": rule})
