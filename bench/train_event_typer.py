"""Train the learned event-type corrector (src/foothold/extract/events/typer.py) from the tuning sets, reproducibly.

    PYTHONPATH=src:bench .venv/bin/python bench/train_event_typer.py --tuning [--out src/foothold/data]
    PYTHONPATH=src:bench .venv/bin/python bench/train_event_typer.py --dir FOLDER --out /tmp/model

1. Data: every document of the chosen sets (--tuning: news-dev's odd files, the seed, bench/sets.py TUNED; the
   fresh sets and news-dev's even files are refused) is extracted with the rules only, the corrector collecting each
   event's features. A produced event matched to a gold event by the scorer's own untyped matching
   (foothold.eval.score.match_events) is a row labelled with that gold event's type -- or with its own type when the
   typed matching pairs it with a gold event of that type (two gold acts told by one sentence); the others are kept
   only to score the documents.
2. Model: scikit-learn's multinomial LogisticRegression (lbfgs: deterministic) on the bags of feature marks, each
   mark read only when at least MIN_COUNT training rows carry it.
3. Cross-validation by document (5 folds, documents in their sorted order dealt round-robin): for each C, the
   out-of-fold probabilities; each threshold re-types the events whose likeliest type differs from the rules' with
   at least that probability, and the documents are scored again by the scorer's typed matching (typed events
   tp/fp/fn). The C and threshold with the best typed F1 win; the threshold is kept only if it beats the rules alone
   (else 1.0: the corrector changes nothing).
4. The final model is fit on every labelled row, its weights rounded and pruned, written as data/event_typer.json
   (with, per type, the commonest gold mode of its rows by trigger lemma) beside its card data/event_typer.yaml
   (version, sha256, threshold, the cross-validation figures).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from foothold.analyze.evaluation import document_for
from foothold.eval.score import load_gold, match_actors, match_events
from foothold.extract.events import EventExtractor
from foothold.extract.events.lexicon import load_lexicon
from foothold.extract.events.typer import TypeCorrector
from foothold.extract.events.typer_model import FORMAT_VERSION
from foothold.extract.pipeline import default_components, run_with_context
from foothold.ingest import read_document

from event_loss import chosen_sets, set_files  # noqa: E402  (bench scripts import each other by path)

C_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.4 + 0.05 * k, 2) for k in range(12))      # 0.40 .. 0.95
FOLDS = 5
MIN_COUNT = 3       # least number of training rows a feature must mark to be read
VERSION = "1"
MATCH_KEYS = ("type", "start", "end", "evidence", "source", "target", "date")


def collecting_components() -> list:
    """The default pipeline whose events component records each event's features (rules' types unchanged)."""
    return [EventExtractor(typer=TypeCorrector(collect=True)) if c.name == EventExtractor.name else c
            for c in default_components()]


def label_doc(rows: list[dict], gold: dict, pred: dict, text: str) -> dict:
    """The document's rows labelled with the gold type (and mode) of the gold event each event matched (untyped),
    and what typed scoring needs: the events, the gold events, the actor mapping and the text."""
    _, mapping = match_actors(pred.get("actors", []), gold.get("actors", []))
    events = [{k: e.get(k) for k in MATCH_KEYS} for e in pred.get("events", [])]
    gold_events = [{k: g.get(k) for k in (*MATCH_KEYS, "mode")} for g in gold.get("events", [])]
    hits, _ = match_events(events, gold_events, mapping, text)
    typed_hits, _ = match_events(events, gold_events, mapping, text, typed=True)
    out = []
    for r in rows:     # an event the typed matching pairs with a gold event of its type is typed right
        gi = typed_hits.get(r["event"], hits.get(r["event"]))
        label = gold_events[gi]["type"] if gi is not None else None
        gold_mode = gold_events[gi].get("mode") if gi is not None else None
        out.append({**r, "label": label, "gold_mode": gold_mode})
    return {"rows": out, "events": events, "gold": gold_events, "mapping": mapping, "text": text}


def collect(gold_paths: list[Path], components: list | None = None) -> list[dict]:
    """One record per document: its name, rows and what typed scoring needs."""
    components = components or collecting_components()
    docs = []
    for gold_path in gold_paths:
        gold = load_gold(gold_path)
        document = read_document(document_for(gold_path, gold))
        extraction, ctx = run_with_context(document, components)
        docs.append({"document": str(gold_path),
                     **label_doc(ctx.data.get("typer_rows", []), gold, extraction.to_format(), document.text)})
    return docs


def labelled(docs: list[dict]) -> list[dict]:
    return [r for d in docs for r in d["rows"] if r["label"] is not None]


def _fit(rows: list[dict], c: float):
    """The vectorizer and model fit on the rows, reading only features seen in at least MIN_COUNT of them: a mark
    of one or two events (a trigger and type pair two golds coded their own way) cannot carry a correction."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    seen = Counter(f for r in rows for f in r["features"])
    vec = DictVectorizer(sparse=True, sort=True)
    x = vec.fit_transform([{f: v for f, v in r["features"].items() if seen[f] >= MIN_COUNT} for r in rows])
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(x, [r["label"] for r in rows])
    return vec, model


def _readings(vec, model, rows: list[dict]) -> list[tuple[str, float]]:
    """Each row's likeliest type and its probability."""
    if not rows:
        return []
    probs = model.predict_proba(vec.transform([r["features"] for r in rows]))
    classes = list(model.classes_)
    out = []
    for p in probs:
        k = max(range(len(classes)), key=lambda j: (p[j], classes[j]))
        out.append((classes[k], float(p[k])))
    return out


def out_of_fold(docs: list[dict], c: float) -> list[list[tuple[str, float]]]:
    """For each document, its rows' readings from a model trained on the other folds."""
    readings: list[list[tuple[str, float]]] = [[] for _ in docs]
    for k in range(FOLDS):
        train = labelled([d for i, d in enumerate(docs) if i % FOLDS != k])
        if len({r["label"] for r in train}) < 2:
            continue
        vec, model = _fit(train, c)
        for i, d in enumerate(docs):
            if i % FOLDS == k:
                readings[i] = _readings(vec, model, d["rows"])
    return readings


def typed_counts(d: dict, types: dict[int, str]) -> Counter:
    """Typed events tp/fp/fn of a document once the events at the given indexes take the given types."""
    events = [{**e, "type": types.get(i, e["type"])} for i, e in enumerate(d["events"])]
    hits, _ = match_events(events, d["gold"], d["mapping"], d["text"], typed=True)
    return Counter({"tp": len(hits), "fp": len(events) - len(hits), "fn": len(d["gold"]) - len(hits)})


def simulated(docs: list[dict], readings: list[list[tuple[str, float]]], threshold: float) -> dict:
    """Typed events tp/fp/fn and F1 once every event whose likeliest type differs from the rules' with at least the
    threshold's probability takes that type."""
    total = Counter()
    for d, rd in zip(docs, readings):
        types = {}
        for r, (etype, p) in zip(d["rows"], rd):
            if etype != r["rule_type"] and p >= threshold:
                types[r["event"]] = etype
                total["changed"] += 1
                if r["label"] is not None:
                    total["to_gold"] += etype == r["label"]
                    total["from_gold"] += r["rule_type"] == r["label"]
        total.update(typed_counts(d, types))
    tp, fp, fn = total["tp"], total["fp"], total["fn"]
    return {"threshold": threshold, "f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0, "tp": tp, "fp": fp,
            "fn": fn, "changed": total["changed"], "to_gold": total["to_gold"], "from_gold": total["from_gold"]}


def cross_validate(docs: list[dict]) -> dict:
    """The best C and threshold by out-of-fold typed events F1, with the rules' own F1 beside them."""
    base = simulated(docs, [[] for _ in docs], 1.1)
    best = {"c": None, **base}
    grid = []
    for c in C_GRID:
        readings = out_of_fold(docs, c)
        for t in THRESHOLDS:
            s = {"c": c, **simulated(docs, readings, t)}
            grid.append(s)
            if s["f1"] > best["f1"]:
                best = s
    return {"rules_only": base, "best": best, "grid": grid}


def mode_table(rows: list[dict], declared: dict[str, set]) -> dict[str, dict[str, str]]:
    """Per gold type, the commonest declared gold mode of its rows by trigger lemma."""
    by = defaultdict(Counter)
    for r in rows:
        mode = r.get("gold_mode")
        if mode and mode in declared.get(r["label"], ()):
            by[(r["label"], r["lemma"])][mode] += 1
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for (etype, lemma), counts in sorted(by.items()):      # no type-wide guess: a lemma unseen gets no mode
        table[etype][lemma] = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return dict(table)


def weights_json(vec, model, modes: dict) -> dict:
    """The model as data: classes, intercept, each feature's weights (rounded, near-zero rows out) and modes."""
    classes = [str(c) for c in model.classes_]
    binary = len(classes) == 2      # one row of log-odds for the second class: softmax([0, s]) is its sigmoid
    coef = [[0.0] * model.coef_.shape[1], model.coef_[0]] if binary else model.coef_
    rows = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        row = [round(float(coef[k][j]), 4) for k in range(len(classes))]
        if any(abs(w) >= 0.001 for w in row):
            rows[str(name)] = row
    intercept = [round(float(b), 4) for b in ([0.0, model.intercept_[0]] if binary else model.intercept_)]
    return {"format": FORMAT_VERSION, "classes": classes, "intercept": intercept,
            "weights": dict(sorted(rows.items())), "modes": {t: modes[t] for t in sorted(modes) if t in classes}}


def write_model(out: Path, weights: dict, threshold: float, cv: dict, sets: list[str]) -> Path:
    """Writes event_typer.json and its card event_typer.yaml; returns the card."""
    out.mkdir(parents=True, exist_ok=True)
    data = (json.dumps(weights, separators=(",", ":"), sort_keys=False) + "\n").encode("utf-8")
    (out / "event_typer.json").write_bytes(data)
    best, base = cv["best"], cv["rules_only"]
    card = out / "event_typer.yaml"
    card.write_text(
        "# The learned event-type corrector's card (bench/train_event_typer.py writes it; never edit by hand).\n"
        f"version: '{VERSION}'\nweights: event_typer.json\nsha256: {hashlib.sha256(data).hexdigest()}\n"
        f"threshold: {threshold}\nC: {best['c']}\ntrained_on: [{', '.join(sets)}]\n"
        f"cv_by_document: {{folds: {FOLDS}, rules_only_typed_f1: {base['f1']}, with_typer_typed_f1: {best['f1']}, "
        f"changed: {best.get('changed', 0)}, to_gold: {best.get('to_gold', 0)}, "
        f"from_gold: {best.get('from_gold', 0)}}}\n", encoding="utf-8")
    return card


def train(docs: list[dict], out: Path, sets: list[str]) -> dict:
    """Cross-validates, fits the final model on every labelled row and writes it; returns the cross-validation."""
    if len({r["label"] for r in labelled(docs)}) < 2:
        raise SystemExit("fewer than two gold types among the events matched: nothing to learn")
    cv = cross_validate(docs)
    best = cv["best"]
    c = best["c"] or C_GRID[-1]
    threshold = best["threshold"] if best["c"] is not None else 1.0    # nothing beat the rules: never re-types
    rows = labelled(docs)
    vec, model = _fit(rows, c)
    declared = {t: set(m) for t, m in load_lexicon().modes.items()}
    write_model(out, weights_json(vec, model, mode_table(rows, declared)), threshold, cv, sets)
    return cv


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, action="append", help="a gold set (a folder or a gold file); repeatable")
    parser.add_argument("--tuning", action="store_true", help="every tuning set: news-odd, the seed, tuned owndocs")
    parser.add_argument("--news-odd", action="store_true")
    parser.add_argument("--seed", action="store_true")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/foothold/data")
    parser.add_argument("--rows", type=Path, help="also write the collected documents as JSON here")
    parser.add_argument("--load", type=Path, help="read documents written by --rows instead of extracting")
    args = parser.parse_args(argv)
    sets = chosen_sets(args)
    if not sets:
        parser.error("name a set: --dir DIR, --news-odd, --seed or --tuning")
    if args.load:
        docs = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        docs = collect([p for name, path in sets.items() for p in set_files(name, path)])
    if args.rows:
        args.rows.write_text(json.dumps(docs), encoding="utf-8")
    cv = train(docs, args.out, sorted(sets))
    rows = labelled(docs)
    print(json.dumps({"documents": len(docs), "rows": len(rows),
                      "mistyped": sum(r["label"] != r["rule_type"] for r in rows),
                      "rules_only": cv["rules_only"], "best": cv["best"]}, indent=1))
    for g in cv["grid"]:
        print(f"C {g['c']} threshold {g['threshold']}: typed F1 {g['f1']} changed {g['changed']} "
              f"to gold {g['to_gold']} from gold {g['from_gold']}")
    return cv
 

if __name__ == "__main__":
    main(sys.argv[1:])
