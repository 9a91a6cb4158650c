"""Score foothold on a self-written document set: python bench/owndocs.py [--dir DIR] [--errors] [--out FILE].

DIR defaults to bench/owndocs; bench/sets.py FRESH lists the fresh sets that are never tuned on (their
figures are read, never their texts, gold or errors). --prf adds precision and recall per category.

The same `evaluate` as bench/devscore.py (and `foothold eval`); prints F1 per category over the
whole set and by style (wire, government, analysis, encyclopaedia, monitor), and with --errors every missed
or spurious item with its sentence, grouped by document and category.
"""
import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import argparse
import json
from pathlib import Path

from devscore import f1_line, write_errors
from foothold.analyze.evaluation import category_report, evaluate

OWNDOCS = Path(__file__).resolve().parent / "owndocs"
STYLES = ("wire", "government", "analysis", "encyclopaedia", "monitor")


def style_of(text_path: Path) -> str:
    """The style named on a document's `source:` line (think-tank, research brief and commentary are analysis;
    an NGO or monitor report is a style of its own)."""
    line = text_path.read_text(encoding="utf-8").split("\n", 1)[0].lower()
    return next((s for s in ("wire", "government", "encyclopaedia", "monitor") if s in line), "analysis")


def score(path: Path = OWNDOCS) -> dict:
    """The evaluate() report of the set (used by tests/test_owndocs.py for its floor)."""
    return evaluate(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="print every missed/spurious item with its sentence")
    parser.add_argument("--out", help="also write the errors (JSON lines) to this file")
    parser.add_argument("--dir", type=Path, default=OWNDOCS, help="the document set (default bench/owndocs)")
    parser.add_argument("--prf", action="store_true", help="also print precision, recall and counts per category")
    args = parser.parse_args()
    report = score(args.dir)
    name = args.dir.resolve().name
    summary = {name: f1_line(name, report)}
    docs = list(report["per_document"])
    styles = {d: style_of(args.dir / d) for d in docs}
    for style in STYLES:
        if style in styles.values():  # a set need not have every style
            summary[style] = f1_line(style, report, {d for d in docs if styles[d] == style})
    if args.errors:
        for e in sorted(report["errors"], key=lambda e: (e.get("document") or "", e["category"])):
            print(f"{e.get('document', '')[:2]} {e['category']:<15} {e['kind']}: {e['item']}\n"
                  f"      | {e.get('sentence')}")
    if args.out:
        write_errors(report["errors"], args.out)
    if args.prf:
        for category, d in sorted(category_report(report).items()):
            print(f"{category:<16} P {d['precision']:.3f}  R {d['recall']:.3f}  F {d['f1']:.3f}  "
                  f"tp {d['tp']} fp {d['fp']} fn {d['fn']}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
