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

from foothold.store import schema as t
from foothold.watch.manage import list_alerts, list_rules
from foothold.web.api import ERRORS
from foothold.web.deps import connection
from foothold.web.render import templates

router = APIRouter(responses=ERRORS)     # the API errors, declared in the OpenAPI schema
ISO = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _alerts(conn: Connection, rule: str | None, since: str | None, limit: int) -> list[dict]:
    rows = list_alerts(conn, rule=rule or None, since=since or None, limit=limit)
    ids = {e["event_id"] for r in rows for e in r["events"]}
    present = set(conn.execute(select(t.events.c.id).where(t.events.c.id.in_(list(ids))))
                  .scalars()) if ids else set()
    for r in rows:
        for e in r["events"]:
            e["in_store"] = e["event_id"] in present
    return rows


@router.get("/api/alerts", tags=["watch"])
def api_alerts(rule: str | None = Query(None, description="Only this rule's alerts"),
               since: str | None = Query(None, pattern=ISO, description="Fired on or after (ISO date)"),
               limit: int = Query(200, ge=1, le=5000), conn: Connection = Depends(connection)) -> list[dict]:
    """Alerts raised by watch rules, newest first, each with its events and their evidence."""
    return _alerts(conn, rule, since, limit)


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
