"""Speed of the arena view at 10,000 events: python bench/arena.py [--events 10000] [--repeats 5].

Builds a store from the seed report and the bundled samples (real extraction), then copies
their events (with their actors, tellings, dates spread over the following months) until the
store holds ``--events`` events. On that store it times, warmed up, each ``--repeats`` times:

- the arena view for the whole store: ``analyze.arena.arena(engine, "Iran", "Iraq")``;
- a plain event listing: ``store.views.events_matching(conn)`` (what the workbench's event
  lists read: every event with its actors, places, citations and tellings).

Prints the medians (wall clock and CPU time: on a shared machine the wall clock counts the
other processes too), their ratio (arena / listing) and one JSON line; exits 1 when the
arena view takes 1 s or more of wall clock (issue 9's bound). ``--store URL`` reuses a store built before.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "eval" / "seed.txt"


def build(url: str, target: int) -> int:
    from sqlalchemy import func, insert, select
    from foothold.store import connect
    from foothold.store import schema as t
    from foothold.store.batch import ingest_file
    engine = connect(url)
    docs = [p for p in [SEED, *sorted((REPO / "samples").glob("*"))] if p.is_file()]
    for doc in docs:
        ingest_file(engine, doc)
    with engine.begin() as conn:
        have = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        if have >= target:
            return have
        events = [dict(r._mapping) for r in conn.execute(select(t.events))]
        occs = {r.id: dict(r._mapping) for r in conn.execute(select(t.event_occurrences))}
        roles = {}
        for r in conn.execute(select(t.event_actors)):
            roles.setdefault(r.event_id, []).append((r.actor_id, r.role))
        copy = 0
        while have < target:
            copy += 1
            ev_rows, occ_rows, role_rows = [], [], []
            for e in events:
                if have >= target:
                    break
                new = f"{e['id']}_c{copy}"
                date = _shift(e["date"], copy)
                ev_rows.append(e | {"id": new, "date": date})
                first = occs.get(e["id"])
                if first:
                    occ_rows.append(first | {"id": new, "event_id": new, "date": date, "reason": "bench copy"})
                role_rows += [{"event_id": new, "actor_id": a, "role": r} for a, r in roles.get(e["id"], [])]
                have += 1
            conn.execute(insert(t.events), ev_rows)
            if occ_rows:
                conn.execute(insert(t.event_occurrences), occ_rows)
            if role_rows:
                conn.execute(insert(t.event_actors), role_rows)
                conn.execute(insert(t.occurrence_actors), [{"occurrence_id": r["event_id"], "actor_id": r["actor_id"],
                                                            "role": r["role"]} for r in role_rows
                                                           if r["event_id"] in {o["id"] for o in occ_rows}])
    engine.dispose()
    return have


def _shift(date: str | None, months: int) -> str | None:
    if not date or len(date) < 7:
        return date
    y, m = int(date[:4]), int(date[5:7]) - 1 + months % 36
    day = f"-{min(int(date[8:10]), 28):02d}" if len(date) >= 10 else ""
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}{day}"


def timed(fn, repeats: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (CPU: what the code costs when other processes share the cores)."""
    fn()                                    # warm up (the actor dictionary loads once per process)
    wall, cpu = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def bench_store(description: str, name: str):
    """The command line shared by the 10k-event benchmarks; builds (or reuses) the store. None without dev data."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--store", help="An SQLite URL to build into / reuse (default: a temporary file).")
    args = ap.parse_args()
    if not SEED.is_file():
        print(f"development documents not found at {SEED.parent}", file=sys.stderr)
        return None
    url = args.store or f"sqlite:///{Path(tempfile.mkdtemp(prefix='foothold-bench-')) / name}"
    t0 = time.perf_counter()
    n = build(url, args.events)
    print(f"store: {n} events ({time.perf_counter() - t0:.1f} s to build) at {url}", flush=True)
    return args, url, n


def main() -> int:
    prepared = bench_store(__doc__.splitlines()[0], "arena.db")
    if prepared is None:
        return 2
    args, url, n = prepared

    from foothold.analyze.arena import arena
    from foothold.store import connect, views
    engine = connect(url)
    view = {}

    def run_arena():
        view["v"] = arena(engine, "Iran", "Iraq")

    def run_listing():
        with engine.connect() as conn:
            view["n"] = len(views.events_matching(conn))

    a, a_cpu = timed(run_arena, args.repeats)
    b, b_cpu = timed(run_listing, args.repeats)
    counted = view["v"]["totals"]["events"]["count"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    result = {"events": n, "arena_events_counted": counted, "listed": view["n"], "arena_s": round(a, 3),
              "listing_s": round(b, 3), "ratio": round(a / b, 2), "arena_cpu_s": round(a_cpu, 3),
              "listing_cpu_s": round(b_cpu, 3), "cpu_ratio": round(a_cpu / b_cpu, 2), "load_average": load,
              "cpus": os.cpu_count(), "under_1s": a < 1.0}
    print(f"arena Iran --in Iraq over the whole store: {a:.3f} s wall, {a_cpu:.3f} s CPU ({counted} events counted)")
    print(f"plain event listing (views.events_matching): {b:.3f} s wall, {b_cpu:.3f} s CPU ({view['n']} events)")
    print(f"ratio arena / listing: {a / b:.2f} wall, {a_cpu / b_cpu:.2f} CPU (load average {load}, {os.cpu_count()} cores)")
    print(json.dumps(result))
    return 0 if a < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
