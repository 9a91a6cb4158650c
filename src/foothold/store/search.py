"""Text search read through an index: which actors, documents, events contain a string.

"Contains q", case-insensitive, at most ``limit`` ids. Migrations 0014 and 0017 build the indexes:
- SQLite: contentless FTS5 tables with the trigram tokenizer (a quoted phrase matches any
  substring of three characters or more), one per kind of row and field group (``TABLES``: a
  query reads only its kind's matches), their rows named by ``search_keys`` (kind, ref), kept by
  triggers on actors, documents, events and event_occurrences;
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

# kind -> [(FTS5 table, its fields)] (migration 0017); the fields are those of KINDS.
TABLES = {
    "actor": [("search_actor_fts", ("name",))],
    "document": [("search_document_fts", ("name", "title")), ("search_text_fts", ("body",))],
    "event": [("search_event_fts", ("body",))],
    "occurrence": [("search_occurrence_fts", ("body",))],
}


def escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def has_index(conn: Connection) -> bool:
    """SQLite: the FTS5 tables are there (PostgreSQL's indexes need no different query)."""
    if conn.dialect.name != "sqlite":
        return False
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'search_actor_fts'")).first() is not None


def fts_query(q: str, fields: list[str]) -> str:
    """An FTS5 MATCH string: q as one quoted phrase (a substring, for the trigram tokenizer) in these columns."""
    phrase = '"' + q.replace('"', '""') + '"'
    return ("{" + " ".join(fields) + "} : " if len(fields) > 1 else f"{fields[0]} : ") + phrase


def containing(conn: Connection, kind: str, q: str, fields: list[str], limit: int) -> list[str]:
    """Keys of the ``kind`` rows (see KINDS) whose ``fields`` contain q (case-insensitive), at most ``limit``."""
    table, key, columns = KINDS[kind]
    if len(q) >= MIN_INDEXED and has_index(conn):
        # Each table of the kind holding some of the fields gives its first ``limit`` rows (in key id
        # order); together, the first ``limit`` of their union. CROSS JOIN: the index first, then the
        # key of each row it gives (SQLite otherwise walks every key and probes the index with each).
        found: dict[int, str] = {}
        for fts, held in TABLES[kind]:
            mine = [f for f in fields if f in held]
            if mine:
                found.update((r.id, r.ref) for r in conn.execute(text(
                    f"SELECT k.id, k.ref FROM {fts} CROSS JOIN search_keys k ON k.id = {fts}.rowid "
                    f"WHERE {fts} MATCH :m LIMIT :n"), {"m": fts_query(q, mine), "n": limit}))
        return [found[i] for i in sorted(found)][:limit]
    like = f"%{escape_like(q.lower())}%"
    cond = or_(*[func.lower(columns[f]).like(like, escape="\\") for f in fields])
    return list(conn.execute(select(key).where(cond).limit(limit)).scalars())
