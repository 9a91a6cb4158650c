"""Places and the events at each."""

from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.engine import Connection

from ...errors import UnknownActorError
from .. import paging
from ..schema import actor_counts, actors, event_actors, events
from .listing import DENSE_EVENTS, actor_names, events_page


def places(conn: Connection) -> list[dict]:
    """Places and countries with the events located there and the events they take part in
    (counted in SQL, for the place and country actors only)."""
    dictionary_id = actors.c.dictionary_id if "dictionary_id" in actors.c else None
    cols = [actors.c.id, actors.c.name, actors.c.type] + ([dictionary_id] if dictionary_id is not None else [])
    ac = actor_counts           # kept at write time (store/counts.py): no count over the events here
    rows = conn.execute(select(*cols, ac.c.located, ac.c.events, ac.c.mentions)
                        .select_from(actors.outerjoin(ac, ac.c.actor_id == actors.c.id))
                        .where(actors.c.type.in_(("place", "country")))).all()
    return [{"id": r.id, "name": r.name, "type": r.type, "dictionary_id": getattr(r, "dictionary_id", None),
             "events_located": r.located or 0, "events_involved": r.events or 0, "mentions": r.mentions or 0}
            for r in rows]


def place_events(place_id: str, dense: bool = False):
    """SQL: events located at a place or in which it takes part (``dense``: probed per event, for a
    page that walks the date order, as ``EventFilter.dense``)."""
    if dense:
        return or_(events.c.location_id == place_id, exists().where(event_actors.c.event_id == events.c.id,
                                                                   event_actors.c.actor_id == place_id))
    involved = select(event_actors.c.event_id).where(event_actors.c.actor_id == place_id)
    return or_(events.c.location_id == place_id, events.c.id.in_(involved))


def events_at(conn: Connection, place_id: str, *, cursor: str | None = None,
              limit: int = paging.DEFAULT_LIMIT) -> dict:
    """A page of the events located at a place or in which it (a country, a city standing for a
    government) takes part. A place in many events (kept counts) walks the date order."""
    if not actor_names(conn, [place_id]):
        raise UnknownActorError(f"no place or country with id '{place_id}'", fix="Use ids from GET /api/places.")
    kept = conn.execute(select(actor_counts.c.events + actor_counts.c.located)
                        .where(actor_counts.c.actor_id == place_id)).scalar()
    return events_page(conn, where=place_events(place_id, dense=(kept or 0) >= DENSE_EVENTS),
                       cursor=cursor, limit=limit)
