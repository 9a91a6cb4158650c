"""Where foothold loses gold events: python bench/event_loss.py [--dir DIR ...] [--news-odd] [--seed] [--tuning]
[--list] [--fate TEXT] [--prf].

For every gold event the extraction MISSED (FORMAT.md matching, as `evaluate` scores it), its fate:
  no candidate            no trigger candidate starts inside the gold evidence span
  skipped: REASON         a candidate there was dropped with REASON (the events component's trace,
                          ctx.data["skipped_event_triggers"]: a gate, a sense, modality, no party, speech content ...)
  made, lost after        a candidate there was not skipped, yet no event overlaps the span (pruned once the document
  reading                 was read, or its evidence placed elsewhere)
  produced: no shared     an event overlaps the span but names none of the gold event's actors
  actor / dates differ    ... shares an actor but its date disagrees
  produced: matched       ... would match, but the greedy matching gave it to another gold event
  another gold
Among candidates inside a span, one of the gold event's type is judged first, then a statement's, then any.
A table of counts by fate and skip reason per set and in total; --list prints each case with its sentence and the
sentence's candidates; --fate keeps the cases whose fate contains TEXT; --prf adds events precision / recall and the
spurious events by kind (no overlap, no shared actor, dates differ), to watch precision while opening a gate.

Sets: --dir (repeatable), --news-odd (news-dev's tuning half: even files are never read), --seed, --tuning (every
tuning set of issue 8: news-odd, the seed and the tuned owndocs sets), --tuning-read / --tuning-check (tuning split
in two, bench/sets.py `tuning_half`: read misses on the first, count the second only, to see a rule carry). The fresh sets are measures, never targets:
this script refuses them.
"""
from __future__ import annotations

import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from foothold.analyze.evaluation import document_for, gold_files
from foothold.eval.score import (_dates_agree, _describe_event, _span, load_gold, match_actors, match_events,
                                 sentence_bounds, sentence_of)
from foothold.extract.pipeline import run_with_context
from foothold.ingest import read_document

from sets import BENCH, EVAL, FRESH, TUNED, tuning_half  # noqa: E402  (bench scripts import each other by path)


@dataclass
class Case:
    """One missed gold event and what became of it."""
    document: str
    gold: str
    fate: str
    sentence: str | None
    candidates: str


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def produced_fate(gold: dict, gs, pred: list[dict], mapping: dict[str, str], text: str) -> str | None:
    """The fate of a missed gold event that an extracted event overlaps, or None when none does."""
    over = [e for e in pred if overlaps(_span(e, text), gs)]
    if not over:
        return None
    parties = {*gold.get("source", []), *gold.get("target", [])}
    sharing = [e for e in over if {mapping.get(a) for a in [*e.get("source", []), *e.get("target", [])]} & parties]
    if any(_dates_agree(e.get("date"), gold.get("date")) for e in sharing):
        return "produced: matched another gold"
    return "produced: dates differ" if sharing else "produced: no shared actor"


def candidate_fate(gold: dict, gs, candidates: list[dict], trace: list[dict]) -> str:
    """The fate of a missed gold event no extracted event overlaps: its best candidate's skip reason, if any."""
    inside = [c for c in candidates if gs[0] <= c["start"] < gs[1]]
    if not inside:
        return "no candidate"
    inside.sort(key=lambda c: (c["type"] != gold.get("type"), c["type"] is not None))
    best = inside[0]
    reasons = [t["reason"] for t in trace if t["start"] == best["start"] and t["trigger"] == best["trigger"]]
    return f"skipped: {reasons[-1]}" if reasons else "made, lost after reading"


def sentence_candidates(sentence_span, candidates: list[dict], trace: list[dict]) -> str:
    """The candidates of a sentence with their fates, for --list."""
    out = []
    for c in candidates:
        if sentence_span[0] <= c["start"] < sentence_span[1]:
            reasons = [t["reason"] for t in trace if t["start"] == c["start"] and t["trigger"] == c["trigger"]]
            out.append(f"{c['trigger']}/{c['type'] or 'speech'}:{reasons[-1] if reasons else 'made'}")
    return ", ".join(out)


def document_cases(gold_path: Path) -> tuple[list[Case], dict[str, int]]:
    """The missed gold events of one document with their fates, and its event counts (tp, fp, fn, spurious kinds)."""
    gold = load_gold(gold_path)
    document = read_document(document_for(gold_path, gold))
    extraction, ctx = run_with_context(document)
    pred = extraction.to_format()
    text = document.text
    names = {a["id"]: a.get("name", a["id"]) for a in [*gold.get("actors", []), *pred.get("actors", [])]}
    _, mapping = match_actors(pred.get("actors", []), gold.get("actors", []))
    events, gold_events = pred.get("events", []), gold.get("events", [])
    hits, near = match_events(events, gold_events, mapping, text)
    typed_hits, _ = match_events(events, gold_events, mapping, text, typed=True)
    candidates = ctx.data.get("event_candidates", [])
    trace = ctx.data.get("skipped_event_triggers", [])
    matched = set(hits.values())
    cases = []
    for gi, g in enumerate(gold_events):
        gs = _span(g, text)
        if gi in matched or gs is None:
            continue
        fate = produced_fate(g, gs, events, mapping, text) or candidate_fate(g, gs, candidates, trace)
        listed = sentence_candidates(sentence_bounds(text, gs), candidates, trace)
        if fate == "produced: dates differ":      # which date foothold gave the overlapping events instead
            listed += "; produced dates: " + ", ".join(
                sorted({str(e.get("date")) for e in events if overlaps(_span(e, text), gs)}))
        elif fate.startswith("produced"):          # whom foothold named instead, to read the actor's cause
            listed += "; produced: " + ", ".join(
                _describe_event(e, names) for e in events if overlaps(_span(e, text), gs))
        cases.append(Case(document.name, _describe_event(g, names), fate, sentence_of(text, gs), listed))
    spurious = Counter(near[pi][1] if pi in near else "no overlap" for pi in range(len(events)) if pi not in hits)
    counts = {"tp": len(hits), "fp": len(events) - len(hits), "fn": len(gold_events) - len(hits),
              "typed_tp": len(typed_hits), **{f"spurious: {k}": v for k, v in spurious.items()}}
    return cases, counts


def set_files(name: str, path: Path, counts_only: bool = False) -> list[Path]:
    """The gold files of a set; news-dev gives its odd-numbered (tuning) files only. A fresh set is refused unless
    only counts are printed (--counts-only: the fate table, never a sentence or a case)."""
    if path.resolve().name in FRESH and not counts_only:
        raise SystemExit(f"{path} is a fresh set: a measure, never a target (run bench/owndocs.py on it for numbers)")
    files = gold_files(path)
    if path.resolve().name == "news-dev":
        if name == "news-even":      # the measure-only half: fate counts, never a case (as a fresh set)
            if not counts_only:
                raise SystemExit("news-dev's even half is a measure, never a target: only --counts-only reads it")
            return [f for f in files if int(f.name[:2]) % 2 == 0]
        files = [f for f in files if int(f.name[:2]) % 2 == 1]
    return files


def set_parser(description: str, noun: str) -> argparse.ArgumentParser:
    """The options every loss script shares: which sets, and what to print of them (`noun`: event or relation)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--dir", type=Path, action="append", help="a gold set (a folder or a gold file); repeatable")
    parser.add_argument("--news-odd", action="store_true", help="news-dev's odd-numbered files")
    parser.add_argument("--news-even", action="store_true",
                        help="news-dev's even-numbered files (measure-only: with --counts-only alone)")
    parser.add_argument("--seed", action="store_true", help="the seed report")
    parser.add_argument("--tuning", action="store_true", help="every tuning set: news-odd, the seed, tuned owndocs")
    parser.add_argument("--tuning-read", action="store_true",
                        help="the half of tuning where cases are read: news-odd, the seed, odd-numbered tuned owndocs")
    parser.add_argument("--tuning-check", action="store_true",
                        help="the held-out half of tuning: even-numbered tuned owndocs (with --counts-only alone)")
    parser.add_argument("--list", action="store_true", help=f"print each missed gold {noun} with its sentence")
    parser.add_argument("--fate", help="with --list, only the cases whose fate contains this text")
    parser.add_argument("--prf", action="store_true", help=f"{noun}s precision, recall and spurious kinds per set")
    parser.add_argument("--counts-only", action="store_true",
                        help="print only the count tables; the one way a fresh set may be read (no --list)")
    return parser


def chosen_sets(args) -> dict[str, Path]:
    sets: dict[str, Path] = {}
    read, check = getattr(args, "tuning_read", False), getattr(args, "tuning_check", False)
    if check and not getattr(args, "counts_only", False):
        raise SystemExit("the check half of tuning (--tuning-check) is a measure: add --counts-only")
    if args.tuning or args.news_odd or read:
        sets["news-odd"] = EVAL / "news-dev"
    if getattr(args, "news_even", False):
        sets["news-even"] = EVAL / "news-dev"
    if args.tuning or args.seed or read:
        sets["seed"] = EVAL / "seed.gold.json"
    if args.tuning:
        sets.update({name: BENCH / name for name in TUNED})
    if read:
        sets.update({name: BENCH / name for name in tuning_half("read")})
    if check:
        sets.update({name: BENCH / name for name in tuning_half("check")})
    for d in args.dir or []:
        sets[d.resolve().name] = d
    return sets


def prf_line(counts: Counter) -> str:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    kinds = ", ".join(f"{k[10:]} {v}" for k, v in sorted(counts.items()) if k.startswith("spurious: "))
    return f"P {p:.3f}  R {r:.3f}  F {f:.3f}  tp {tp} fp {fp} fn {fn}  typed tp {counts['typed_tp']}  ({kinds})"


def print_table(columns: dict[str, Counter], head: str = "fate") -> None:
    """Counts by fate, one column per set (or other grouping) and the total (bench/relation_loss.py uses it too)."""
    total = sum(columns.values(), Counter())
    names = list(columns)
    width = max(len(n) for n in [*names, "total"]) + 1
    print(head.ljust(44) + "".join(n.rjust(width) for n in names) + "total".rjust(8))
    for fate, n in total.most_common():
        print(fate[:43].ljust(44) + "".join(str(columns[s][fate]).rjust(width) for s in names) + str(n).rjust(8))
    print("missed".ljust(44) + "".join(str(sum(columns[s].values())).rjust(width) for s in names)
          + str(sum(total.values())).rjust(8))

def main() -> None:
    parser = set_parser(__doc__.split("\n")[0], "event")
    args = parser.parse_args()
    sets = chosen_sets(args)
    if not sets:
        parser.error("name a set: --dir DIR, --news-odd, --seed or --tuning")
    if args.counts_only and args.list:
        parser.error("--counts-only prints no cases: drop --list")
    per_set: dict[str, Counter] = {}
    scores: dict[str, Counter] = {}
    for name, path in sets.items():
        per_set[name], scores[name] = Counter(), Counter()
        for gold_path in set_files(name, path, args.counts_only):
            cases, counts = document_cases(gold_path)
            scores[name].update(counts)
            for case in cases:
                per_set[name][case.fate] += 1
                if args.list and (not args.fate or args.fate in case.fate):
                    print(f"[{name}] {case.document}: {case.gold}\n    fate: {case.fate}\n    | {case.sentence}\n"
                          f"    candidates: {case.candidates or '-'}")
    print_table(per_set)
    if args.prf:
        for name, counts in [*scores.items(), ("total", sum(scores.values(), Counter()))]:
            print(f"{name:<12} {prf_line(counts)}")


if __name__ == "__main__":
    main()
