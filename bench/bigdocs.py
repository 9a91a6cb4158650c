"""Extraction cost per megabyte on big documents: python bench/bigdocs.py [--sizes 1 5 20].

For each size, a document of that many megabytes is built by concatenating the development
texts (bench/speed.py's long_document), and two fresh processes run on it: foothold (read,
extract segment by segment into a SpilledExtraction, write the FORMAT.md JSON as
``extract --format json`` does, store it into a fresh SQLite store as ``ingest`` does) and stock
spaCy (``nlp.pipe`` over the same paragraph-aligned chunks foothold parses). Printed per size:
seconds per MB for both, their ratio, and peak resident memory after each phase. Extraction
must be linear (CPU seconds per MB of extraction plus store write flat within 25% across sizes;
CPU rather than wall clock because the development machine is shared) with bounded memory
(peak RSS less the document's own text, clean copy and offset map grows at most 1.3x from the
smallest to the largest size); the exit code is 1 otherwise. The last line is one JSON object.
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
from array import array
from foothold.ingest import read_document
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import spill
from foothold.extract.format_json import write_format
from foothold.store import connect, save_extraction

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

nlp = load_nlp()
base = peak()
t, c = time.perf_counter(), time.process_time()
document = read_document(sys.argv[1])
m = document.offsets
text_mb = (sys.getsizeof(document.text) + sys.getsizeof(document.clean)
           + sum(sys.getsizeof(a) for a in (m.clean_starts, m.orig_starts, m.orig_ends, m.copied))) / 2**20
read_mb = peak()
with spill(document, nlp=nlp) as spilled:
    seconds, cpu, extract_mb = time.perf_counter() - t, time.process_time() - c, peak()
    with open(sys.argv[2], "w", encoding="utf-8") as out:         # what `extract --format json` writes
        write_format(spilled, out)
    json_mb = peak()
    t2, c2 = time.perf_counter(), time.process_time()
    result = save_extraction(connect("sqlite:///" + sys.argv[3]), document, spilled)   # what `ingest` stores
    store_seconds, store_cpu = time.perf_counter() - t2, time.process_time() - c2
print(json.dumps({"seconds": seconds, "cpu": cpu, "model_mb": base, "text_mb": text_mb, "read_mb": read_mb,
                  "extract_mb": extract_mb, "json_mb": json_mb, "store_seconds": store_seconds,
                  "store_cpu": store_cpu, "events": spilled.counts["events"], "peak_mb": peak()}))
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
    extra = [str(path.with_suffix(".json")), str(path.with_suffix(".db"))]
    out = subprocess.run([sys.executable, "-c", code, str(path), *extra], capture_output=True, text=True,
                         timeout=timeout)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20], help="document sizes in MB")
    parser.add_argument("--timeout", type=float, default=7200)
    parser.add_argument("--flat", type=float, default=0.25, help="allowed spread of seconds per MB")
    parser.add_argument("--memory", type=float, default=1.3,
                        help="allowed growth of peak RSS beyond the text (text, clean copy, offset map), "
                             "smallest to largest size")
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
                   "store_cpu_s_per_mb": round(ours["store_cpu"] / size, 1),
                   "ratio": round(ours["seconds"] / stock["seconds"], 2),
                   "peak_mb": round(ours["peak_mb"]), "extract_peak_mb": round(ours["extract_mb"]),
                   "json_peak_mb": round(ours["json_mb"]), "read_peak_mb": round(ours["read_mb"]),
                   "model_mb": round(ours["model_mb"]), "text_mb": round(ours["text_mb"], 1),
                   "stock_peak_mb": None if args.no_stock else round(stock["peak_mb"]),
                   "events": ours["events"], "load": round(os.getloadavg()[0], 1)}
            rows.append(row)
            print(f"{row['mb']:>6.2f} MB: foothold {row['foothold_s_per_mb']:.1f} s/MB, stock spaCy "
                  f"{row['stock_s_per_mb']:.1f} s/MB, ratio {row['ratio']:.2f}x (CPU: {row['foothold_cpu_s_per_mb']:.1f} vs "
                  f"{row['stock_cpu_s_per_mb']:.1f} s/MB; store {row['store_cpu_s_per_mb']:.1f} s/MB); "
                  f"load {row['load']:.1f}; peak RSS {row['peak_mb']} MB (model {row['model_mb']}, read "
                  f"{row['read_peak_mb']}, extract {row['extract_peak_mb']}, json {row['json_peak_mb']}; text + clean "
                  f"+ offset map {row['text_mb']} MB; stock {row['stock_peak_mb']} MB); {row['events']} events",
                  flush=True)
    # Judged on CPU seconds (extraction and store write): on a shared machine the wall clock also
    # counts the other processes.
    per_mb = [r["foothold_cpu_s_per_mb"] + r["store_cpu_s_per_mb"] for r in rows]
    spread = max(per_mb) / min(per_mb) - 1 if per_mb else 0
    peaks = [r["peak_mb"] for r in rows]
    # Memory is judged beyond the document's own text: its two copies (as read, clean) and offset map.
    beyond = [r["peak_mb"] - r["text_mb"] for r in rows]
    growth = beyond[-1] / beyond[0] if beyond else 1
    report = {"rows": rows, "s_per_mb_spread": round(spread, 3), "peak_growth_mb": peaks[-1] - peaks[0],
              "peak_beyond_text_growth": round(growth, 3)}
    print(f"CPU seconds per MB (extract + store) spread {spread:.0%} (allowed {args.flat:.0%}); peak RSS "
          f"{min(peaks)}-{max(peaks)} MB; beyond the text {beyond[0]:.0f} -> {beyond[-1]:.0f} MB, "
          f"{growth:.2f}x (allowed {args.memory:.2f}x)")
    print(json.dumps(report))
    return 0 if spread <= args.flat and growth <= args.memory else 1


if __name__ == "__main__":
    sys.exit(main())
