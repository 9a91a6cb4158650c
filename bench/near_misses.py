"""Events found on the right words but scored wrong: python bench/near_misses.py SET... [--save F | --load F].

SET is a folder or gold file, or one of the names `seed`, `news-odd` (the tuning half of news-dev: the even files
are never read here) and `owndocsN` (bench/owndocsN). Each spurious predicted event is paired with a missed gold
event whose evidence overlaps it (the closest one: fewest failed conditions), and the pair is told with why it did
not match — `date` (with a finer class: null vs dated, year, month, day, precision), `actors` (no actor shared) —
with both sides' values and the sentence. Events matched without their type are listed as `type` near misses
(they cost typed F1 only). Counts by reason close the output; `--save` keeps the extractions for `--load`, so a
second look needs no extraction. Matching follows FORMAT.md and `foothold.eval.score._score_events` (greedy, in
predicted order).
"""
import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from foothold.analyze.evaluation import document_for, gold_files
from foothold.eval.score import _dates_agree, _span, load_gold, match_actors, sentence_of

from sets import BENCH, EVAL, FRESH  # noqa: E402  (bench scripts import each other by path)


def gold_paths(name: str) -> list[Path]:
    """The gold files of a named set (news-odd keeps the odd-numbered files only)."""
    if name == "seed":
        return [EVAL / "seed.gold.json"]
    if name == "news-odd":
        return [p for p in gold_files(EVAL / "news-dev") if int(p.name[:2]) % 2 == 1]
    if Path(name).name in FRESH:
        sys.exit(f"{name} is a fresh set: its errors are never read")
    path = BENCH / name if (BENCH / name).is_dir() else Path(name)
    return gold_files(path)


def extract_set(name: str) -> list[dict]:
    """Each document's text, gold and prediction (FORMAT.md dicts)."""
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    out = []
    for gold_path in gold_paths(name):
        gold = load_gold(gold_path)
        document = read_document(document_for(gold_path, gold))
        out.append({"set": name, "document": document.name, "text": document.text, "gold": gold,
                    "pred": run(document).to_format()})
    return out


def event_actors(e: dict, mapping: dict | None = None) -> set[str]:
    ids = [*e.get("source", []), *e.get("target", [])]
    return {mapping.get(a) for a in ids} - {None} if mapping is not None else set(ids)


def overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def match(pred: list[dict], gold: list[dict], mapping: dict, text: str, typed: bool = False) -> dict[int, int]:
    """Predicted index -> gold index, the greedy matching of the scorer (untyped, or typed)."""
    g_spans = [_span(g, text) for g in gold]
    hits: dict[int, int] = {}
    for pi, e in enumerate(pred):
        ps, actors = _span(e, text), event_actors(e, mapping)
        for gi, g in enumerate(gold):
            if gi in hits.values() or not overlaps(ps, g_spans[gi]):
                continue
            if actors & event_actors(g) and _dates_agree(e.get("date"), g.get("date")) \
                    and (not typed or e.get("type") == g.get("type")):
                hits[pi] = gi
                break
    return hits


def date_reason(p: str | None, g: str | None) -> str:
    """The finer class of a date disagreement."""
    if not p:
        return "date: predicted null"
    if not g:
        return "date: gold null"
    if p[:4] != g[:4]:
        return "date: year differs"
    if len(p) >= 7 and len(g) >= 7 and p[:7] != g[:7]:
        return "date: month differs"
    return "date: day differs"


def reasons(e: dict, g: dict, mapping: dict) -> list[str]:
    out = []
    if not event_actors(e, mapping) & event_actors(g):
        out.append("actors")
    if not _dates_agree(e.get("date"), g.get("date")):
        out.append(date_reason(e.get("date"), g.get("date")))
    return out


def side(ids, names) -> str:
    return ", ".join(names.get(a, a) for a in ids or []) or "-"


def describe(e: dict, names: dict) -> str:
    return f"{e.get('type')} {side(e.get('source'), names)} -> {side(e.get('target'), names)} @{e.get('date')}"


def near_misses(doc: dict) -> list[dict]:
    """The document's near-miss pairs: spurious with missed (date/actors), matched with a wrong type."""
    pred, gold, text = doc["pred"].get("events", []), doc["gold"].get("events", []), doc["text"]
    _, mapping = match_actors(doc["pred"].get("actors", []), doc["gold"].get("actors", []))
    names = {a["id"]: a.get("name", a["id"]) for a in [*doc["gold"].get("actors", []), *doc["pred"].get("actors", [])]}
    hits, typed_hits = match(pred, gold, mapping, text), match(pred, gold, mapping, text, typed=True)
    missed = [gi for gi in range(len(gold)) if gi not in hits.values()]
    out = []
    for pi, e in enumerate(pred):
        ps = _span(e, text)
        if pi in hits:
            g = gold[hits[pi]]
            if pi not in typed_hits:
                out.append(pair(doc, e, g, ["type"], names, ps))
            continue
        close = [(reasons(e, gold[gi], mapping), gi) for gi in missed if overlaps(ps, _span(gold[gi], text))]
        if close:
            why, gi = min(close, key=lambda c: len(c[0]))
            if e.get("type") != gold[gi].get("type"):
                why = [*why, "type"]
            out.append(pair(doc, e, gold[gi], why, names, ps))
    return out


def pair(doc, e, g, why, names, span) -> dict:
    return {"set": doc["set"], "document": doc["document"], "why": why, "predicted": describe(e, names),
            "gold": describe(g, names), "evidence": e.get("evidence"), "sentence": sentence_of(doc["text"], span)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", help="seed, news-odd, owndocsN, or a folder/gold file")
    parser.add_argument("--save", help="write the extractions (JSON) for --load")
    parser.add_argument("--load", help="read extractions saved by --save instead of extracting")
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args()
    docs = json.loads(Path(args.load).read_text()) if args.load else \
        [d for name in args.sets for d in extract_set(name)]
    if args.save:
        Path(args.save).write_text(json.dumps(docs))
    pairs = [p for d in docs for p in near_misses(d)]
    if not args.quiet:
        for p in pairs:
            print(f"{p['set']} {p['document'][:24]} [{' + '.join(p['why'])}]\n"
                  f"    pred {p['predicted']}\n    gold {p['gold']}\n    | {p['sentence']}")
    counts = Counter(" + ".join(p["why"]) for p in pairs)
    by_set = Counter(p["set"] for p in pairs if p["why"] != ["type"])
    print(json.dumps({"pairs": len(pairs), "scored_wrong_by_set": dict(by_set), "by_reason": dict(counts.most_common())},
                     indent=1))


if __name__ == "__main__":
    main()
