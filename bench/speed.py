"""Speed and memory of foothold's extraction: python bench/speed.py [--repeats 3] [--words 100000].

1. Speed: the full extraction of the seed report (``pipeline.run(read_document(...))``)
   against the stock spaCy model on the same text (``nlp.pipe([text])``), both warmed
   up in the same process, each timed ``--repeats`` times; the medians and their
   ratio are printed.
2. Memory: peak resident memory (ru_maxrss) of a fresh process that extracts one
   document of about ``--words`` words, built by concatenating the development
   texts. Must stay under ``--limit-mb`` (1 GB): the exit code is 1 otherwise.

Prints one JSON object on the last line (for CI logs and comparisons).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SEED = EVAL / "seed.txt"

# Run in a child process so its peak memory is the extraction's alone.
CHILD = r"""
import json, resource, sys, time
from foothold.ingest import read_document
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import run
nlp = load_nlp()
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
doc = read_document(sys.argv[1])
extraction = run(doc, nlp=nlp)
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"model_loaded_mb": loaded / 1024, "peak_mb": peak / 1024, "seconds": seconds,
                  "characters": len(doc.text), "actors": len(extraction.actors),
                  "events": len(extraction.events), "citations": len(extraction.citations)}))
"""


def timed(fn, repeats: int) -> float:
    """Median wall time of ``fn()`` over ``repeats`` runs, after one warm-up run."""
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def speed(repeats: int) -> dict:
    from foothold.extract.nlp import load_nlp, load_stock
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document

    text = SEED.read_text(encoding="utf-8")
    stock, nlp = load_stock(), load_nlp()
    stock_s = timed(lambda: list(stock.pipe([text])), repeats)
    foothold_s = timed(lambda: run(read_document(SEED), nlp=nlp), repeats)
    return {"seed_words": len(text.split()), "stock_s": round(stock_s, 3),
            "foothold_s": round(foothold_s, 3), "ratio": round(foothold_s / stock_s, 2)}


def long_document(words: int) -> str:
    """Development texts concatenated, paragraph by paragraph, to at least ``words`` words."""
    sources = [SEED, *sorted((EVAL / "re3d-dev").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8").strip() for p in sources]
    parts, count = [], 0
    while count < words:
        for t in texts:
            parts.append(t)
            count += len(t.split())
            if count >= words:
                break
    return "\n\n".join(parts) + "\n"


def memory(words: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        text = long_document(words)
        path.write_text(text, encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"extraction of the long document failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["words"] = len(text.split())
    return {k: round(v, 1) if isinstance(v, float) else v for k, v in result.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--limit-mb", type=float, default=1024)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    report: dict = {}
    if not args.skip_speed:
        report["speed"] = s = speed(args.repeats)
        print(f"seed ({s['seed_words']} words): foothold {s['foothold_s']:.2f} s, stock spaCy "
              f"{s['stock_s']:.2f} s, ratio {s['ratio']:.2f}x (median of {args.repeats})")
    if not args.skip_memory:
        report["memory"] = m = memory(args.words)
        print(f"long document ({m['words']} words): peak RSS {m['peak_mb']:.0f} MB "
              f"(model loaded: {m['model_loaded_mb']:.0f} MB), {m['seconds']:.1f} s, limit {args.limit_mb:.0f} MB")
    print(json.dumps(report))
    return 1 if "memory" in report and report["memory"]["peak_mb"] > args.limit_mb else 0


if __name__ == "__main__":
    sys.exit(main())
