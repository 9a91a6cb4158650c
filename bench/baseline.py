"""Stock spaCy baseline: python bench/baseline.py [seed|re3d|all] [--exact]

The stock en_core_web_sm pipeline (no foothold components), its entity labels
mapped plainly to foothold types (PERSON -> person, ORG -> organization,
GPE/NORP -> country, LOC/FAC -> place), one actor per distinct normalised
name. Scored like bench/devscore.py, so the two are comparable; ``--exact``
scores mentions by exact span instead of the default determiner-trimming rule
(see eval/score.py MENTION_MATCH).
"""
import sys
import time
from pathlib import Path

from foothold.eval import load_gold, Scores
from foothold.eval import score as scoring
from foothold.extract.nlp import load_stock
from foothold.ingest import read_document
from foothold.resolve.names import normalise_name, slug

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "country",
          "LOC": "place", "FAC": "place"}


def stock_extraction(doc, nlp) -> dict:
    actors: dict[str, dict] = {}
    for ent in nlp(doc.clean).ents:
        if ent.label_ not in LABELS:
            continue
        start, end = doc.span(ent.start_char, ent.end_char)
        text = doc.text[start:end]
        key = normalise_name(text)
        a = actors.setdefault(key, {"id": slug(text), "name": text, "type": LABELS[ent.label_],
                                    "aliases": [], "mentions": []})
        if text != a["name"] and text not in a["aliases"]:
            a["aliases"].append(text)
        a["mentions"].append({"start": start, "end": end, "text": text, "type": LABELS[ent.label_]})
    return {"document": doc.name, "actors": list(actors.values())}


def score_set(files, nlp=None) -> Scores:
    """Stock spaCy's scores over documents that have NAME.gold.json beside them."""
    nlp = nlp or load_stock()
    total = Scores()
    for f in files:
        doc = read_document(f)
        total += scoring.score_document(stock_extraction(doc, nlp), load_gold(f.with_suffix(".gold.json")), doc.text)
    return total


def main(argv: list[str]) -> None:
    which = next((a for a in argv if not a.startswith("-")), "all")
    if "--exact" in argv:
        scoring.MENTION_MATCH = "exact"
    nlp = load_stock()
    sets = {"seed": [EVAL / "seed.txt"], "re3d": sorted((EVAL / "re3d-dev").glob("*.txt"))}
    for name, files in sets.items():
        if which not in (name, "all"):
            continue
        t0 = time.perf_counter()
        total = score_set(files, nlp)
        shown = ("actors", "typed_actors", "mentions", "typed_mentions")
        print(name, "stock", {k: round(total.by_category[k].f1, 3) for k in shown},
              f"{time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
