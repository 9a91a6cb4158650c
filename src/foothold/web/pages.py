"""HTML pages. Lists, the reader, profiles, sources and search render on the server (they work
without JavaScript); network, timeline and map are drawn in the browser from the JSON API."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.engine import Connection

from foothold.model import EVENT_TYPES
from foothold.store import views
from foothold.web.deps import connection
from foothold.web.legend import SPHERES
from foothold.web.reader import segments
from foothold.web.render import templates
from foothold.web.review_pages import reader_facts
from foothold.web.security import can_edit

router = APIRouter(include_in_schema=False)
PAGE_ROWS = 500           # rows of the documents and actors lists per page
FILTER_DOCUMENTS = 1000


def _page(request: Request, name: str, page: str, heading: str, needs: tuple[str, ...] = (), **context):
    missing = [lib for lib in needs if lib not in request.app.state.vendor]
    return templates.TemplateResponse(request, name, {"page": page, "heading": heading,
                                                      "missing_vendor": missing, **context})


@router.get("/", response_class=HTMLResponse)
def home(request: Request, conn: Connection = Depends(connection)):
    stats = views.summary(conn)
    return _page(request, "home.html", "home", "Overview", stats=stats,
                 documents=views.documents_page(conn, limit=10)["items"],
                 top_actors=views.actors_page(conn, limit=15)["items"])


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, cursor: str | None = Query(None, max_length=2000),
              conn: Connection = Depends(connection)):
    page = views.documents_page(conn, cursor=cursor or None, limit=PAGE_ROWS)
    total = views.summary_counts(conn, ("documents",))["documents"]
    return _page(request, "documents.html", "documents", "Documents", documents=page["items"], listing=page,
                 total=total)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(document_id: str, request: Request, at: int | None = Query(None, ge=0),
             conn: Connection = Depends(connection)):
    doc = views.document_reader(conn, document_id, at=at)
    segs = segments(doc["text"], doc["mentions"], doc["citations"], doc["events"],
                    anchors=[r["start"] for r in doc["relations"]], base=doc["page"]["start"])
    return _page(request, "document.html", "documents", doc["title"] or doc["name"], doc=doc, segments=segs,
                 facts=reader_facts(doc) if can_edit(request) else None)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, type: str | None = Query(None), cursor: str | None = Query(None, max_length=2000),
           conn: Connection = Depends(connection)):
    page = views.actors_page(conn, type=type or None, cursor=cursor or None, limit=PAGE_ROWS)
    return _page(request, "actors.html", "actors", "Actors", actors=page["items"], listing=page,
                 selected_type=type)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(actor_id: str, request: Request, conn: Connection = Depends(connection)):
    profile = views.actor_profile(conn, actor_id)
    return _page(request, "actor.html", "actors", profile["name"], needs=("d3",), actor=profile)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(event_id: str, request: Request, conn: Connection = Depends(connection)):
    ev = views.event_detail(conn, event_id)
    return _page(request, "event.html", "timeline", f"{ev['type']} event", event=ev)


def _filter_choices(conn: Connection) -> dict:
    spheres = sorted(set(SPHERES) | set(views.event_spheres(conn)))
    # The document menu lists the newest FILTER_DOCUMENTS (a store of thousands filters by id in the URL).
    return {"documents": views.documents_page(conn, limit=FILTER_DOCUMENTS)["items"], "event_types": EVENT_TYPES,
            "spheres": spheres}


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, conn: Connection = Depends(connection)):
    return _page(request, "network.html", "network", "Network", needs=("cytoscape",), **_filter_choices(conn))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, conn: Connection = Depends(connection)):
    return _page(request, "timeline.html", "timeline", "Timeline", needs=("d3",),
                 actors=views.actors_page(conn, limit=400)["items"], **_filter_choices(conn))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request):
    return _page(request, "map.html", "map", "Map", needs=("d3", "topojson-client", "world-atlas"))


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, conn: Connection = Depends(connection)):
    return _page(request, "sources.html", "sources", "Sources", data=views.sources(conn))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query(""), conn: Connection = Depends(connection)):
    return _page(request, "search.html", "search", f"Search: {q}" if q else "Search",
                 results=views.search(conn, q), query=q)


