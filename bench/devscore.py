"""Score foothold on the development sets: python bench/devscore.py [seed|re3d|news|all] [--errors FILE] [--per-file].

news-dev is also reported by half: the odd-numbered files are the tuning half, the even-numbered
ones the check half; the gap between them is the overfitting meter (issue 8). re3d-dev likewise by
source (`re3d_halves`): the hidden re3d sets are other sources, so the halves never share one.
"""
import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import re
import argparse
import json
from pathlib import Path

from foothold.analyze.evaluation import category_report, evaluate

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SHOW = ("actors", "typed_actors", "citations", "relations", "typed_relations", "events", "typed_events",
        "typed_mentions")


def f1_line(label: str, report: dict, subset: set[str] | None = None) -> dict[str, float]:
    """Print and return the F1 of each category with gold items, over a subset of the report's documents."""
    cats = category_report(report, subset)
    scores = {c: cats[c]["f1"] for c in SHOW if c in cats and (cats[c]["tp"] + cats[c]["fn"])}
    print(label.ljust(10), "  ".join(f"{c} {v:.3f}" for c, v in scores.items()))
    return scores


def re3d_halves(docs: list[str]) -> dict[str, set[str]]:
    """re3d-dev cut by source, as re3d names its files ("centcom-07"): sources in sorted order go to the
    tuning half (re3d-tune) while it holds fewer than half the files; the rest are the check half (re3d-check)."""
    by_source: dict[str, set[str]] = {}
    for d in docs:
        by_source.setdefault(re.sub(r"-\d+(\.txt)?$", "", d), set()).add(d)
    tune: set[str] = set()
    for source in sorted(by_source):
        if len(tune) + len(by_source[source]) > len(docs) / 2:
            break
        tune |= by_source[source]
    return {"re3d-tune": tune, "re3d-check": set(docs) - tune}


def per_file_lines(report: dict, categories: tuple[str, ...] = ("events", "typed_events")) -> None:
    """Print each document's P/R/F1 and counts for the given categories: numbers only, no items (issue 8 allows
    per-file figures of the held-out half, never its errors)."""
    for doc in sorted(report["per_document"]):
        cats = category_report(report, {doc})
        cells = [f"{c} P {cats[c]['precision']:.2f} R {cats[c]['recall']:.2f} F {cats[c]['f1']:.2f} "
                 f"(tp {cats[c]['tp']} fp {cats[c]['fp']} fn {cats[c]['fn']})" for c in categories if c in cats]
        print(doc[:40].ljust(40), "  ".join(cells))


def write_errors(errors: list[dict], path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for e in errors:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("which", nargs="?", default="all", choices=["seed", "re3d", "news", "all"])
    parser.add_argument("--errors", help="write every missed/spurious item (JSON lines) to this file")
    parser.add_argument("--per-file", action="store_true", help="print event P/R/F1 per document (numbers only)")
    args = parser.parse_args()

    sets = {"seed": EVAL / "seed.gold.json", "re3d": EVAL / "re3d-dev", "news": EVAL / "news-dev"}
    errors = []
    summary = {}
    for name, path in sets.items():
        if args.which not in (name, "all"):
            continue
        report = evaluate(path)
        errors += report["errors"]
        if args.per_file:
            per_file_lines(report)
        halves = {name: None}
        if name == "news":
            docs = list(report["per_document"])
            halves = {"news": None,
                      "news-odd": {d for d in docs if int(d[:2]) % 2 == 1},
                      "news-even": {d for d in docs if int(d[:2]) % 2 == 0}}
        if name == "re3d":
            halves = {"re3d": None, **re3d_halves(list(report["per_document"]))}
        for label, subset in halves.items():
            summary[label] = f1_line(label, report, subset)
    if args.errors:
        write_errors(errors, args.errors)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
