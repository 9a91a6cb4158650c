"""The right happening typed wrong: python bench/type_confusion.py [SET ...] [--tuning] [--list] [--save F | --load F].

For every produced event matched to a gold event on the untyped criterion (FORMAT.md: overlapping evidence, a shared
actor, agreeing dates) but not on the typed one, the pair gold type -> produced type (with the produced mode) is
counted; two tables close the output, by types alone and by type and mode, most frequent first. --list prints each case with its trigger word,
both events and the sentence. Matching is `near_misses.match` (the scorer's greedy matching), so a produced event
counts here exactly when it costs typed F1 alone.

SET is a folder, a gold file or a name `near_misses.py` knows (`news-odd`, `owndocsN`, `seed`); --tuning takes the
tuning sets of issue 8: news-dev's odd half (the even half's errors are never read) and the tuned owndocs sets. The
fresh sets are measures, never targets: they are refused. --save keeps the extractions so that --load re-reads them
without extracting.
"""
from __future__ import annotations

import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from near_misses import describe, extract_set, match  # noqa: E402  (bench scripts import each other by path)
from sets import TUNED  # noqa: E402

from foothold.eval.score import _span, match_actors, sentence_of  # noqa: E402

TUNING = ("news-odd", *TUNED)


def confusions(doc: dict) -> list[dict]:
    """The document's produced events matched untyped but not typed, each with its gold event."""
    pred, gold, text = doc["pred"].get("events", []), doc["gold"].get("events", []), doc["text"]
    _, mapping = match_actors(doc["pred"].get("actors", []), doc["gold"].get("actors", []))
    names = {a["id"]: a.get("name", a["id"]) for a in [*doc["gold"].get("actors", []), *doc["pred"].get("actors", [])]}
    hits, typed_hits = match(pred, gold, mapping, text), match(pred, gold, mapping, text, typed=True)
    out = []
    for pi, gi in hits.items():
        if pi in typed_hits:
            continue
        e, g = pred[pi], gold[gi]
        out.append({"set": doc["set"], "document": doc["document"], "pair": confusion_key(g, e),
                    "trigger": e.get("trigger"), "predicted": describe(e, names), "gold": describe(g, names),
                    "sentence": sentence_of(text, _span(e, text))})
    return out


def confusion_key(gold: dict, pred: dict) -> str:
    """'GOLD -> PRODUCED/mode': the gold type against the produced type and mode."""
    mode = f"/{pred['mode']}" if pred.get("mode") else ""
    return f"{gold.get('type')} -> {pred.get('type')}{mode}"


def tabulate(cases: list[dict], modes: bool = True) -> Counter:
    """Cases by 'GOLD -> PRODUCED/mode' (or by types alone)."""
    return Counter(c["pair"] if modes else c["pair"].split("/")[0] for c in cases)


def print_cases(cases: list[dict]) -> None:
    for c in cases:
        print(f"[{c['set']}] {c['document'][:32]} {c['pair']}  trigger={c['trigger']!r}\n"
              f"    pred {c['predicted']}\n    gold {c['gold']}\n    | {c['sentence']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="news-odd, owndocsN, seed, or a folder/gold file")
    parser.add_argument("--tuning", action="store_true", help="news-dev's odd half and the tuned owndocs sets")
    parser.add_argument("--list", action="store_true", help="print each case with its trigger and sentence")
    parser.add_argument("--save", help="write the extractions (JSON) for --load")
    parser.add_argument("--load", help="read extractions saved by --save instead of extracting")
    args = parser.parse_args()
    names = [*(TUNING if args.tuning else ()), *args.sets]
    if not names and not args.load:
        parser.error("name a set or --tuning")
    docs = json.loads(Path(args.load).read_text()) if args.load else [d for n in names for d in extract_set(n)]
    if args.save:
        Path(args.save).write_text(json.dumps(docs))
    cases = [c for d in docs for c in confusions(d)]
    if args.list:
        print_cases(cases)
    for modes in (False, True):
        print("gold -> produced type/mode" if modes else "gold -> produced type")
        for pair, n in tabulate(cases, modes).most_common():
            print(f"{n:4d}  {pair}")
    by_set = Counter(c["set"] for c in cases)
    print(f"typed wrong: {len(cases)}  by set: {dict(by_set)}")


if __name__ == "__main__":
    main()
