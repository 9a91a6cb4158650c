"""Score foothold on the development sets: python bench/devscore.py [seed|re3d|news|all] [--errors FILE].

news-dev is also reported by half: the odd-numbered files are the tuning half, the even-numbered
ones the check half; the gap between them is the overfitting meter (issue 8).
"""
import argparse
import json
from pathlib import Path

from foothold.analyze.evaluation import category_report, evaluate

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SHOW = ("actors", "typed_actors", "citations", "relations", "typed_relations", "events", "typed_events",
        "typed_mentions")

parser = argparse.ArgumentParser()
parser.add_argument("which", nargs="?", default="all", choices=["seed", "re3d", "news", "all"])
parser.add_argument("--errors", help="write every missed/spurious item (JSON lines) to this file")
args = parser.parse_args()

sets = {"seed": EVAL / "seed.gold.json", "re3d": EVAL / "re3d-dev", "news": EVAL / "news-dev"}
errors = []
summary = {}
for name, path in sets.items():
    if args.which not in (name, "all"):
        continue
    report = evaluate(path)
    errors += report["errors"]
    halves = {name: None}
    if name == "news":
        docs = list(report["per_document"])
        halves = {"news": None,
                  "news-odd": {d for d in docs if int(d[:2]) % 2 == 1},
                  "news-even": {d for d in docs if int(d[:2]) % 2 == 0}}
    for label, subset in halves.items():
        cats = category_report(report, subset)
        summary[label] = {c: cats[c]["f1"] for c in SHOW if c in cats and (cats[c]["tp"] + cats[c]["fn"])}
        print(label.ljust(10), "  ".join(f"{c} {v:.3f}" for c, v in summary[label].items()))
if args.errors:
    with open(args.errors, "w", encoding="utf-8") as fh:
        for e in errors:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
print(json.dumps(summary))
