"""Stores of N events made from real extractions: python bench/replicate.py --events 100000 --store URL.

``base(engine)`` ingests the seed report, ``samples/`` and ``news-dev`` once (real extraction).
``replicate(engine, events)`` then copies those documents with everything extracted from them
(document extractors, actors, aliases, mentions, citations, relations, events, their actors and
citations, occurrences) until the store holds about ``events`` events. Copy k gets ids suffixed
``~k`` (integer ids shifted by k times the base's largest id) and every date shifted by k months
(modulo ``span`` months), so the shapes stay real: the same mix of types, actors per event,
tellings per event, mentions per document. Countries and places are the same in every copy (the
world does not grow with the archive), so they gather events as a real arena's main actors do;
people, organisations and media are new in each copy (named "<name> <k>").

Every copy is one ``INSERT ... SELECT`` per table, reading the base rows through their
document-id index: building is linear in the events, a million in minutes on SQLite. The kept
counts (store/counts.py) are rebuilt once at the end.
Importable: ``bench/scale.py`` uses ``build(url, events)``.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sqlalchemy import String, Table, case, func, insert, select, text, true
from sqlalchemy.engine import Connection, Engine

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
# Tables whose integer ids the copies write explicitly (offset above the copied rows).
ID_TABLES = ("aliases", "mentions", "citations", "relations")
SHARED_TYPES = ("country", "place")


def base_paths() -> list[Path]:
    paths = [EVAL / "seed.txt", *sorted((REPO / "samples").glob("*"))]
    paths += sorted(p for p in (EVAL / "news-dev").glob("*.txt"))
    return [p for p in paths if p.is_file()]


def base(engine: Engine) -> int:
    """Ingest the real documents (a no-op for those already stored); returns the events stored."""
    from foothold.store.batch import ingest_paths
    from foothold.store import schema as t
    ingest_paths(engine, base_paths())
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(t.events)).scalar_one()


def _date_map(conn: Connection, k: int, span: int) -> dict[str, str]:
    """Every date in the base shifted by k months (modulo span)."""
    from foothold.store import schema as t
    months = k % span
    dates: set[str] = set()
    for table, col in ((t.documents, "date"), (t.events, "date"), (t.event_occurrences, "date"),
                       (t.citations, "date"), (t.actors, "first_seen"), (t.actors, "last_seen")):
        dates |= {d for (d,) in conn.execute(select(table.c[col]).distinct()) if d}
    return {d: shift(d, months) for d in dates}


def shift(date: str, months: int) -> str:
    """'2020-06-17' + 3 months -> '2020-09-17' (days past 28 become 28); a year moves by whole years."""
    try:
        y = int(date[:4])
        if len(date) < 7:
            return f"{y + months // 12:04d}"
        m = int(date[5:7]) - 1 + months
    except ValueError:
        return date
    day = f"-{min(int(date[8:10]), 28):02d}" if len(date) >= 10 else ""
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}{day}"


class Copier:
    """One copy of the base documents' rows, suffix ``~k``."""

    def __init__(self, conn: Connection, base_docs: list[str], shared: list[str], offsets: dict[str, int]):
        from foothold.store import schema as t
        self.t, self.conn, self.docs, self.shared, self.offsets = t, conn, base_docs, shared, offsets

    def run(self, k, dates: dict[str, str], whole: bool = False) -> None:
        """Copy the base documents (or, ``whole``, every row of the store) with suffix ``~k``."""
        t, conn = self.t, self.conn
        conn.execute(t.metadata.tables["bench_dates"].delete())
        conn.execute(insert(t.metadata.tables["bench_dates"]), [{"old": o, "new": n} for o, n in dates.items()])
        base_doc = (lambda c: true()) if whole else (lambda c: c.in_(self.docs))       # noqa: E731
        base_event = lambda c: c.in_(select(t.events.c.id).where(base_doc(t.events.c.document_id)))   # noqa: E731
        base_occ = lambda c: c.in_(select(t.event_occurrences.c.id)     # noqa: E731
                                   .where(base_doc(t.event_occurrences.c.document_id)))
        self.copy(t.documents, base_doc(t.documents.c.id), k, {"id": "suffix", "name": "suffix", "date": "date"})
        self.copy(t.document_extractors, base_doc(t.document_extractors.c.document_id), k, {"document_id": "suffix"})
        self.copy(t.actors, t.actors.c.type.not_in(SHARED_TYPES) & (true() if whole else ~t.actors.c.id.contains("~")), k,
                  {"id": "suffix", "name": "number", "first_seen": "date", "last_seen": "date"})
        self.copy(t.aliases, base_doc(t.aliases.c.document_id), k,
                  {"id": "offset", "actor_id": "actor", "document_id": "suffix", "alias": "number:actor_id",
                   "key": "number:actor_id"})
        self.copy(t.mentions, base_doc(t.mentions.c.document_id), k,
                  {"id": "offset", "document_id": "suffix", "actor_id": "actor"})
        self.copy(t.citations, base_doc(t.citations.c.document_id), k,
                  {"id": "offset", "document_id": "suffix", "outlet_actor_id": "actor", "date": "date"})
        self.copy(t.relations, base_doc(t.relations.c.document_id), k,
                  {"id": "offset", "document_id": "suffix", "subject_id": "actor", "object_id": "actor"})
        self.copy(t.events, base_doc(t.events.c.document_id), k,
                  {"id": "suffix", "document_id": "suffix", "location_id": "actor", "date": "date"})
        self.copy(t.event_actors, base_event(t.event_actors.c.event_id), k,
                  {"event_id": "suffix", "actor_id": "actor"})
        self.copy(t.event_citations, base_event(t.event_citations.c.event_id), k,
                  {"event_id": "suffix", "citation_id": "offset:citations"})
        self.copy(t.event_occurrences, base_doc(t.event_occurrences.c.document_id), k,
                  {"id": "suffix", "event_id": "suffix", "document_id": "suffix", "location_id": "actor",
                   "date": "date"})
        self.copy(t.occurrence_actors, base_occ(t.occurrence_actors.c.occurrence_id), k,
                  {"occurrence_id": "suffix", "actor_id": "actor"})
        self.copy(t.occurrence_citations, base_occ(t.occurrence_citations.c.occurrence_id), k,
                  {"occurrence_id": "suffix", "citation_id": "offset:citations"})

    def copy(self, table: Table, where, k: int, how: dict[str, str]) -> None:
        dates = self.t.metadata.tables["bench_dates"]
        s = f"~{k}"
        cols, exprs = [], []
        for col in table.c:
            rule = how.get(col.name)
            if rule is None:
                expr = col
            elif rule == "suffix":
                expr = col.concat(s)
            elif rule == "number":
                expr = col.concat(f" {k}")
            elif rule.startswith("number:"):     # renamed with its actor: shared actors keep their names
                expr = case((table.c[rule[7:]].in_(self.shared), col), else_=col.concat(f" {k}"))
            elif rule == "actor":
                expr = case((col.in_(self.shared), col), else_=col.concat(s))
            elif rule == "date":
                expr = func.coalesce(select(dates.c.new).where(dates.c.old == col).scalar_subquery(), col)
            elif rule.startswith("offset"):
                name = rule.partition(":")[2] or table.name
                expr = col + self.offsets[name]
            else:
                raise ValueError(rule)
            cols.append(col.name)
            exprs.append(expr.label(col.name) if hasattr(expr, "label") else expr)
        self.conn.execute(insert(table).from_select(cols, select(*exprs).where(where)))


def replicate(engine: Engine, events: int, span: int = 120, progress=None) -> int:
    """Copy the base documents until the store holds at least ``events`` events; returns the count.

    A few copies of the base one by one (c of them), then the whole store copied onto itself
    j times (doubling): c * 2**j copies with c >= 8, so a million events take about 15 statements
    per table, and the count overshoots by at most an eighth. Copy number i is shifted i months.
    """
    from sqlalchemy import Column
    from foothold.store import schema as t
    if "bench_dates" not in t.metadata.tables:
        Table("bench_dates", t.metadata, Column("old", String(10), primary_key=True), Column("new", String(10)))
    t.metadata.tables["bench_dates"].create(engine, checkfirst=True)
    with engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        if have >= events:
            return have
        if conn.execute(select(t.documents.c.id).where(t.documents.c.id.contains("~")).limit(1)).first():
            raise SystemExit("this store holds copies already: build into a fresh store")
        docs = list(conn.execute(select(t.documents.c.id)).scalars())
        shared = list(conn.execute(select(t.actors.c.id).where(t.actors.c.type.in_(SHARED_TYPES))).scalars())
    per_copy = have
    if per_copy == 0:
        raise SystemExit("the base documents hold no events")
    copies = -(-events // per_copy)              # the base counts as copy 0
    j = 0
    while -(-copies // 2 ** (j + 1)) >= 8:
        j += 1
    linear = -(-copies // 2 ** j)
    for k in range(1, linear):
        with engine.begin() as conn:
            Copier(conn, docs, shared, {n: v * k for n, v in _offsets(conn, docs).items()}).run(k, _date_map(conn, k, span))
        have += per_copy
        if progress:
            progress(f"copy {k}", have)
    for r in range(j):
        with engine.begin() as conn:
            offsets = _offsets(conn, None)
            Copier(conn, docs, shared, offsets).run(f"d{r}", _date_map(conn, linear * 2 ** r, span), whole=True)
            have = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        if progress:
            progress(f"doubling {r + 1}/{j}", have)
    t.metadata.tables["bench_dates"].drop(engine, checkfirst=True)
    from foothold.store.counts import rebuild
    with engine.begin() as conn:
        rebuild(conn)                # the copies bypass the writer: count them as the migration does
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return have


def _offsets(conn: Connection, docs: list[str] | None) -> dict[str, int]:
    """Integer-id offsets per table: above every id the copied rows have (the base's, or all)."""
    from foothold.store import schema as t
    out = {}
    for name in ID_TABLES:
        table = t.metadata.tables[name]
        q = select(func.max(table.c.id))
        if docs is not None:
            q = q.where(table.c.document_id.in_(docs))
        out[name] = int(conn.execute(q).scalar() or 0) + 1
    return out


def advance_sequences(engine) -> None:
    """PostgreSQL: the copies insert explicit integer ids, so move each serial sequence past them
    (else the writer's next document fails on a duplicate key). SQLite needs nothing."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for name in ID_TABLES:
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                              f"coalesce((SELECT max(id) FROM {name}), 0) + 1, false)"))


def build(url: str, events: int, span: int = 120, quiet: bool = False) -> dict:
    """A store at ``url`` with at least ``events`` events; returns figures of the build."""
    from sqlalchemy import event
    from foothold.store import connect
    engine = connect(url)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def big_cache(dbapi_connection, _record):
            # Copies insert hashed ids all over the indexes: a 2 GB page cache keeps them in memory
            # (the default 2 MB makes each doubling several times slower than the one before).
            dbapi_connection.execute("PRAGMA cache_size=-2000000")
            dbapi_connection.execute("PRAGMA synchronous=OFF")
        engine.dispose()
    t0 = time.perf_counter()
    n_base = base(engine)
    t1 = time.perf_counter()

    def progress(step, have):
        if not quiet:
            print(f"  {step}: {have} events ({time.perf_counter() - t1:.0f} s)", file=sys.stderr, flush=True)
    n = replicate(engine, events, span, progress)
    advance_sequences(engine)
    t2 = time.perf_counter()
    engine.dispose()
    return {"url": url, "events": n, "base_events": n_base, "ingest_s": round(t1 - t0, 1),
            "replicate_s": round(t2 - t1, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--store", required=True, help="Store URL (sqlite:///path or postgresql://...)")
    ap.add_argument("--span", type=int, default=120, help="Dates of copies spread over this many months")
    args = ap.parse_args()
    print(json.dumps(build(args.store, args.events, args.span)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
