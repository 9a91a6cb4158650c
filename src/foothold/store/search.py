"""Text search read through an index: which actors, documents, events contain a string.

"Contains q", case-insensitive, at most ``limit`` ids. Migration 0014 builds the indexes:
- SQLite: ``search_fts``, a contentless FTS5 table with the trigram tokenizer (a quoted phrase
  matches any substring of three characters or more), its rows named by ``search_keys``
  (kind, ref), kept by triggers on actors, documents, events and event_occurrences;
- PostgreSQL: pg_trgm GIN indexes on the lower-cased columns, which serve the LIKE below.
Shorter strings, and stores without the index, run the same LIKE unindexed (LIMITed).
"""

from __future__ import annotations

from sqlalchemy import func, or_, select, text
from sqlalchemy.engine import Connection

from .schema import actors, documents, event_occurrences, events

MIN_INDEXED = 3           # characters: the trigram index answers from three on

# kind -> (table, key column, {field: column}); the fields are the FTS5 columns of migration 0014.
KINDS = {
    "actor": (actors, actors.c.id, {"name": actors.c.name}),
    "document": (documents, documents.c.id, {"name": documents.c.name, "title": documents.c.title,
                                             "body": documents.c.text}),
    "event": (events, events.c.id, {"body": events.c.evidence}),
    "occurrence": (event_occurrences, event_occurrences.c.id, {"body": event_occurrences.c.evidence}),
}


def escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def has_index(conn: Connection) -> bool:
    """SQLite: the FTS5 table is there (PostgreSQL's indexes need no different query)."""
    if conn.dialect.name != "sqlite":
        return False
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'")).first() is not None


def fts_query(q: str, fields: list[str]) -> str:
    """An FTS5 MATCH string: q as one quoted phrase (a substring, for the trigram tokenizer) in these columns."""
    phrase = '"' + q.replace('"', '""') + '"'
    return ("{" + " ".join(fields) + "} : " if len(fields) > 1 else f"{fields[0]} : ") + phrase


def containing(conn: Connection, kind: str, q: str, fields: list[str], limit: int) -> list[str]:
    """Keys of the ``kind`` rows (see KINDS) whose ``fields`` contain q (case-insensitive), at most ``limit``."""
    table, key, columns = KINDS[kind]
    if len(q) >= MIN_INDEXED and has_index(conn):
        # CROSS JOIN: the index first, then the key of each row it gives (SQLite otherwise walks every
        # key of the kind and probes the index with each: 8.6 s for the events of a million).
        rows = conn.execute(text("SELECT k.ref FROM search_fts CROSS JOIN search_keys k ON k.id = search_fts.rowid "
                                 "WHERE search_fts MATCH :m AND k.kind = :kind LIMIT :n"),
                            {"m": fts_query(q, fields), "kind": kind, "n": limit})
        return [r[0] for r in rows]
    like = f"%{escape_like(q.lower())}%"
    cond = or_(*[func.lower(columns[f]).like(like, escape="\\") for f in fields])
    return list(conn.execute(select(key).where(cond).limit(limit)).scalars())
