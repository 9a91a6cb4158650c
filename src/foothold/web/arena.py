"""The arena page and its API: an actor's influence in a country per channel (analyze.arena).

``/arena?actor=Iran&in=Iraq`` renders the view on the server; every number links to
``/arena?...&channel=C&cell=K#events``, which lists the events behind it with their
sentences and links to the event and to its place in the reader. ``/api/arena`` returns
the same plain data (with ``channel``/``cell``: the events behind one number).
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.engine import Connection

from foothold.analyze.arena import CHANNELS, PERIODS, ROLES, arena, select_cell
from foothold.errors import InputError
from foothold.store import schema as t
from foothold.store.queries import sentence_around
from foothold.web.api import ERRORS
from foothold.web.deps import connection
from foothold.web.render import templates

router = APIRouter(responses=ERRORS)     # the API errors, declared in the OpenAPI schema

CELL_LABELS = {"events": "events", "roles.direct": "direct", "roles.via_proxies": "through proxies",
               "roles.against": "against it", "roles.toward": "toward it", "balance.cooperation": "cooperation",
               "balance.conflict": "conflict"}


def _check(date_from: str | None, date_to: str | None, by: str) -> None:
    import re
    for name, value in (("from", date_from), ("to", date_to)):
        if value and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
            raise InputError(f"'{name}' {value!r} is not an ISO date", fix="Use 2020, 2020-07 or 2020-07-14.")
    if by not in PERIODS:
        raise InputError(f"unknown period '{by}'", fix="Use by=month, quarter or year.")


def with_sentences(conn: Connection, events: list[dict]) -> list[dict]:
    """Each event with the sentence around its evidence (before / span / after), from its document's text."""
    docs = {ev["document_id"] for ev in events}
    texts = dict(conn.execute(select(t.documents.c.id, t.documents.c.text).where(t.documents.c.id.in_(docs))).all())
    out = []
    for ev in events:
        text = texts.get(ev["document_id"]) or ""
        if ev["start"] is not None and ev["end"] is not None and text:
            s, e = sentence_around(text, ev["start"], ev["end"])
            ctx = {"before": text[s:ev["start"]], "span": text[ev["start"]:ev["end"]], "after": text[ev["end"]:e]}
        else:
            ctx = None
        out.append(ev | {"context": ctx})
    return out


@router.get("/api/arena", tags=["arena"], summary="An actor's influence in a country, per channel")
def api_arena(actor: str = Query(..., description="Actor id, name or alias (e.g. Iran)"),
              in_: str = Query(..., alias="in", description="Country id, name or alias (e.g. Iraq)"),
              date_from: str | None = Query(None, alias="from", description="ISO date: events on or after"),
              date_to: str | None = Query(None, alias="to", description="ISO date: events on or before"),
              by: str = Query("month", description="Trend periods: month | quarter | year"),
              channel: str | None = Query(None, description="With cell: one number's events (a channel or 'all')"),
              cell: str | None = Query(None, description="e.g. events, roles.via_proxies, quads.material_conflict, "
                                                          "top_actors.ID, top_places.ID, trend.2020-05"),
              conn: Connection = Depends(connection)):
    """The arena view as plain data: every count beside its event ids; ``events`` holds each event."""
    _check(date_from, date_to, by)
    view = arena(conn, actor, in_, date_from or None, date_to or None, by)
    if channel or cell:
        ids = select_cell(view, channel, cell or "events")
        return {"channel": channel or "all", "cell": cell or "events", "count": len(ids), "event_ids": ids,
                "events": with_sentences(conn, [view["events"][i] for i in ids])}
    return view


@router.get("/api/proxies", tags=["arena"], summary="Whose acts count as an actor's influence")
def api_proxies(actor: str = Query(..., description="Actor id, name or alias (e.g. Iran)"),
                in_: str | None = Query(None, alias="in", description="Only proxies in this country"),
                on: str | None = Query(None, description="ISO date: only ties a source gave by then"),
                conn: Connection = Depends(connection)):
    """Each proxy with its path, every hop's kind, date and evidence (document, span, words, extractor)."""
    from foothold.analyze.countries import find_country, resolve_actor
    from foothold.analyze.proxies import proxies_of
    _check(on, None, "month")
    actor_id = resolve_actor(conn, actor)
    country_id = find_country(conn, in_) if in_ else None
    return {"actor": actor_id, "in": country_id, "on": on,
            "proxies": [p.to_dict() for p in proxies_of(conn, actor_id, in_country=country_id, on=on or None)]}


@router.get("/arena", response_class=HTMLResponse, include_in_schema=False)
def arena_page(request: Request, actor: str | None = Query(None), in_: str | None = Query(None, alias="in"),
               date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
               by: str = Query("month"), channel: str | None = Query(None), cell: str | None = Query(None),
               conn: Connection = Depends(connection)):
    form = {"actor": actor or "", "in": in_ or "", "from": date_from or "", "to": date_to or "", "by": by}
    context = {"page": "arena", "heading": "Arena", "missing_vendor": [], "form": form, "view": None,
               "periods": PERIODS, "roles": ROLES, "channels": CHANNELS, "cell_labels": CELL_LABELS}
    if actor and in_:
        _check(date_from, date_to, by)
        view = arena(conn, actor, in_, date_from or None, date_to or None, by)
        base = {k: v for k, v in form.items() if v}

        def link(ch: str | None, key: str) -> str:
            return "/arena?" + urlencode(base | {"channel": ch or "all", "cell": key}) + "#events"

        periods = sorted({p["period"] for c in view["channels"] for p in c["trend"]})
        selected = None
        if channel or cell:
            ids = select_cell(view, channel, cell or "events")
            selected = {"channel": channel or "all", "cell": cell or "events", "count": len(ids),
                        "events": with_sentences(conn, [view["events"][i] for i in ids])}
        from foothold.analyze.proxies import proxies_of
        paths = {p.actor_id: p for p in proxies_of(conn, view["actor"]["id"])}
        context |= {"view": view, "link": link, "trend_periods": periods, "selected": selected, "paths": paths,
                    "heading": f"{view['actor']['name']} in {view['country']['name']}"}
    return templates.TemplateResponse(request, "arena.html", context)
