"""What a view can be narrowed to: ``EventFilter`` and the events a document tells."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, exists, select

from ..schema import event_actors, event_occurrences, events


@dataclass
class EventFilter:
    """What the network and the timeline can be narrowed to."""
    start: str | None = None       # ISO day, inclusive
    end: str | None = None
    type: str | None = None        # PLOVER type
    sphere: str | None = None
    document: str | None = None    # document id
    actor: str | None = None       # source or target
    dense: bool = False            # the actor takes part in many events (``events_page`` sets it)

    def where(self):
        clauses = []
        if self.type:
            clauses.append(events.c.type == self.type)
        if self.sphere:
            clauses.append(events.c.sphere == self.sphere)
        if self.document:
            clauses.append(events.c.id.in_(told_in(self.document)))
        if self.actor and self.dense:
            # Walk the events in page order and keep the actor's: a few hundred probes for a page.
            clauses.append(exists().where(event_actors.c.event_id == events.c.id,
                                          event_actors.c.actor_id == self.actor))
        elif self.actor:
            clauses.append(events.c.id.in_(select(event_actors.c.event_id)
                                           .where(event_actors.c.actor_id == self.actor)))
        return and_(*clauses) if clauses else None

    def has_window(self) -> bool:
        return bool(self.start or self.end)


def told_in(document_id: str):
    """Ids of the events a document tells (any of their occurrences is in it)."""
    return select(event_occurrences.c.event_id).where(event_occurrences.c.document_id == document_id)
