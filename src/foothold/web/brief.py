"""The brief page and its API: an actor's influence in a country as a cited brief (analyze.brief).

``/brief?actor=Iran&in=Iraq`` renders the brief on the server (every sentence with numbered
footnotes linking into the reader at the span; count sentences link to the arena page's
events); ``/api/brief`` returns the same plain data as JSON.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.engine import Connection

from foothold.analyze.arena import PERIODS
from foothold.analyze.brief import brief
from foothold.analyze.brief_render import html_fragment
from foothold.web.api import ERRORS
from foothold.web.arena import _check
from foothold.web.deps import connection
from foothold.web.render import templates

router = APIRouter(responses=ERRORS)     # the API errors, declared in the OpenAPI schema


@router.get("/api/brief", tags=["arena"], summary="A cited brief on an actor's influence in a country")
def api_brief(actor: str = Query(..., description="Actor id, name or alias (e.g. Iran)"),
              in_: str = Query(..., alias="in", description="Country id, name or alias (e.g. Iraq)"),
              date_from: str | None = Query(None, alias="from", description="ISO date: events on or after"),
              date_to: str | None = Query(None, alias="to", description="ISO date: events on or before"),
              by: str = Query("month", description="Periods of the trend judgement: month | quarter | year"),
              conn: Connection = Depends(connection)) -> dict:
    """Sections of sentences; each sentence lists its footnote numbers, ``footnotes`` gives each one's
    document, original character span, quoted words and source notes (outlet, date); ``omitted``
    counts the sentences left out for lack of evidence. Counts are the arena view's."""
    _check(date_from, date_to, by)
    return brief(conn, actor, in_, date_from or None, date_to or None, by).to_dict()


@router.get("/brief", response_class=HTMLResponse, include_in_schema=False)
def brief_page(request: Request, actor: str | None = Query(None), in_: str | None = Query(None, alias="in"),
               date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
               by: str = Query("month"), conn: Connection = Depends(connection)):
    form = {"actor": actor or "", "in": in_ or "", "from": date_from or "", "to": date_to or "", "by": by}
    context = {"page": "arena", "heading": "Brief", "missing_vendor": [], "form": form, "periods": PERIODS,
               "brief": None, "body": None}
    if actor and in_:
        _check(date_from, date_to, by)
        b = brief(conn, actor, in_, date_from or None, date_to or None, by)
        # html_fragment escapes every string it prints (analyze.brief_render).
        context |= {"brief": b, "body": html_fragment(b), "heading": f"{b.actor['name']} in {b.country['name']}"}
    return templates.TemplateResponse(request, "brief.html", context)
