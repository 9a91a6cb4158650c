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

# Run in a child process so its peak memory is the extraction's alone. It prints
# one JSON line per finished stage (spaCy parse, then each component), so a stage
# that never ends is named when the time limit stops the child.
CHILD = r"""
import json, resource, sys, time
from foothold.ingest import read_document
from foothold.extract.nlp import load_nlp
from foothold.extract import pipeline

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def report(stage, seconds, **extra):
    print(json.dumps({"stage": stage, "seconds": round(seconds, 2), "peak_mb": round(peak_mb(), 1), **extra}), flush=True)

t = time.perf_counter(); nlp = load_nlp(); report("load model", time.perf_counter() - t)
t = time.perf_counter(); doc = read_document(sys.argv[1]); report("read", time.perf_counter() - t, characters=len(doc.text))
original_parse = pipeline.parse
def timed_parse(text, nlp):
    t = time.perf_counter(); parsed = original_parse(text, nlp); report("spacy parse", time.perf_counter() - t)
    return parsed
pipeline.parse = timed_parse

class Timed:
    def __init__(self, component):
        self.component, self.name = component, component.name
        self.requires, self.provides = component.requires, component.provides
    def __call__(self, ctx):
        t = time.perf_counter(); self.component(ctx); report(self.name, time.perf_counter() - t)

t0 = time.perf_counter()
extraction = pipeline.run(doc, components=[Timed(c) for c in pipeline.default_components()], nlp=nlp)
report("total", time.perf_counter() - t0, actors=len(extraction.actors), events=len(extraction.events),
       citations=len(extraction.citations))
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


def memory(words: int, timeout: float) -> dict:
    """Extract a ~``words``-word document in a fresh process: its stages, times and peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        text = long_document(words)
        path.write_text(text, encoding="utf-8")
        return profile(path, timeout)


def profile(path: Path, timeout: float) -> dict:
    """Extract one file in a fresh process: its stages, times and peak memory."""
    text = path.read_text(encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        out, err = child.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        timed_out = True
    stages = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if child.returncode != 0 and not timed_out:
        raise SystemExit(f"extraction of the long document failed:\n{err[-3000:]}")
    result = {"words": len(text.split()), "stages": {s["stage"]: s["seconds"] for s in stages},
              "peak_mb": max((s["peak_mb"] for s in stages), default=None),
              "model_loaded_mb": stages[0]["peak_mb"] if stages else None, "timed_out": timed_out}
    if timed_out:
        result["unfinished_after"] = stages[-1]["stage"] if stages else None
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--limit-mb", type=float, default=1024)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed for the long document")
    args = parser.parse_args()
    report: dict = {}
    if not args.skip_speed:
        report["speed"] = s = speed(args.repeats)
        print(f"seed ({s['seed_words']} words): foothold {s['foothold_s']:.2f} s, stock spaCy "
              f"{s['stock_s']:.2f} s, ratio {s['ratio']:.2f}x (median of {args.repeats})")
        report["seed_stages"] = p = profile(SEED, args.timeout)
        print("seed stages (one run, fresh process): " + ", ".join(f"{k} {v:.2f}s" for k, v in p["stages"].items()))
    if not args.skip_memory:
        report["memory"] = m = memory(args.words, args.timeout)
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in m["stages"].items())
        if m["timed_out"]:
            print(f"long document ({m['words']} words): NOT FINISHED in {args.timeout:.0f} s -- stuck in the stage "
                  f"after '{m['unfinished_after']}'; peak RSS so far {m['peak_mb']} MB; stages: {stages}")
        else:
            print(f"long document ({m['words']} words): peak RSS {m['peak_mb']:.0f} MB (model loaded: "
                  f"{m['model_loaded_mb']:.0f} MB), limit {args.limit_mb:.0f} MB; stages: {stages}")
    print(json.dumps(report))
    m = report.get("memory")
    return 1 if m and (m["timed_out"] or (m["peak_mb"] or 0) > args.limit_mb) else 0


if __name__ == "__main__":
    sys.exit(main())
