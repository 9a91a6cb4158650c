"""Text search at scale: python bench/search.py --db URL [--words W,W,...] [--repeats 20] [--limit 50].

Calls the workbench's search (``store.views.search``, as ``/api/search`` does, without HTTP) for
each word, names only (``text=False``) and names with texts and evidence, ``--repeats`` times after
one warm-up call, in this process: p50/p95 wall clock and p50 CPU time (on PostgreSQL the server's
share is in the wall clock only), and the rows of each kind each call found. The default words are
the route's (the first four letters of the most involved actor's name, as bench/scale.py asks),
that actor's first name word, a common two-word phrase, a string of common trigrams found nowhere
and one of rare trigrams. Reads only: a store that is not at the code's schema head is refused, never
migrated (a shared bench store stays as it is).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time


def default_words(conn) -> list[str]:
    from sqlalchemy import select
    from foothold.store import schema as t
    top = conn.execute(select(t.actor_counts.c.actor_id).order_by(t.actor_counts.c.events.desc()).limit(1)).scalar()
    name = conn.execute(select(t.actors.c.name).where(t.actors.c.id == top)).scalar() or "Iran"
    first = name.split()[0]
    return list(dict.fromkeys([first[:4], first, "said the", "Unitedx Nationsz", "zzqx"]))


def measure(conn, word: str, text: bool, repeats: int, limit: int) -> dict:
    from foothold.store import views
    views.search(conn, word, limit=limit, text=text)          # warm-up
    walls, cpus = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        found = views.search(conn, word, limit=limit, text=text)
        walls.append((time.perf_counter() - w0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    walls.sort()
    return {"word": word, "text": text, "p50_ms": round(statistics.median(walls), 1),
            "p95_ms": round(walls[min(len(walls) - 1, int(0.95 * len(walls)))], 1),
            "cpu_p50_ms": round(statistics.median(cpus), 1),
            "found": {k: len(found[k]) for k in ("actors", "documents", "events")}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="Store URL (SQLite or PostgreSQL)")
    ap.add_argument("--words", help="Comma-separated search strings (default: see above)")
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--limit", type=int, default=50, help="Rows of each kind, as the route's default")
    args = ap.parse_args()
    from foothold.store.db import current_revision, head_revision, make_engine
    engine = make_engine(args.db)
    if current_revision(engine) != head_revision():
        print(f"{args.db}: schema {current_revision(engine)}, this code's head is {head_revision()}: "
              "not migrating a bench store (run the code of its schema, or migrate a copy)", file=sys.stderr)
        return 2
    rows = []
    with engine.connect() as conn:
        words = args.words.split(",") if args.words else default_words(conn)
        print(f"schema {current_revision(engine)}, load average {os.getloadavg()[0]:.2f}", flush=True)
        print(f"  {'word':20} {'with text':9} {'p50':>8} {'p95':>8} {'CPU p50':>8}   found (actors/documents/events)")
        for word in words:
            for text in (False, True):
                r = measure(conn, word, text, args.repeats, args.limit)
                rows.append(r)
                f = r["found"]
                print(f"  {word!r:20} {'yes' if text else 'no':9} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} "
                      f"{r['cpu_p50_ms']:8.1f}   {f['actors']}/{f['documents']}/{f['events']}", flush=True)
    engine.dispose()
    print(json.dumps({"db": args.db.split("@")[-1], "schema": current_revision(engine),
                      "load_average": os.getloadavg(), "rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
