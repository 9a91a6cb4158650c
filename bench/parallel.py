"""Parallel efficiency of distributed ingest: `foothold ingest --workers 1` against `--workers 2`.

    .venv/bin/python bench/parallel.py                  # 200 documents, 3 pairs of runs (about 5 minutes on 2 idle cores)
    .venv/bin/python bench/parallel.py --docs 60 --workers 2 3 --pairs 1

Builds a corpus from the development texts (../shared/eval news-dev and re3d-dev .txt),
replicated with a one-line note ("Archive copy N.") at the end when more documents are
asked than there are texts, so every copy is distinct content (a distinct document) with
the same shapes. Each run is `python -m foothold ingest CORPUS --db NEW.db --workers N` in a
fresh process (model loads and cluster start included), timed by wall clock and by CPU time
(user + system of the process and all its children, Dask workers included). Prints T1,
TN, the parallel efficiency T1 / (N * TN), the load average before each run (the machine may
be shared), and checks that every store holds the same rows as the serial one.

The runs alternate (serial, then each worker count) for ``--pairs`` rounds and the efficiency is
given per round and as the median: on a virtual machine the host's speed drifts by a third within
minutes (other tenants), so only runs side by side are compared.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
sys.path.insert(0, str(REPO / "src"))


def build_corpus(folder: Path, count: int) -> int:
    texts = sorted((EVAL / "news-dev").glob("*.txt")) + sorted((EVAL / "re3d-dev").glob("*.txt"))
    words = 0
    for i in range(count):
        src = texts[i % len(texts)]
        text = src.read_text(encoding="utf-8")
        copy = i // len(texts)
        if copy:
            text = text.rstrip("\n") + f"\n\nArchive copy {copy}.\n"
        (folder / f"{i:04d}-{src.name}").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(corpus: Path, db: Path, workers: int) -> tuple[float, float, str]:
    load = os.getloadavg()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "FOOTHOLD_STRICT": "0"}
    cpu0, t0 = cpu_children(), time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "foothold", "ingest", str(corpus), "--db", f"sqlite:///{db}",
                           "--workers", str(workers)], capture_output=True, text=True, env=env)
    wall, cpu = time.perf_counter() - t0, cpu_children() - cpu0
    if proc.returncode != 0:
        sys.exit(f"--workers {workers} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    summary = proc.stdout.strip().splitlines()[-1]
    print(f"--workers {workers}: {wall:7.1f} s wall, {cpu:7.1f} s CPU   (load before: "
          f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f})\n    {summary}", flush=True)
    return wall, cpu, summary


def rows(db: Path) -> dict[str, list]:
    from sqlalchemy import create_engine, select
    from foothold.store import schema as t
    engine = create_engine(f"sqlite:///{db}")
    tables = (t.documents, t.actors, t.aliases, t.mentions, t.citations, t.relations, t.events,
              t.event_actors, t.event_occurrences, t.occurrence_actors)
    with engine.connect() as conn:
        data = {table.name: sorted(tuple(repr(v) for v in r) for r in
                                   conn.execute(select(*[c for c in table.c if c.name != "ingested_at"])))
                for table in tables}
    engine.dispose()
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200, help="documents in the corpus (default 200)")
    ap.add_argument("--workers", type=int, nargs="+", default=[2], help="worker counts to compare with 1 (default 2)")
    ap.add_argument("--pairs", type=int, default=3, help="rounds of alternating runs (default 3); the median is reported")
    ap.add_argument("--keep", type=Path, help="keep the corpus and stores in this folder")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="foothold-parallel-"))
    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    words = build_corpus(corpus, args.docs)
    print(f"{args.docs} documents, {words:,} words; {os.cpu_count()} cores", flush=True)
    efficiencies: dict[int, list[float]] = {n: [] for n in args.workers}
    for round_ in range(1, args.pairs + 1):
        print(f"round {round_} of {args.pairs}", flush=True)
        results = {}
        for n in [1, *args.workers]:
            db = work / f"w{n}.db"
            db.unlink(missing_ok=True)
            results[n] = run(corpus, db, n)
        serial = rows(work / "w1.db")
        t1 = results[1][0]
        for n in args.workers:
            same = rows(work / f"w{n}.db") == serial
            efficiencies[n].append(t1 / (n * results[n][0]))
            print(f"--workers {n}: efficiency T1/({n}*T{n}) = {efficiencies[n][-1]:.2f}; "
                  f"{args.docs * 60 / results[n][0]:.0f} documents/min ({words / results[n][0]:,.0f} words/s) "
                  f"vs {args.docs * 60 / t1:.0f}/min serial; store equals the serial one: {same}", flush=True)
            if not same:
                sys.exit(f"--workers {n}: the store differs from the serial one")
    for n, values in efficiencies.items():
        print(f"--workers {n}: median efficiency {statistics.median(values):.2f} over {len(values)} rounds "
              f"({', '.join(f'{v:.2f}' for v in values)})")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
