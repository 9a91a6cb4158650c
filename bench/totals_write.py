"""What the triggers of migration 0015 (kept totals) cost a write: the same documents stored and
removed with the triggers and without them, in one store, CPU per document.

    .venv/bin/python bench/totals_write.py --db sqlite:///tmp/w.db [--db postgresql://.../empty] [--files 20]

Each --db must be a new or empty store (the triggers are dropped from it for the second pass). The
documents (news-dev, from ../shared/eval) are extracted once; then per store: store them all, remove
them all (as the writer does, kept counts refreshed), with the triggers, then the same without.
Printed per document: wall ms, this process's CPU ms and, on PostgreSQL, the server backend's CPU ms.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sqlalchemy import event, select, text  # noqa: E402

from foothold.extract.pipeline import run  # noqa: E402
from foothold.ingest import read_document  # noqa: E402
from foothold.store import connect, counts, save_extraction  # noqa: E402
from foothold.store import schema as t  # noqa: E402
from foothold.store.db import write_transaction  # noqa: E402
from foothold.store.writer import remove_document  # noqa: E402


def migration_0015():
    path = REPO / "src/foothold/store/migrations/versions/0015_kept_totals.py"
    spec = importlib.util.spec_from_file_location("m0015", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def drop_triggers(engine) -> None:
    m = migration_0015()
    with engine.begin() as conn:
        for table in m.TOTALS:
            for op in m.OPS:
                if engine.dialect.name == "postgresql":
                    conn.execute(text(f"DROP TRIGGER IF EXISTS kept_{table}_{op} ON {table}"))
                else:
                    conn.execute(text(f"DROP TRIGGER IF EXISTS kept_{table}_{op}"))


def measure(engine, docs, pids) -> dict:
    def server() -> float:
        total = 0.0
        for pid in pids:
            try:
                f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                total += (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
            except (FileNotFoundError, PermissionError):
                pass
        return total
    out = {}
    for phase in ("store", "remove"):
        t0, c0, s0 = time.perf_counter(), time.process_time(), server()
        for document, extraction in docs:
            if phase == "store":
                assert save_extraction(engine, document, extraction).status == "ingested"
            else:
                with write_transaction(engine) as conn:
                    actor_ids, pairs = counts.affected(conn, document.id)
                    remove_document(conn, document.id)
                    counts.refresh(conn, actor_ids, pairs)
        n = len(docs)
        out[phase] = {"wall_ms": round(1000 * (time.perf_counter() - t0) / n, 1),
                      "cpu_ms": round(1000 * (time.process_time() - c0) / n, 1),
                      "server_cpu_ms": round(1000 * (server() - s0) / n, 1)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", action="append", required=True)
    ap.add_argument("--files", type=int, default=20)
    args = ap.parse_args()
    paths = sorted((REPO.parent / "shared/eval/news-dev").glob("*.txt"))[:args.files]
    docs = []
    for p in paths:
        document = read_document(p)
        docs.append((document, run(document)))
    for url in args.db:
        engine = connect(url)
        pids: list[int] = []
        if engine.dialect.name == "postgresql":
            engine.dispose()

            @event.listens_for(engine, "connect")
            def _pid(dbapi_conn, record, pids=pids):
                cur = dbapi_conn.cursor()
                cur.execute("select pg_backend_pid()")
                pids.append(cur.fetchone()[0])
        with engine.connect() as conn:
            assert conn.execute(select(t.documents.c.id).limit(1)).first() is None, f"{url} is not empty"
        with_triggers = measure(engine, docs, pids)
        drop_triggers(engine)
        without = measure(engine, docs, pids)
        print(f"{engine.dialect.name}: {len(docs)} documents, per document")
        for phase in ("store", "remove"):
            for name, r in (("with triggers", with_triggers[phase]), ("without", without[phase])):
                print(f"  {phase:6} {name:14} wall {r['wall_ms']:7.1f} ms  CPU {r['cpu_ms']:7.1f} ms  "
                      f"server CPU {r['server_cpu_ms']:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
