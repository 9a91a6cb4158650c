"""Totals kept by triggers (migration 0015): whole-store counts read from a few rows.

- ``kept_totals`` (key -> n): 'documents', 'relations', 'citations', 'occurrences' (event tellings),
  'tied_actors' (actor_counts rows with a degree), 'mentions' (the sum of actor_counts.mentions: every
  mention names an actor), 'actors:<type>', 'events:<type>'.
- ``event_dates`` (date as written or '', date qualifier or '', type, sphere or '' -> n events): the
  timeline, the summary's events by type and any event count narrowed only by dates, type or sphere.

The triggers of migration 0015 add and subtract in the transaction that inserts, deletes or updates
the rows (SQLite: per row; PostgreSQL: per statement, from its transition tables), so every write
path (ingest, re-ingest, removal, corrections, merges, bulk copies) keeps them and neither a write
nor a read counts a whole table. A key whose rows all went keeps n = 0 (readers leave it out).
``rebuild(conn)`` recounts everything set-based (the migration, ``counts.rebuild``).
"""

from __future__ import annotations

from sqlalchemy import delete, func, insert, literal, select, union_all
from sqlalchemy.engine import Connection

from . import schema as t

# key -> table whose rows it counts
PLAIN = {"documents": t.documents, "relations": t.relations, "citations": t.citations,
         "occurrences": t.event_occurrences}
DATE_COLUMNS = ["date", "date_qualifier", "type", "sphere"]


def _blank(column):
    return func.coalesce(column, "")


def total_query():
    """SELECT (key, n) of every kept total, counted afresh."""
    e, a, ac = t.events, t.actors, t.actor_counts
    parts = [select(literal(key).label("key"), func.count().label("n")).select_from(table)
             for key, table in PLAIN.items()]
    parts.append(select(literal("tied_actors").label("key"), func.count().label("n")).where(ac.c.degree > 0))
    parts.append(select(literal("mentions").label("key"), func.coalesce(func.sum(ac.c.mentions), 0).label("n")))
    parts.append(select(literal("actors:").concat(a.c.type).label("key"), func.count().label("n")).group_by(a.c.type))
    parts.append(select(literal("events:").concat(e.c.type).label("key"), func.count().label("n")).group_by(e.c.type))
    return union_all(*parts)


def date_query():
    """SELECT the event_dates rows, counted afresh from the events."""
    e = t.events
    keys = [_blank(e.c.date), _blank(e.c.date_qualifier), e.c.type, _blank(e.c.sphere)]
    return select(*keys, func.count()).group_by(*keys)


def rebuild(conn: Connection) -> None:
    """Every kept total and event_dates row afresh (one statement each)."""
    conn.execute(delete(t.kept_totals))
    conn.execute(delete(t.event_dates))
    conn.execute(insert(t.kept_totals).from_select(["key", "n"], total_query()))
    conn.execute(insert(t.event_dates).from_select([*DATE_COLUMNS, "n"], date_query()))


def total(conn: Connection, key: str) -> int:
    return conn.execute(select(t.kept_totals.c.n).where(t.kept_totals.c.key == key)).scalar() or 0


def by_prefix(conn: Connection, prefix: str) -> dict[str, int]:
    """{rest of the key: n} of the keys 'prefix<rest>' (e.g. 'events:' -> events per type), n > 0."""
    kt = t.kept_totals
    rows = conn.execute(select(kt.c.key, kt.c.n).where(kt.c.key > prefix, kt.c.key < prefix + "\uffff", kt.c.n > 0))
    return {r.key[len(prefix):]: r.n for r in rows}


def events_total(conn: Connection) -> int:
    return sum(by_prefix(conn, "events:").values())
