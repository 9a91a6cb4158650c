"""Extraction cost per megabyte on big documents: python bench/bigdocs.py [--sizes 1 5 20].

For each size, a document of that many megabytes is built by concatenating the development
texts (bench/speed.py's long_document), and two fresh processes run on it: foothold's full
extraction (read, extract; no store) and stock spaCy (``nlp.pipe`` over the same paragraph-
aligned chunks foothold parses). Printed per size: seconds per MB for both, their ratio, and
peak resident memory. Extraction must be linear (CPU seconds per MB flat within 25% across sizes;
CPU rather than wall clock because the development machine is shared)
with bounded memory (peak RSS that does not grow with the size); the exit code is 1 otherwise.
The last line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import long_document  # noqa: E402

FOOTHOLD = r"""
import json, resource, sys, time
from foothold.ingest import read_document
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import run
nlp = load_nlp()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t, c = time.perf_counter(), time.process_time()
ex = run(read_document(sys.argv[1]), nlp=nlp)
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() - c, "model_mb": base,
                  "events": len(ex.events),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

STOCK = r"""
import json, resource, sys, time
from foothold.extract.nlp import load_stock
from foothold.extract.pipeline import chunks
nlp = load_stock()
text = open(sys.argv[1], encoding="utf-8").read()
t, c = time.perf_counter(), time.process_time()
for _ in nlp.pipe(chunks(text), batch_size=1):
    pass
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() - c,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(code: str, path: Path, timeout: float) -> dict:
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20], help="document sizes in MB")
    parser.add_argument("--timeout", type=float, default=7200)
    parser.add_argument("--flat", type=float, default=0.25, help="allowed spread of seconds per MB")
    parser.add_argument("--no-stock", action="store_true",
                        help="skip the stock spaCy runs (flatness only; about a third of the time)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.sizes:
            text = long_document(int(mb * 170_000))            # ~5.9 characters per word
            text = text[: int(mb * 1_000_000)]
            path = Path(tmp) / f"doc-{mb}mb.txt"
            path.write_text(text, encoding="utf-8")
            size = len(text.encode("utf-8")) / 1e6
            ours = child(FOOTHOLD, path, args.timeout)
            stock = {"seconds": float("nan"), "cpu": float("nan"), "peak_mb": float("nan")} if args.no_stock \
                else child(STOCK, path, args.timeout)
            row = {"mb": round(size, 2), "foothold_s_per_mb": round(ours["seconds"] / size, 1),
                   "stock_s_per_mb": round(stock["seconds"] / size, 1),
                   "foothold_cpu_s_per_mb": round(ours["cpu"] / size, 1),
                   "stock_cpu_s_per_mb": round(stock["cpu"] / size, 1),
                   "ratio": round(ours["seconds"] / stock["seconds"], 2),
                   "peak_mb": round(ours["peak_mb"]), "stock_peak_mb": None if args.no_stock else round(stock["peak_mb"]),
                   "events": ours["events"]}
            rows.append(row)
            print(f"{row['mb']:>6.2f} MB: foothold {row['foothold_s_per_mb']:.1f} s/MB, stock spaCy "
                  f"{row['stock_s_per_mb']:.1f} s/MB, ratio {row['ratio']:.2f}x (CPU: {row['foothold_cpu_s_per_mb']:.1f} vs "
                  f"{row['stock_cpu_s_per_mb']:.1f} s/MB); load {os.getloadavg()[0]:.1f}; peak RSS {row['peak_mb']} MB "
                  f"(stock {row['stock_peak_mb']} MB); {row['events']} events", flush=True)
    # Judged on CPU seconds: on a shared machine the wall clock also counts the other processes.
    per_mb = [r["foothold_cpu_s_per_mb"] for r in rows]
    spread = max(per_mb) / min(per_mb) - 1 if per_mb else 0
    peaks = [r["peak_mb"] for r in rows]
    report = {"rows": rows, "s_per_mb_spread": round(spread, 3), "peak_growth_mb": peaks[-1] - peaks[0]}
    print(f"CPU seconds per MB spread {spread:.0%} (allowed {args.flat:.0%}); peak RSS {min(peaks)}-{max(peaks)} MB")
    print(json.dumps(report))
    return 0 if spread <= args.flat else 1


if __name__ == "__main__":
    sys.exit(main())
