"""What analyst corrections cost: re-applying them on a re-ingest, the review queue, a correction and its undo.

    .venv/bin/python bench/review.py [--corrections 300] [--db sqlite:///...]

Stores the seed report (one extraction, reused), then times, wall clock and CPU seconds:
1. re-storing it (``save_extraction(replace=True)``: what `ingest --force` does after extraction)
   with no corrections, then with N corrections recorded (rejections, confirmations and added
   events in equal parts, spread over the document), which the writer re-applies;
2. the first and a later page of the review queue (100 items) over the corrected store;
3. one correction and its undo (median of 20).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "seed.txt"


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corrections", type=int, default=300)
    parser.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    from foothold.store import connect, save_extraction
    from foothold.store import schema as t
    from foothold.store.review import correct, undo
    from foothold.store.review_queue import queue_page

    doc = read_document(SEED)
    ex = run(doc)
    url = args.db or f"sqlite:///{tempfile.mkdtemp(prefix='foothold-bench-review-')}/review.db"
    engine = connect(url)
    save_extraction(engine, doc, ex)
    _, wall0, cpu0 = timed(lambda: save_extraction(engine, doc, ex, replace=True))

    third = args.corrections // 3
    with engine.connect() as conn:
        mentions = conn.execute(select(t.mentions.c.id).order_by(t.mentions.c.start)).scalars().all()
        relations = conn.execute(select(t.relations.c.id).order_by(t.relations.c.start)).scalars().all()
    step = max(1, len(mentions) // max(1, third))
    made = 0
    for mid in mentions[::step][:third]:
        correct(engine, "reject_mention", {"mention_id": mid})
        made += 1
    for rid in relations[:third]:
        correct(engine, "confirm", {"fact_kind": "relation", "fact_id": rid})
        made += 1
    width = max(1, len(doc.text) // max(1, third))
    for i in range(third):
        start = i * width + 1
        correct(engine, "add_event", {"document_id": doc.id, "start": start, "end": start + 5, "type": "CONSULT"})
        made += 1
    result, wall1, cpu1 = timed(lambda: save_extraction(engine, doc, ex, replace=True))
    with engine.connect() as conn:
        first, wq1, cq1 = timed(lambda: queue_page(conn, limit=100))
        _, wq2, cq2 = timed(lambda: queue_page(conn, limit=100, cursor=first["next"]))
    with engine.connect() as conn:
        spare = conn.execute(select(t.mentions.c.id).order_by(t.mentions.c.id.desc()).limit(20)).scalars().all()
    pairs = []
    for mid in spare:
        c, w1, _ = timed(lambda: correct(engine, "reject_mention", {"mention_id": mid}))
        _, w2, _ = timed(lambda: undo(engine, c["id"]))
        pairs.append((w1, w2))
    print(f"store: {url.split('://')[0]}; seed report, {len(doc.text):,} characters")
    print(f"re-store, no corrections:             {wall0:6.2f} s wall, {cpu0:6.2f} s CPU")
    print(f"re-store, {made} corrections re-applied ({result.corrections} took effect): "
          f"{wall1:6.2f} s wall, {cpu1:6.2f} s CPU")
    print(f"review queue, first page of 100:      {wq1:6.3f} s wall, {cq1:6.3f} s CPU")
    print(f"review queue, next page of 100:       {wq2:6.3f} s wall, {cq2:6.3f} s CPU")
    print(f"one correction / its undo (median of {len(pairs)}): {statistics.median(p[0] for p in pairs):.3f} s / "
          f"{statistics.median(p[1] for p in pairs):.3f} s wall")
    engine.dispose()


if __name__ == "__main__":
    main()
