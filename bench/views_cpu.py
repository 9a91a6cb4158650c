"""In-process cost of the workbench's views: wall clock and this process's CPU per call, and each
statement's time (``-v``), without HTTP, for judging a change on a loaded machine.

    .venv/bin/python bench/views_cpu.py --db sqlite:////tmp/scale/s1m.db [--routes network,ties] [--repeats 5] [-v]

The ids are read as bench/scale.py reads them (the actor in most events, the next one, a person,
a month in the middle of the dates). On PostgreSQL the server's work is in the wall clock, not
in the CPU column (use EXPLAIN ANALYZE for it). Prints one line per view, then JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import event, func, select  # noqa: E402

from foothold.store import connect, views  # noqa: E402
from foothold.store import schema as t  # noqa: E402


def ids(conn) -> dict:
    ac = t.actor_counts
    top = conn.execute(select(ac.c.actor_id).order_by(ac.c.events.desc(), ac.c.actor_id).limit(2)).scalars().all()
    person = conn.execute(select(t.actors.c.id).where(t.actors.c.type == "person").order_by(t.actors.c.id)
                          .limit(1)).scalar()
    dates = conn.execute(select(func.min(t.events.c.date), func.max(t.events.c.date))
                         .where(func.length(t.events.c.date) == 10)).one()
    return {"actor": top[0], "other": top[1], "person": person,
            "month": f"{(int(dates[0][:4]) + int(dates[1][:4])) // 2:04d}-06"}


def calls(p: dict) -> dict:
    F, a, m = views.EventFilter, p["actor"], p["month"]
    month = F(start=m + "-01", end=m + "-30")
    return {
        "summary": lambda c: views.summary(c),
        "profile": lambda c: views.actor_profile(c, a),
        "person": lambda c: views.actor_profile(c, p["person"]),
        "timeline": lambda c: views.timeline(c, F()),
        "month_by_day": lambda c: views.timeline(c, month, by="day"),
        "network": lambda c: views.network(c, F()),
        "network_month": lambda c: views.network(c, month),
        "ties": lambda c: views.ties_between(c, a, p["other"], F()),
        "search": lambda c: views.search(c, a[:4], text=False),
        "search_text": lambda c: views.search(c, a[:4]),
        "sources": lambda c: views.sources(c),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--routes", default="", help="Comma-separated names (default: all)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("-v", action="store_true", help="The slowest statements of the last call")
    args = ap.parse_args()
    engine = connect(args.db)
    log: list[tuple[float, str]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        context._bench_t0 = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):
        log.append((time.perf_counter() - context._bench_t0, statement))

    out = []
    with engine.connect() as conn:
        wanted = set(filter(None, args.routes.split(",")))
        for name, fn in calls(ids(conn)).items():
            if wanted and name not in wanted:
                continue
            walls, cpus = [], []
            for i in range(args.repeats + 1):          # the first call warms the caches
                log.clear()
                t0, c0 = time.perf_counter(), time.process_time()
                fn(conn)
                if i:
                    walls.append(time.perf_counter() - t0)
                    cpus.append(time.process_time() - c0)
            row = {"view": name, "wall_ms": round(1000 * statistics.median(walls), 1),
                   "cpu_ms": round(1000 * statistics.median(cpus), 1), "statements": len(log),
                   "sql_ms": round(1000 * sum(d for d, _ in log), 1)}
            out.append(row)
            print(f"{name:14} wall p50 {row['wall_ms']:8.1f} ms  cpu p50 {row['cpu_ms']:8.1f} ms  "
                  f"statements {row['statements']:3}  in execute {row['sql_ms']:8.1f} ms", flush=True)
            if args.v:
                for d, s in sorted(log, key=lambda x: -x[0])[:6]:
                    print(f"    {1000 * d:8.1f} ms  {' '.join(s.split())[:160]}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
