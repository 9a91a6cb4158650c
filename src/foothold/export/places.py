"""Event locations for row formats (PLOVER, ACLED): name, country, coordinates, precision.

One lookup per exported place actor, remembered for the export (bounded by
the number of place actors, not of events).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..store import schema as t
from .geo import capital, geocode


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    precision: str        # city | country | region | unknown


class Places:
    def __init__(self, conn: Connection):
        self._conn = conn
        self._seen: dict[str, Place | None] = {}

    def get(self, actor_id: str | None) -> Place | None:
        if not actor_id:
            return None
        if actor_id not in self._seen:
            row = self._conn.execute(select(t.actors.c.name, t.actors.c.type).where(t.actors.c.id == actor_id)).first()
            self._seen[actor_id] = self._locate(row.name, row.type) if row else None
        return self._seen[actor_id]

    @staticmethod
    def _locate(name: str, actor_type: str) -> Place:
        geo = geocode(name, actor_type)
        lat, lon = geo.latitude, geo.longitude
        if lat is None and geo.country:
            # A country-wide event sits at the capital, as ACLED codes province-level events.
            lat, lon = capital(geo.country) or (None, None)
        return Place(name, geo.country, lat, lon, geo.precision)
