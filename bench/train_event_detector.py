"""Train the learned event detector (src/foothold/extract/events/learned.py) from the tuning sets, reproducibly.

    PYTHONPATH=src:bench .venv/bin/python bench/train_event_detector.py --tuning [--out src/foothold/data]
    PYTHONPATH=src:bench .venv/bin/python bench/train_event_detector.py --dir FOLDER --out /tmp/model
    PYTHONPATH=src:bench .venv/bin/python bench/train_event_detector.py --tuning-read --out /tmp/model  (the read
        half only: measure the model on the check half, never trained on; --fixed C THRESHOLD keeps settings so
        chosen when retraining on every tuning set)

1. Data: every document of the chosen sets (--tuning: news-dev's odd files, the seed, bench/sets.py TUNED; the
   fresh sets and news-dev's even files are refused) is extracted with the rules only, the learned step collecting
   its candidates (verbs with an actor among their arguments, in clauses where the rules made no event) with their
   features. A candidate is labelled with the PLOVER type of the gold event whose evidence holds it, when the rules'
   events did not match that gold event (FORMAT.md matching); else NONE: adding an event there would gain nothing.
2. Model: scikit-learn's multinomial LogisticRegression (lbfgs: deterministic) on the bags of feature marks (value 1 each).
3. Cross-validation by document (5 folds, documents in sorted order dealt round-robin): for each C, the
   out-of-fold probabilities; the step adds at most the likeliest candidate of a sentence, so each threshold is
   scored by the events F1 the tuning sets would reach (the rules' own tp/fp/fn, plus each added candidate: a
   true positive when it holds a still-missed gold event, counted once per gold event, else a false positive).
   The C and threshold with the best F1 win; the threshold is kept only if it beats the rules alone.
4. The final model is fit on every document, its weights rounded and pruned, written as data/event_detector.json
   beside its card data/event_detector.yaml (version, sha256, threshold, the cross-validation figures).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from foothold.analyze.evaluation import document_for
from foothold.eval.score import _span, load_gold, match_actors, match_events
from foothold.extract.events import EventExtractor
from foothold.extract.events.learned import NAME as LEARNED_NAME
from foothold.extract.events.learned import LearnedStep
from foothold.extract.events.learned_model import FORMAT_VERSION, NONE
from foothold.extract.pipeline import default_components, run_with_context
from foothold.ingest import read_document

from event_loss import chosen_sets, set_files  # noqa: E402  (bench scripts import each other by path)

C_GRID = (0.03, 0.1, 0.3)
THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(15))      # 0.20 .. 0.90
FOLDS = 5
VERSION = "2"


def collecting_components() -> list:
    """The default pipeline whose events component records the learned step's candidates (rules only)."""
    return [EventExtractor(learned=LearnedStep(collect=True)) if c.name == EventExtractor.name else c
            for c in default_components()]


def label_rows(rows: list[dict], gold: dict, pred: dict, text: str) -> tuple[list[dict], dict]:
    """Each candidate row with its label and the gold event it holds; and the rules' tp/fp/fn on the document."""
    _, mapping = match_actors(pred.get("actors", []), gold.get("actors", []))
    gold_events = gold.get("events", [])
    hits, _ = match_events(pred.get("events", []), gold_events, mapping, text)
    matched = set(hits.values())
    spans = [_span(g, text) for g in gold_events]
    parties = [set(g.get("source") or []) | set(g.get("target") or []) for g in gold_events]
    out = []
    for r in rows:
        held = [gi for gi, s in enumerate(spans) if s is not None and s[0] <= r["start"] < s[1] and gi not in matched]
        # the gold event the candidate would hold: one that one of its argument actors takes part in, when any
        shared = [gi for gi in held if any(mapping.get(a) in parties[gi] for a in r.get("actors", []))]
        holder = (shared or held or [None])[0]
        out.append({**r, "label": gold_events[holder]["type"] if holder is not None else NONE, "gold": holder,
                    "shares_actor": bool(shared)})
    typed, _ = match_events(pred.get("events", []), gold_events, mapping, text, typed=True)
    counts = {"tp": len(hits), "fp": len(pred.get("events", [])) - len(hits), "fn": len(gold_events) - len(hits),
              "typed_tp": len(typed)}
    return out, counts


def collect(gold_paths: list[Path], components: list | None = None) -> list[dict]:
    """One record per document: its name, labelled candidate rows and the rules' counts."""
    components = components or collecting_components()
    docs = []
    for gold_path in gold_paths:
        gold = load_gold(gold_path)
        document = read_document(document_for(gold_path, gold))
        extraction, ctx = run_with_context(document, components)
        rows, counts = label_rows(ctx.data.get("learned_rows", []), gold, extraction.to_format(), document.text)
        docs.append({"document": str(gold_path), "rows": rows, "counts": counts})
    return docs


def prepared(docs: list[dict], dense: bool = False, strict: bool = True) -> list[dict]:
    """The documents' rows as the model reads them: with the verb's contextual vector among the features (dense),
    and labelled an event only where the candidate shares an argument actor with the gold event (strict: an added
    event that names none of its parties would not match it). A candidate the step refuses whatever the model says
    (learned.refused: modal, negated, generic, unfactual) is left out."""
    out = []
    for d in docs:
        rows = []
        for r in d["rows"]:
            if r.get("refused"):        # the step never adds it: no row to learn from
                continue
            r = dict(r)
            if dense:
                r["features"] = {**r["features"], **r.get("dense", {})}
            if strict and not r.get("shares_actor", True):
                r["label"], r["gold"] = NONE, None
            rows.append(r)
        out.append({**d, "rows": rows})
    return out


def _vectorizer(docs: list[dict]):
    from sklearn.feature_extraction import DictVectorizer
    vec = DictVectorizer(sparse=True, sort=True)
    vec.fit([r["features"] for d in docs for r in d["rows"]])
    return vec


def _fit(docs: list[dict], c: float):
    from sklearn.linear_model import LogisticRegression
    rows = [r for d in docs for r in d["rows"]]
    vec = _vectorizer(docs)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(vec.transform([r["features"] for r in rows]), [r["label"] for r in rows])
    return vec, model


def _event_probability(vec, model, rows: list[dict]) -> list[float]:
    if not rows:
        return []
    probs = model.predict_proba(vec.transform([r["features"] for r in rows]))
    none = list(model.classes_).index(NONE) if NONE in model.classes_ else None
    return [1.0 - (p[none] if none is not None else 0.0) for p in probs]


def out_of_fold(docs: list[dict], c: float) -> list[list[float]]:
    """For each document, its rows' event probabilities from a model trained on the other folds."""
    probs: list[list[float]] = [[] for _ in docs]
    for k in range(FOLDS):
        train = [d for i, d in enumerate(docs) if i % FOLDS != k]
        if len({r["label"] for d in train for r in d["rows"]}) < 2:
            continue
        vec, model = _fit(train, c)
        for i, d in enumerate(docs):
            if i % FOLDS == k:
                probs[i] = _event_probability(vec, model, d["rows"])
    return probs


def simulated(docs: list[dict], probs: list[list[float]], threshold: float) -> dict:
    """Events tp/fp/fn and F1 once the step adds each sentence's likeliest candidate at or over the threshold."""
    total = Counter()
    for d, p in zip(docs, probs):
        total.update(d["counts"])
        best: dict[int, tuple[float, dict]] = {}
        for r, q in zip(d["rows"], p):
            if q >= threshold and (r["sentence"] not in best or q > best[r["sentence"]][0]):
                best[r["sentence"]] = (q, r)
        found = set()
        for _, r in best.values():
            if r["gold"] is not None and r["gold"] not in found:
                found.add(r["gold"])
                total["tp"] += 1
                total["fn"] -= 1
                total["added_tp"] += 1
            else:
                total["fp"] += 1
                total["added_fp"] += 1
    tp, fp, fn = total["tp"], total["fp"], total["fn"]
    return {"threshold": threshold, "f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0,
            "added_tp": total["added_tp"], "added_fp": total["added_fp"], "tp": tp, "fp": fp, "fn": fn}


def cross_validate(docs: list[dict]) -> dict:
    """The best C and threshold by out-of-fold events F1, with the rules' own F1 beside them."""
    base = simulated(docs, [[0.0] * len(d["rows"]) for d in docs], 1.1)
    best = {"c": None, **base}
    grid = []
    for c in C_GRID:
        probs = out_of_fold(docs, c)
        for t in THRESHOLDS:
            s = {"c": c, **simulated(docs, probs, t)}
            grid.append(s)
            if s["f1"] > best["f1"]:
                best = s
    return {"rules_only": base, "best": best, "grid": grid}


def event_counts(pred: dict, gold: dict, text: str) -> Counter:
    """Events tp/fp/fn and typed tp of one document's extraction (FORMAT.md matching)."""
    _, mapping = match_actors(pred.get("actors", []), gold.get("actors", []))
    events, gold_events = pred.get("events", []), gold.get("events", [])
    hits, _ = match_events(events, gold_events, mapping, text)
    typed, _ = match_events(events, gold_events, mapping, text, typed=True)
    learned = [i for i, e in enumerate(events) if str(e.get("extractor", "")).startswith(LEARNED_NAME)]
    return Counter({"tp": len(hits), "fp": len(events) - len(hits), "fn": len(gold_events) - len(hits),
                    "typed_tp": len(typed), "learned": len(learned), "learned_tp": sum(i in hits for i in learned),
                    "learned_typed_tp": sum(i in typed for i in learned)})


def extracted_cv(docs: list[dict], c: float, threshold: float, work: Path) -> dict:
    """The step as it runs, cross-validated by document: for each fold a model fit on the other folds extracts
    the fold's documents (the rules, then the step through event_for and _place: its skips, argument readers and
    dating), scored against the gold beside the rules alone. Added events that name no party of the gold event or
    miss its date count as they would in the figures."""
    from foothold.extract.events.learned_model import load_detector
    rules, step = Counter(), Counter()
    for k in range(FOLDS):
        train_docs = [d for i, d in enumerate(docs) if i % FOLDS != k]
        held = [d for i, d in enumerate(docs) if i % FOLDS == k]
        if not held or len({r["label"] for d in train_docs for r in d["rows"]}) < 2:
            continue
        vec, model = _fit(train_docs, c)
        folder = work / f"fold{k}"
        card = write_model(folder, weights_json(vec, model), threshold, {"best": {"c": c, "f1": 0.0}, "rules_only": {"f1": 0.0}}, ["fold"])
        load_detector.cache_clear()
        detector = load_detector(str(card))
        components = [EventExtractor(learned=LearnedStep(detector)) if x.name == EventExtractor.name else x
                      for x in default_components()]
        for d in held:
            gold_path = Path(d["document"])
            gold = load_gold(gold_path)
            document = read_document(document_for(gold_path, gold))
            extraction, _ = run_with_context(document, components)
            step.update(event_counts(extraction.to_format(), gold, document.text))
            rules.update({key: d["counts"][key] for key in ("tp", "fp", "fn")})
            rules["typed_tp"] += d["counts"].get("typed_tp", 0)
    load_detector.cache_clear()

    def f1(x: Counter, key: str = "tp") -> float:
        return round(2 * x[key] / (2 * x["tp"] + x["fp"] + x["fn"]), 4) if x["tp"] else 0.0
    return {"rules_only": {**rules, "f1": f1(rules), "typed_f1": f1(rules, "typed_tp")},
            "with_step": {**step, "f1": f1(step), "typed_f1": f1(step, "typed_tp")}}


def weights_json(vec, model) -> dict:
    """The model as data: classes (NONE first), intercept and each feature's weights, rounded, near-zero rows out."""
    classes = list(model.classes_)
    order = [classes.index(NONE)] + [k for k, c in enumerate(classes) if c != NONE]
    coef = model.coef_ if len(classes) > 2 else None
    rows = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        if coef is not None:
            row = [round(float(coef[k][j]), 4) for k in order]
        else:        # binary: one row of log-odds for the second class
            w = round(float(model.coef_[0][j]), 4)
            row = [0.0, w] if classes[1] != NONE else [w, 0.0]
        if any(abs(w) >= 0.001 for w in row):
            rows[str(name)] = row
    if coef is not None:
        intercept = [round(float(model.intercept_[k]), 4) for k in order]
    else:
        b = round(float(model.intercept_[0]), 4)
        intercept = [0.0, b] if classes[1] != NONE else [b, 0.0]
    return {"format": FORMAT_VERSION, "classes": [classes[k] for k in order], "intercept": intercept,
            "weights": dict(sorted(rows.items()))}


def extracted_line(real: dict | None) -> str:
    """The card's line of the step's own cross-validation (extracted_cv), or nothing."""
    if not real:
        return ""
    rules, step = real["rules_only"], real["with_step"]
    return (f"extracted_cv: {{rules_only_f1: {rules['f1']}, with_step_f1: {step['f1']}, rules_typed_f1: "
            f"{rules['typed_f1']}, with_step_typed_f1: {step['typed_f1']}, learned: {step['learned']}, "
            f"learned_tp: {step['learned_tp']}, learned_typed_tp: {step['learned_typed_tp']}}}\n")


def write_model(out: Path, weights: dict, threshold: float, cv: dict, sets: list[str]) -> Path:
    """Writes event_detector.json and its card event_detector.yaml; returns the card."""
    out.mkdir(parents=True, exist_ok=True)
    data = (json.dumps(weights, separators=(",", ":"), sort_keys=False) + "\n").encode("utf-8")
    (out / "event_detector.json").write_bytes(data)
    best, base = cv["best"], cv["rules_only"]
    card = out / "event_detector.yaml"
    card.write_text(
        "# The learned event detector's card (bench/train_event_detector.py writes it; never edit by hand).\n"
        f"version: '{VERSION}'\nweights: event_detector.json\nsha256: {hashlib.sha256(data).hexdigest()}\n"
        f"threshold: {threshold}\nC: {best['c']}\ntrained_on: [{', '.join(sets)}]\n"
        f"cv_by_document: {{folds: {FOLDS}, rules_only_f1: {base['f1']}, with_step_f1: {best['f1']}, "
        f"added_tp: {best.get('added_tp', 0)}, added_fp: {best.get('added_fp', 0)}}}\n"
        + extracted_line(cv.get("extracted")), encoding="utf-8")
    return card


def fixed_cv(docs: list[dict], c: float, threshold: float) -> dict:
    """The cross-validation of a C and threshold chosen beforehand (on another half of the tuning sets): the card
    records its out-of-fold figures on these documents, whatever they would have chosen themselves."""
    base = simulated(docs, [[0.0] * len(d["rows"]) for d in docs], 1.1)
    return {"rules_only": base, "best": {"c": c, **simulated(docs, out_of_fold(docs, c), threshold)}, "grid": []}


def train(docs: list[dict], out: Path, sets: list[str], extracted: Path | None = None,
          fixed: tuple[float, float] | None = None) -> dict:
    """Cross-validates, fits the final model on every document and writes it; returns the cross-validation (with
    the step's own cross-validated figures when a work folder for them is given). ``fixed`` (C, threshold): the
    settings chosen beforehand, kept (their figures still cross-validated) instead of choosing them here."""
    cv = fixed_cv(docs, *fixed) if fixed else cross_validate(docs)
    best = cv["best"]
    c = best["c"] or C_GRID[-1]
    threshold = best["threshold"] if best["c"] is not None else 0.99    # nothing beat the rules: all but off
    if extracted is not None and best["c"] is not None:
        cv["extracted"] = extracted_cv(docs, c, threshold, extracted)
    vec, model = _fit(docs, c)
    write_model(out, weights_json(vec, model), threshold, cv, sets)
    return cv


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, action="append", help="a gold set (a folder or a gold file); repeatable")
    parser.add_argument("--tuning", action="store_true", help="every tuning set: news-odd, the seed, tuned owndocs")
    parser.add_argument("--news-odd", action="store_true")
    parser.add_argument("--seed", action="store_true")
    parser.add_argument("--tuning-read", action="store_true", help="the read half of tuning only (bench/sets.py "
                        "tuning_half): news-odd, the seed and the odd-numbered tuned owndocs sets; the check half "
                        "stays unseen to measure the model on")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/foothold/data")
    parser.add_argument("--rows", type=Path, help="also write the labelled rows as JSON lines here")
    parser.add_argument("--cache", type=Path, help="the collected documents as JSON: read when it exists, else "
                        "written (to train again without extracting again)")
    parser.add_argument("--dense", action="store_true", help="the verb's contextual vector among the features")
    parser.add_argument("--loose", action="store_true", help="label a candidate by the gold event holding it even "
                        "when none of its argument actors is a party of that event")
    parser.add_argument("--extracted-cv", type=Path, metavar="WORKDIR",
                        help="also cross-validate the step as it runs (fold models written "
                        "under WORKDIR extract their held-out documents): its figures go on the card")
    parser.add_argument("--fixed", type=float, nargs=2, metavar=("C", "THRESHOLD"),
                        help="keep this C and threshold (chosen on the read half's cross-validation) instead of "
                        "choosing them on the sets trained on")
    args = parser.parse_args(argv)
    sets = chosen_sets(args)
    if not sets:
        parser.error("name a set: --dir DIR, --news-odd, --seed, --tuning or --tuning-read")
    paths = [p for name, path in sets.items() for p in set_files(name, path)]
    if args.cache is not None and args.cache.is_file():
        docs = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        docs = collect(paths)
        if args.cache is not None:
            args.cache.write_text(json.dumps(docs), encoding="utf-8")
    docs = prepared(docs, dense=args.dense, strict=not args.loose)
    if args.rows:
        with args.rows.open("w", encoding="utf-8") as fh:
            for d in docs:
                for r in d["rows"]:
                    fh.write(json.dumps({"document": d["document"], **r}) + "\n")
    cv = train(docs, args.out, sorted(sets), args.extracted_cv, tuple(args.fixed) if args.fixed else None)
    labels = Counter(r["label"] for d in docs for r in d["rows"])
    print(json.dumps({"documents": len(docs), "rows": sum(labels.values()), "labels": dict(labels.most_common()),
                      "rules_only": cv["rules_only"], "best": cv["best"], "extracted": cv.get("extracted")}, indent=1))
    return cv


if __name__ == "__main__":
    main(sys.argv[1:])
