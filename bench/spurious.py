"""Every spurious relation and event on the tuning sets, with the rule that made it:
python bench/spurious.py [--dir DIR ...] [--news-odd] [--seed] [--tuning] [--out FILE]

The loss scripts (event_loss.py, relation_loss.py) count spurious items by kind; this lists them one by one with the
extractor name from their provenance, so the causes of spurious items can be grouped by the rule that produced them
(issue 8, precision). Sets as in the loss scripts; fresh sets are refused. Prints a count per extractor and, with
--out, writes one JSON line per spurious item (set, document, category, item, extractor, kind, sentence).
"""
from __future__ import annotations

import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_loss import chosen_sets, set_files, set_parser  # noqa: E402

from foothold.analyze.evaluation import document_for  # noqa: E402
from foothold.eval.score import (_describe_event, _span, load_gold, match_actors, match_events,  # noqa: E402
                                 sentence_of)
from foothold.extract.pipeline import run  # noqa: E402
from foothold.ingest import read_document  # noqa: E402
from relation_rules import recording_rules  # noqa: E402


def spurious_relations(pred: list[dict], gold: list[dict], mapping: dict[str, str]) -> list[tuple[dict, str]]:
    """The predicted relations the scorer counts as false positives (its greedy pair counting), with their kind."""
    left = Counter((g["subject"], g["object"]) for g in gold)
    out = []
    for r in pred:
        pair = (mapping.get(r["subject"]), mapping.get(r["object"]))
        if None not in pair and left[pair] > 0:
            left[pair] -= 1
            continue
        kind = ("one side unmatched" if None in pair else
                "reversed" if (pair[1], pair[0]) in {(g["subject"], g["object"]) for g in gold} else "pair not in gold")
        out.append((r, kind))
    return out


def _rule(relation: dict, rules: dict) -> str | None:
    """The relations rule (module.function) that added a rule relation; None for the learned step's."""
    return rules.get((relation["subject"], relation["predicate"], relation["object"]))


def document_spurious(set_name: str, gold_path: Path, matched: bool = False) -> list[dict]:
    gold = load_gold(gold_path)
    document = read_document(document_for(gold_path, gold))
    with recording_rules() as rules:
        pred, text = run(document).to_format(), document.text
    names = {a["id"]: a.get("name", a["id"]) for a in [*gold.get("actors", []), *pred.get("actors", [])]}
    _, mapping = match_actors(pred.get("actors", []), gold.get("actors", []))
    rows = []
    false = {id(r) for r, _ in spurious_relations(pred.get("relations", []), gold.get("relations", []), mapping)}
    if matched:  # the true items too, marked, to check that a filter spares them
        rows += [{"category": "relations", "item": f"{names.get(r['subject'])} {r['predicate']} {names.get(r['object'])}",
                  "kind": "matched", "extractor": r.get("extractor"), "rule": _rule(r, rules),
                  "evidence": r.get("evidence"), "sentence": sentence_of(text, _span(r, text)), "raw": r}
                 for r in pred.get("relations", []) if id(r) not in false]
    for r, kind in spurious_relations(pred.get("relations", []), gold.get("relations", []), mapping):
        item = f"{names.get(r['subject'], r['subject'])} {r['predicate']} {names.get(r['object'], r['object'])}"
        rows.append({"category": "relations", "item": item, "kind": kind, "extractor": r.get("extractor"),
                     "rule": _rule(r, rules),
                     "evidence": r.get("evidence"), "sentence": sentence_of(text, _span(r, text))})
    events = pred.get("events", [])
    hits, near = match_events(events, gold.get("events", []), mapping, text)
    for pi, e in enumerate(events):
        if pi in hits and matched:
            rows.append({"category": "events", "item": _describe_event(e, names), "kind": "matched",
                         "extractor": e.get("extractor"), "trigger": e.get("trigger"), "evidence": e.get("evidence"),
                         "sentence": sentence_of(text, _span(e, text)), "raw": e})
        if pi not in hits:
            kind = near[pi][1] if pi in near else "no overlap"
            rows.append({"category": "events", "item": _describe_event(e, names), "kind": kind,
                         "extractor": e.get("extractor"), "trigger": e.get("trigger"),
                         "evidence": e.get("evidence"), "sentence": sentence_of(text, _span(e, text)),
                         **({"raw": e} if matched else {})})
    for row in rows:
        row.update(set=set_name, document=document.name)
    return rows


def main() -> None:
    parser = set_parser(__doc__.split("\n")[0], "spurious")
    parser.add_argument("--out", help="write every spurious item as a JSON line to this file")
    parser.add_argument("--matched", action="store_true", help="with --out, also write the matched items (kind 'matched')")
    args = parser.parse_args()
    sets = chosen_sets(args)
    if not sets:
        parser.error("name a set: --dir DIR, --news-odd, --seed or --tuning")
    rows = [row for name, path in sets.items() for gold_path in set_files(name, path)
            for row in document_spurious(name, gold_path, args.matched)]
    if args.out:
        Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for category in ("relations", "events"):
        by_rule = Counter(r.get("rule") or r["extractor"] for r in rows
                          if r["category"] == category and r["kind"] != "matched")
        print(f"{category}: {sum(by_rule.values())} spurious")
        for rule, n in by_rule.most_common():
            print(f"  {n:4d}  {rule}")


if __name__ == "__main__":
    main()
