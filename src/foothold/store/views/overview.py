"""The overview: store totals and the documents list."""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import distinct, func, literal_column, select
from sqlalchemy.engine import Connection

from ...ingest.document import is_url
from .. import paging, queries
from ..schema import citations, documents, event_occurrences, mentions, relations


def summary(conn: Connection) -> dict:
    """The store's totals, read from kept_totals (migration 0015): no table is counted."""
    from .. import totals
    by_type = totals.by_prefix(conn, "actors:")
    event_types = totals.by_prefix(conn, "events:")
    return {"documents": totals.total(conn, "documents"), "actors": sum(by_type.values()),
            "mentions": totals.total(conn, "mentions"), "relations": totals.total(conn, "relations"),
            "events": sum(event_types.values()), "citations": totals.total(conn, "citations"),
            "occurrences": totals.total(conn, "occurrences"),
            "actors_by_type": by_type, "events_by_type": event_types}


def summary_counts(conn: Connection, tables: Iterable[str]) -> dict[str, int]:
    from ..schema import metadata
    return {name: conn.execute(select(func.count()).select_from(metadata.tables[name])).scalar_one() for name in tables}


def list_documents(conn: Connection) -> list[dict]:
    """queries.list_documents plus the number of warnings, newest first."""
    warnings = {r.id: len(r.warnings or []) for r in conn.execute(select(documents.c.id, documents.c.warnings))}
    # No local file path (see document_reader); a URL the document came from stays.
    rows = [{**{k: v for k, v in d.items() if k != "path"}, "warnings": warnings.get(d["id"], 0),
             "source": d["path"] if is_url(d["path"]) else None}
            for d in queries.list_documents(conn)]
    rows.sort(key=lambda d: d["name"])
    rows.sort(key=lambda d: d["date"] or "", reverse=True)
    return rows


DOCUMENT_ORDER = func.coalesce(documents.c.date, literal_column("''"))


def documents_page(conn: Connection, *, cursor: str | None = None, limit: int = paging.DEFAULT_LIMIT) -> dict:
    """One page of documents, newest first (then by id), each with its counts (``list_documents`` rows)."""
    q = select(DOCUMENT_ORDER.label("k"), documents.c.id)
    rows = conn.execute(paging.keyset(q, [DOCUMENT_ORDER, documents.c.id], cursor, limit,
                                      descending=[True, True])).all()
    full = {d["id"]: d for d in document_rows(conn, [r.id for r in rows[:limit]])}
    return paging.page(rows, limit, cursor, key=lambda r: (r.k, r.id), render=lambda r: full[r.id])


def document_rows(conn: Connection, ids: list[str]) -> list[dict]:
    """``list_documents`` rows for these documents only (their counts read through the document-id indexes)."""
    if not ids:
        return []
    d, o, m = documents, event_occurrences, mentions
    counts = {name: dict(conn.execute(select(table.c.document_id, func.count()).where(table.c.document_id.in_(ids))
                                      .group_by(table.c.document_id)).all())
              for name, table in (("mentions", mentions), ("citations", citations),
                                  ("relations", relations), ("occurrences", event_occurrences))}
    counts["events"] = dict(conn.execute(select(o.c.document_id, func.count(distinct(o.c.event_id)))
                                         .where(o.c.document_id.in_(ids)).group_by(o.c.document_id)).all())
    counts["actors"] = dict(conn.execute(select(m.c.document_id, func.count(distinct(m.c.actor_id)))
                                         .where(m.c.document_id.in_(ids)).group_by(m.c.document_id)).all())
    out = []
    for r in conn.execute(select(d.c.id, d.c.name, d.c.path, d.c.format, d.c.title, d.c.date, d.c.date_precision,
                                 d.c.ingested_at, d.c.warnings, d.c.meta, func.length(d.c.text).label("chars"))
                          .where(d.c.id.in_(ids))):
        out.append({"id": r.id, "name": r.name, "format": r.format, "title": r.title, "date": r.date,
                    "date_precision": r.date_precision, "metadata": r.meta or {},
                    "ingested_at": r.ingested_at.isoformat() if r.ingested_at else None, "chars": r.chars,
                    **{name: counts[name].get(r.id, 0) for name in counts},
                    "warnings": len(r.warnings or []), "source": r.path if is_url(r.path) else None})
    return out
