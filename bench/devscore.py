"""Score foothold on the development set: python bench/devscore.py [seed|re3d|all]."""
import json, sys, glob, time
from pathlib import Path
from foothold.ingest import read_document
from foothold.extract.pipeline import run
from foothold.eval import score_document, load_gold, Scores

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
which = sys.argv[1] if len(sys.argv) > 1 else "all"
sets = {"seed": [EVAL / "seed.txt"], "re3d": sorted((EVAL / "re3d-dev").glob("*.txt"))}
for name, files in sets.items():
    if which not in (name, "all"):
        continue
    total = Scores()
    for f in files:
        doc = read_document(f)
        pred = run(doc).to_format()
        total += score_document(pred, load_gold(f.with_suffix(".gold.json")), doc.text)
    print(name, {k: round(v.f1, 3) for k, v in total.by_category.items()})
