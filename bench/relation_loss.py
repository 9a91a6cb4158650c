"""Where foothold loses gold relations: python bench/relation_loss.py [--dir DIR ...] [--news-odd] [--seed] [--tuning]
[--list] [--fate TEXT] [--prf].

For every gold relation the extraction MISSED (its (subject, object) pair unmatched, as `evaluate` scores pairs),
its fate, the first that applies:
  actor missing: SIDE          no extracted actor matches the gold subject / object / both
  reversed: PREDICATE          the pair was produced the other way round (pairs are scored with direction)
  dropped: REASON              a filter refused the pair (the relations component's trace,
                               ctx.data["dropped_relations"]: a place takes no side, part of a place ...)
  pair taken by another gold   the pair was produced, but gold holds it twice (leads and member_of)
  bare-title: FATE             gold marks the tie `"tie": "title"` (a bare title whose state the text implies);
                               FATE is one of those below
  not in sentence: SIDE        the side has no mention (nor surface form) in the evidence's sentence(s)
  in sentence, tied elsewhere  both sides are named there and a relation read there ties one of them to a third
                               actor (the body instead of its state, the deputy instead of the chief ...)
  in sentence, no tie read     both sides are named there and no relation read there touches either
A table of counts by fate, per set and in total, and one by fate and gold predicate; --list prints each case with its
sentence and the relations read in it; --fate keeps the cases whose fate contains TEXT; --prf adds relations
precision / recall per set, the spurious relations by kind (reversed, one side unmatched, pair not in gold) and the
gold pairs found with another predicate, to watch precision while opening a shape.

Sets: --dir (repeatable), --news-odd (news-dev's tuning half: even files are never read), --seed, --tuning (every
tuning set of issue 8: news-odd, the seed and the tuned owndocs sets). The fresh sets are measures, never targets:
this script refuses them (event_loss.set_files) unless --counts-only: then it prints the count tables alone, no case.
"""
from __future__ import annotations

import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from event_loss import chosen_sets, prf_line, print_table, set_files, set_parser
from foothold.analyze.evaluation import document_for
from foothold.eval.score import _score_relations, _span, load_gold, match_actors, sentence_bounds, sentence_of
from foothold.extract.pipeline import run_with_context
from foothold.ingest import read_document
from foothold.resolve.names import normalise_name


@dataclass
class Case:
    """One missed gold relation and what became of it."""
    document: str
    gold: str
    predicate: str
    fate: str
    sentence: str | None
    read: str


@dataclass
class Reading:
    """One document's extraction seen from the gold: actors mapped both ways, relations, mentions, the trace."""
    text: str
    relations: list[dict]
    to_gold: dict[str, str]
    from_gold: dict[str, set[str]]
    dropped: list[dict]
    spans: dict[str, list[tuple[int, int]]]
    forms: dict[str, set[str]]
    names: dict[str, str]

    def pair(self, r: dict) -> tuple[str | None, str | None]:
        return self.to_gold.get(r["subject"]), self.to_gold.get(r["object"])


def gold_predicates(g: dict) -> str:
    p = g.get("predicate")
    return "/".join(p) if isinstance(p, list) else str(p)


def evidence_window(text: str, g: dict) -> tuple[int, int] | None:
    """The sentence(s) the gold evidence lies in."""
    gs = _span(g, text)
    if gs is None:
        return None
    return sentence_bounds(text, (gs[0], gs[0]))[0], sentence_bounds(text, (gs[1], gs[1]))[1]


def named_in(reading: Reading, gold_id: str, window: tuple[int, int]) -> bool:
    """Whether an extracted actor matching the gold actor has a mention, or one of its names, in the window."""
    chunk = normalise_name(reading.text[window[0]:window[1]])
    for actor in reading.from_gold.get(gold_id, ()):
        if any(window[0] <= s < window[1] for s, _ in reading.spans.get(actor, ())):
            return True
        if any(len(f) > 2 and f in chunk for f in reading.forms.get(actor, ())):
            return True
    return False


def unmatched_gold(gold: list[dict], pred: list[dict], reading: Reading) -> tuple[list[int], Counter]:
    """Indexes of the gold relations whose pair no prediction took (the scorer's pair counting), and the pairs
    the predictions produced."""
    produced = Counter(p for p in map(reading.pair, pred) if None not in p)
    left = Counter(produced)
    missed = []
    for gi, g in enumerate(gold):
        pair = (g["subject"], g["object"])
        if left[pair] > 0:
            left[pair] -= 1
        else:
            missed.append(gi)
    return missed, produced


def base_fate(g: dict, reading: Reading, produced: Counter) -> str | None:
    """The fates that do not depend on the evidence's sentence, or None."""
    s, o = g["subject"], g["object"]
    missing = [side for side, a in (("subject", s), ("object", o)) if not reading.from_gold.get(a)]
    if missing:
        return f"actor missing: {' and '.join(missing)}"
    reversed_ = [r["predicate"] for r in reading.relations if reading.pair(r) == (o, s)]
    if reversed_:
        return f"reversed: {reversed_[0]}"
    dropped = [d["reason"] for d in reading.dropped if {reading.to_gold.get(d["subject"]),
                                                        reading.to_gold.get(d["object"])} == {s, o}]
    if dropped:
        return f"dropped: {dropped[0]}"
    if produced[(s, o)]:
        return "pair taken by another gold"
    return None


def sentence_fate(g: dict, reading: Reading, window: tuple[int, int] | None) -> str:
    """Whether both sides are named in the evidence's sentence(s) and what was read there."""
    if window is None:
        return "evidence not in text"
    absent = [side for side, a in (("subject", g["subject"]), ("object", g["object"]))
              if not named_in(reading, a, window)]
    if absent:
        return f"not in sentence: {' and '.join(absent)}"
    there = [r for r in relations_in(reading, window)]
    sides = {g["subject"], g["object"]}
    if any(set(reading.pair(r)) & sides for r in there):
        return "in sentence, tied elsewhere"
    return "in sentence, no tie read"


def relations_in(reading: Reading, window: tuple[int, int]) -> list[dict]:
    return [r for r in reading.relations if r.get("start") is not None and window[0] <= r["start"] < window[1]]


def describe(reading: Reading, r: dict) -> str:
    return f"{reading.names.get(r['subject'], r['subject'])} {r.get('predicate')} " \
           f"{reading.names.get(r['object'], r['object'])}"


def read_document_against(gold: dict, gold_path: Path) -> tuple[Reading, dict]:
    document = read_document(document_for(gold_path, gold))
    extraction, ctx = run_with_context(document)
    pred = extraction.to_format()
    _, to_gold = match_actors(pred.get("actors", []), gold.get("actors", []))
    from_gold: dict[str, set[str]] = {}
    for p, g in to_gold.items():
        from_gold.setdefault(g, set()).add(p)
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        if m.actor:
            spans.setdefault(m.actor, []).append((m.start, m.end))
    forms = {a.id: {normalise_name(f) for f in a.surface_forms()} for a in ctx.actors}
    names = {a["id"]: a.get("name", a["id"]) for a in [*gold.get("actors", []), *pred.get("actors", [])]}
    reading = Reading(document.text, pred.get("relations", []), to_gold, from_gold,
                      ctx.data.get("dropped_relations", []), spans, forms, names)
    return reading, {"name": document.name}


def relation_counts(reading: Reading, gold: list[dict]) -> Counter:
    """The scorer's relation counts (pairs and typed), and the unmatched predictions by kind."""
    pairs, typed = _score_relations(reading.relations, gold, reading.to_gold)
    counts = Counter({"tp": pairs.tp, "fp": pairs.fp, "fn": pairs.fn, "typed_tp": typed.tp})
    g_pairs = Counter((g["subject"], g["object"]) for g in gold)
    used: Counter = Counter()
    for r in reading.relations:
        pair = reading.pair(r)
        if None not in pair and used[pair] < g_pairs[pair]:
            used[pair] += 1
        elif None in pair:
            counts["spurious: one side unmatched"] += 1
        elif g_pairs[pair[::-1]]:
            counts["spurious: reversed"] += 1
        else:
            counts["spurious: pair not in gold"] += 1
    return counts


def document_cases(gold_path: Path) -> tuple[list[Case], Counter]:
    """The missed gold relations of one document with their fates, and its relation counts."""
    gold = load_gold(gold_path)
    reading, meta = read_document_against(gold, gold_path)
    gold_relations = gold.get("relations", [])
    missed, produced = unmatched_gold(gold_relations, reading.relations, reading)
    cases = []
    for gi in missed:
        g = gold_relations[gi]
        window = evidence_window(reading.text, g)
        fate = base_fate(g, reading, produced) or sentence_fate(g, reading, window)
        if g.get("tie") == "title" and not fate.startswith(("actor", "reversed", "dropped", "pair")):
            fate = f"bare-title: {fate}"
        read = ", ".join(describe(reading, r) for r in relations_in(reading, window)) if window else ""
        cases.append(Case(meta["name"], describe(reading, g), gold_predicates(g), fate,
                          sentence_of(reading.text, window), read))
    return cases, relation_counts(reading, gold_relations)


def main() -> None:
    parser = set_parser(__doc__.split("\n")[0], "relation")
    args = parser.parse_args()
    sets = chosen_sets(args)
    if not sets:
        parser.error("name a set: --dir DIR, --news-odd, --seed or --tuning")
    if args.counts_only and args.list:
        parser.error("--counts-only prints no cases: drop --list")
    per_set: dict[str, Counter] = {}
    per_predicate: dict[str, Counter] = {}
    scores: dict[str, Counter] = {}
    for name, path in sets.items():
        per_set[name], scores[name] = Counter(), Counter()
        for gold_path in set_files(name, path, args.counts_only):
            cases, counts = document_cases(gold_path)
            scores[name].update(counts)
            for case in cases:
                per_set[name][case.fate] += 1
                per_predicate.setdefault(case.predicate, Counter())[case.fate] += 1
                if args.list and (not args.fate or args.fate in case.fate):
                    print(f"[{name}] {case.document}: {case.gold}\n    fate: {case.fate}\n    | {case.sentence}\n"
                          f"    read there: {case.read or '-'}")
    print_table(per_set, "fate")
    print()
    print_table(dict(sorted(per_predicate.items())), "fate by gold predicate")
    if args.prf:
        for name, counts in [*scores.items(), ("total", sum(scores.values(), Counter()))]:
            print(f"{name:<12} {prf_line(counts)}")


if __name__ == "__main__":
    main()
