"""Score foothold on the self-written document set bench/owndocs: python bench/owndocs.py [--errors] [--out FILE].

The same `evaluate` as bench/devscore.py (and `foothold eval`); prints F1 per category over the
whole set and by style (wire, government, analysis, encyclopaedia), and with --errors every missed
or spurious item with its sentence, grouped by document and category.
"""
import argparse
import json
from pathlib import Path

from devscore import f1_line, write_errors
from foothold.analyze.evaluation import evaluate

OWNDOCS = Path(__file__).resolve().parent / "owndocs"
STYLES = {"wire": range(1, 5), "government": range(5, 8), "analysis": range(8, 11), "encyclopaedia": range(11, 13)}


def score(path: Path = OWNDOCS) -> dict:
    """The evaluate() report of the set (used by tests/test_owndocs.py for its floor)."""
    return evaluate(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="print every missed/spurious item with its sentence")
    parser.add_argument("--out", help="also write the errors (JSON lines) to this file")
    args = parser.parse_args()
    report = score()
    summary = {"owndocs": f1_line("owndocs", report)}
    docs = list(report["per_document"])
    for style, numbers in STYLES.items():
        summary[style] = f1_line(style, report, {d for d in docs if int(d[:2]) in numbers})
    if args.errors:
        for e in sorted(report["errors"], key=lambda e: (e.get("document") or "", e["category"])):
            print(f"{e.get('document', '')[:2]} {e['category']:<15} {e['kind']}: {e['item']}\n"
                  f"      | {e.get('sentence')}")
    if args.out:
        write_errors(report["errors"], args.out)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
