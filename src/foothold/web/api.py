"""The JSON API: thin routes over store.views (the same functions the pages and the CLI use)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy.engine import Connection

from foothold.export import Filters
from foothold.store import paging, views
from foothold.store.views import EventFilter
from foothold.web.deps import TEXT_LIMIT, connection, event_filter
from foothold.web.downloads import export_response
from foothold.web.geo import locate_places
from foothold.web.legend import legend

class ErrorDetail(BaseModel):
    code: str = Field(description="Stable error code, e.g. E140")
    message: str
    path: str | None = Field(None, description="The request path or file concerned")
    fix: str | None = Field(None, description="What to do about it")


class ErrorBody(BaseModel):
    """The one error shape of the API (and of the CLI's JSON output)."""
    error: ErrorDetail


ERRORS = {400: {"model": ErrorBody, "description": "A parameter that means nothing (e.g. 2020-02-30)"},
          404: {"model": ErrorBody, "description": "No such document, actor, event or place"},
          422: {"model": ErrorBody, "description": "A parameter of the wrong shape, length or type"}}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


class Page(BaseModel):
    """One page of a list: follow ``next`` (a cursor) until ``has_more`` is false."""
    items: list[dict]
    limit: int
    cursor: str | None = Field(None, description="The cursor this page was asked with (None: the first page)")
    has_more: bool
    next: str | None = Field(None, description="Cursor of the following page (None: this is the last)")


def cursor_param(cursor: str | None = Query(None, max_length=2000, description="`next` of the previous page "
                                            "(none: the first page); a cursor no list gave out is a 400 (E330)")):
    return cursor or None


def limit_param(limit: int = Query(paging.DEFAULT_LIMIT, ge=1, le=paging.MAX_LIMIT, description="Items per page")):
    return limit


@router.get("/summary", summary="Counts of everything in the store")
def summary(conn: Connection = Depends(connection)) -> dict:
    return views.summary(conn)


@router.get("/legend", summary="Colours for actor types, event quad classes and relation predicates")
def colours() -> dict:
    return legend()


@router.get("/documents", summary="Documents in the store with their counts, newest first (a page)",
            response_model=Page)
def documents(cursor: str | None = Depends(cursor_param), limit: int = Depends(limit_param),
              conn: Connection = Depends(connection)) -> dict:
    return views.documents_page(conn, cursor=cursor, limit=limit)


@router.get("/documents/{document_id}",
            summary="A page of a document's text with every highlighted span on it, and its warnings")
def document(document_id: str,
             at: int | None = Query(None, ge=0, description="A character offset: the page holding it "
                                    "(long documents come in pages; see `page.next`)"),
             conn: Connection = Depends(connection)) -> dict:
    return views.document_reader(conn, document_id, at=at)


@router.get("/actors", summary="Actors, most mentioned first or by name (a page)", response_model=Page)
def actors(type: str | None = Query(None, max_length=TEXT_LIMIT,
                                    description="person, organization, media, country or place"),
           sort: str = Query("mentions", pattern="^(mentions|name)$", description="mentions (most first) or name"),
           cursor: str | None = Depends(cursor_param), limit: int = Depends(limit_param),
           conn: Connection = Depends(connection)) -> dict:
    return views.actors_page(conn, type=type or None, sort=sort, cursor=cursor, limit=limit)


@router.get("/actors/{actor_id}", summary="An actor's profile: forms, the first 100 relations, events and "
            "documents with their totals (`more.events`: the cursor of the rest), sources, co-occurring actors")
def actor(actor_id: str, conn: Connection = Depends(connection)) -> dict:
    return views.actor_profile(conn, actor_id)


@router.get("/events", summary="Events matching the filters, in date order (a page)", response_model=Page)
def events(flt: EventFilter = Depends(event_filter), cursor: str | None = Depends(cursor_param),
           limit: int = Depends(limit_param), conn: Connection = Depends(connection)) -> dict:
    return views.events_page(conn, flt, cursor=cursor, limit=limit)


@router.get("/timeline", summary="Events per day or month and PLOVER type, for the filters (counted in SQL)")
def timeline(flt: EventFilter = Depends(event_filter),
             by: str = Query("month", pattern="^(day|month)$", description="day or month"),
             conn: Connection = Depends(connection)) -> dict:
    return views.timeline(conn, flt, by=by)


@router.get("/events/{event_id}", summary="One event with its evidence in context")
def event(event_id: str, conn: Connection = Depends(connection)) -> dict:
    return views.event_detail(conn, event_id)


@router.get("/network", summary="Actor network: typed relation edges and event-tie edges")
def network(flt: EventFilter = Depends(event_filter),
            relations: bool = Query(True, description="Include relation edges (only without event filters)"),
            types: list[str] = Query([], description="Actor types to keep (repeat the parameter)"),
            min_mentions: int = Query(0, ge=0, description="Drop untied actors mentioned fewer times"),
            only_tied: bool = Query(False, description="Drop actors without any edge"),
            limit: int = Query(views.NETWORK_LIMIT, ge=1, le=views.NETWORK_MAX,
                               description="The most connected actors to keep"),
            rank: str = Query("degree", pattern="^(degree|weight)$",
                              description="degree (edges) or weight (events and relations on the edges)"),
            conn: Connection = Depends(connection)) -> dict:
    return views.network(conn, flt, include_relations=relations, types=types, min_mentions=min_mentions,
                         only_tied=only_tied, limit=limit, rank=rank)


@router.get("/ties/{a}/{b}", summary="Evidence behind a network edge: relations and events between two actors")
def ties(a: str, b: str, flt: EventFilter = Depends(event_filter), cursor: str | None = Depends(cursor_param),
         limit: int = Depends(limit_param), conn: Connection = Depends(connection)) -> dict:
    return views.ties_between(conn, a, b, flt, cursor=cursor, limit=limit)


@router.get("/places", summary="Places and countries with coordinates and event counts (offline gazetteer)")
def places(conn: Connection = Depends(connection)) -> list[dict]:
    return locate_places(views.places(conn))


@router.get("/places/{place_id}/events", summary="Events located at, or involving, a place (a page)",
            response_model=Page)
def place_events(place_id: str, cursor: str | None = Depends(cursor_param), limit: int = Depends(limit_param),
                 conn: Connection = Depends(connection)) -> dict:
    return views.events_at(conn, place_id, cursor=cursor, limit=limit)


@router.get("/sources", summary="Outlets cited, events resting on each, single-source events")
def sources(conn: Connection = Depends(connection)) -> dict:
    return views.sources(conn)


@router.get("/search", summary="Actors, documents and events matching a name or text")
def search(q: str = Query(..., min_length=1, max_length=TEXT_LIMIT, description="Name or text"),
           text: bool = Query(True, description="Also search document texts and event evidence (slower on big stores)"),
           limit: int = Query(50, ge=1, le=paging.MAX_LIMIT, description="At most this many of each kind"),
           conn: Connection = Depends(connection)) -> dict:
    return views.search(conn, q, limit=limit, text=text)


@router.get("/export", summary="Download the store, or what the filters keep, in an export format",
            response_description="The export file (Content-Disposition: attachment)")
def export(request: Request,
           format: str = Query(..., description="json, stix, ftm, plover, csv, graphml or gexf"),
           document: str | None = Query(None, max_length=TEXT_LIMIT, description="Document id, id prefix or file name"),
           actor: str | None = Query(None, max_length=TEXT_LIMIT, description="Actor id, name or alias: facts involving it"),
           date_from: str | None = Query(None, alias="from", description="Facts dated on or after (ISO, any precision)"),
           date_to: str | None = Query(None, alias="to", description="Facts dated on or before (ISO, any precision)"),
           type: str | None = Query(None, max_length=TEXT_LIMIT, description="PLOVER event type (relations are left out)"),
           sphere: str | None = Query(None, max_length=TEXT_LIMIT, description="Event sphere (relations are left out)"),
           channel: str | None = Query(None, max_length=TEXT_LIMIT, description="Channel of influence: events and relations of it")):
    filters = Filters(document=document or None, actor=actor or None, date_from=date_from or None,
                      date_to=date_to or None, event_type=type or None, sphere=sphere or None,
                      channel=channel or None,
                      local_paths=False)            # a served store never shows where its files live
    return export_response(request.app.state.engine, format, filters)
