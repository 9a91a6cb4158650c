"""Train the learned relation model (issue 8 §3): PYTHONPATH=src:bench python bench/relmodel_train.py
[collect|fit|all] [--rows FILE] [--out DIR] [--dir DIR ...]

collect  extracts every TUNING document (news-dev odd files, the seed, the bench/sets.py TUNED owndocs sets; never
         news-dev even files nor fresh sets: `event_loss.set_files` refuses them) with the rules only, and writes one
         row per ordered pair of actors named in one sentence: the pair's features (`pair_features.py`), its gold
         predicate through the scorer's actor matching (`match_actors`) or "none", and whether the rules tied the
         pair; plus per document the rules' relations, the gold relations and the actor mapping, for scoring.
fit      cross-validates by document (5 folds, fixed order): a multinomial logistic regression on the rows the rules
         left untied; the threshold is the one that maximises the tuning documents' relation F1 (rules + additions,
         scored as `foothold eval` scores); then fits on every row and writes src/foothold/data/relmodel/.
Deterministic: documents in sorted order, folds by position, lbfgs with a fixed seed, weights rounded.
Needs scikit-learn (training only: the shipped model is read without it).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from event_loss import chosen_sets, set_files
from foothold.analyze.evaluation import document_for
from foothold.eval.score import _score_relations, _span, load_gold, match_actors
from foothold.extract.pipeline import default_components, run_with_context
from foothold.extract.relations.learned import LearnedRelations, admissible
from foothold.extract.relations.learned_model import MODEL_DIR, NONE, write_model
from foothold.extract.relations.lexicon import load_roles
from foothold.extract.relations.pair_features import document_candidates
from foothold.ingest import read_document

VERSION = "1"
FOLDS = 5
THRESHOLDS = [round(0.10 + 0.025 * k, 3) for k in range(35)]     # 0.10 .. 0.95
MIN_COUNT = 2            # a feature seen in fewer rows is dropped (size, and no weight learned from one case)
C = 0.5                  # inverse L2 strength
TRAIN_TIED = False       # learn from the pairs the rules tied too (their shapes), not only from the untied ones


def gold_predicate(g: dict) -> str:
    p = g.get("predicate")
    return p[0] if isinstance(p, list) else str(p)


def rules_only() -> list:
    return [c for c in default_components() if not isinstance(c, LearnedRelations)]


def document_rows(gold_path: Path) -> tuple[list[dict], dict]:
    """One tuning document: its candidate rows and what scoring it needs."""
    gold = load_gold(gold_path)
    document = read_document(document_for(gold_path, gold))
    extraction, ctx = run_with_context(document, components=rules_only())
    pred = extraction.to_format()
    _, to_gold = match_actors(pred.get("actors", []), gold.get("actors", []))
    gold_rel = gold.get("relations", [])
    by_pair, stated = {}, {}
    for g in gold_rel:
        by_pair.setdefault((g["subject"], g["object"]), gold_predicate(g))
        stated.setdefault((g["subject"], g["object"]), []).append(_span(g, document.text))
    idx = ctx.data["relation_index"]
    tied = {frozenset((r["subject"], r["object"])) for r in pred.get("relations", [])}
    name = f"{gold_path.parent.name}/{gold_path.name}"
    rows = []
    for cand in document_candidates(ctx, idx, load_roles()):
        s, o = cand.subject.actor, cand.object.actor
        pair = (to_gold.get(s), to_gold.get(o))
        label = by_pair.get(pair, NONE)
        sentence = idx.original(*cand.span)
        rows.append({"doc": name, "s": s, "o": o, "stype": cand.subject.type, "otype": cand.object.type,
                     "tied": frozenset((s, o)) in tied, "label": label, "features": list(cand.features),
                     "stated": any(sp and sp[0] < sentence[1] and sentence[0] < sp[1] for sp in stated.get(pair, ()))})
    meta = {"doc": name, "mapping": to_gold, "gold": gold_rel,
            "rules": [{"subject": r["subject"], "object": r["object"], "predicate": r["predicate"]}
                      for r in pred.get("relations", [])]}
    return rows, meta


def tuning_gold_files(dirs: list[Path] | None) -> list[Path]:
    """The gold files trained on: the tuning sets, or the folders given (a fixture)."""
    args = argparse.Namespace(tuning=not dirs, news_odd=False, seed=False, dir=dirs)
    files = []
    for name, path in chosen_sets(args).items():
        files.extend(set_files(name, path))
    return sorted(files)


def collect(rows_path: Path, dirs: list[Path] | None) -> None:
    with rows_path.open("w", encoding="utf-8") as out:
        for gold_path in tuning_gold_files(dirs):
            rows, meta = document_rows(gold_path)
            out.write(json.dumps({"meta": meta}) + "\n")
            for row in rows:
                out.write(json.dumps(row) + "\n")


def read_rows(rows_path: Path) -> tuple[list[dict], dict[str, dict]]:
    rows, metas = [], {}
    for line in rows_path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if "meta" in item:
            metas[item["meta"]["doc"]] = item["meta"]
        else:
            rows.append(item)
    return rows, metas


def kept_features(rows: list[dict]) -> set[str]:
    counts = Counter(f for r in rows for f in set(r["features"]))
    return {f for f, n in counts.items() if n >= MIN_COUNT}


def trainable(row: dict) -> bool:
    """A row to learn from: untied (or any, with TRAIN_TIED), and a positive only in a sentence stating it (the
    pair's gold evidence overlaps it): a related pair named together elsewhere teaches nothing either way."""
    return (TRAIN_TIED or not row["tied"]) and (row["label"] == NONE or row.get("stated", True))


def fit(rows: list[dict]):
    """A logistic regression over the rows' features (those seen MIN_COUNT times)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    keep = kept_features(rows)
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r["features"] if f in keep} for r in rows])
    y = [r["label"] for r in rows]
    if len(set(y)) < 2:
        raise SystemExit("no relation among the rows to learn from (every pair is 'none'): try --tied or more sets")
    clf = LogisticRegression(C=C, max_iter=2000, random_state=0)
    clf.fit(x, y)
    return vec, clf


def weights_of(vec, clf) -> tuple[list[str], dict[str, list[float]]]:
    """Per feature one weight per class (the intercept folded into the "bias" feature every pair has)."""
    classes = [str(c) for c in clf.classes_]
    coef = clf.coef_
    if len(classes) == 2:              # binary: sklearn keeps one row; softmax over (0, w) gives the same odds
        coef = [[0.0] * coef.shape[1], list(coef[0])]
        intercept = [0.0, float(clf.intercept_[0])]
    else:
        intercept = [float(v) for v in clf.intercept_]
    names = vec.get_feature_names_out()
    weights = {}
    for j, f in enumerate(names):
        w = [float(coef[k][j]) for k in range(len(classes))]
        if f == "bias":
            w = [a + b for a, b in zip(w, intercept)]
        if max(abs(v) for v in w) >= 1e-3:
            weights[str(f)] = w
    weights.setdefault("bias", intercept)
    return classes, weights


def held_out_scores(rows: list[dict]) -> list[tuple[str, float]]:
    """Each untied row's best predicate and probability from a model fitted without its document's fold."""
    docs = sorted({r["doc"] for r in rows})
    fold_of = {d: k % FOLDS for k, d in enumerate(docs)}
    out: list[tuple[str, float] | None] = [None] * len(rows)
    for k in range(FOLDS):
        train = [r for r in rows if fold_of[r["doc"]] != k and trainable(r)]
        test = [i for i, r in enumerate(rows) if fold_of[r["doc"]] == k and not r["tied"]]
        if not train or not test or len({r["label"] for r in train}) < 2:
            continue
        vec, clf = fit(train)
        probs = clf.predict_proba(vec.transform([{f: 1 for f in rows[i]["features"]} for i in test]))
        classes = list(clf.classes_)
        for i, p in zip(test, probs):
            best = max((c for c in classes if c != NONE), key=lambda c: p[classes.index(c)])
            out[i] = (best, float(p[classes.index(best)]))
    return out


def additions(rows: list[dict], scores: list, threshold: float) -> dict[str, list[dict]]:
    """Per document the relations the component would add at a threshold (best per untied pair)."""
    chosen: dict[tuple, tuple[dict, str, float]] = {}
    for r, sc in zip(rows, scores):
        if sc is None or r["tied"] or sc[1] < threshold or not admissible(sc[0], r["stype"], r["otype"]):
            continue
        key = (r["doc"], frozenset((r["s"], r["o"])))
        if key not in chosen or sc[1] > chosen[key][2]:
            chosen[key] = (r, sc[0], sc[1])
    out: dict[str, list[dict]] = {}
    for (doc, _), (r, predicate, _) in chosen.items():
        out.setdefault(doc, []).append({"subject": r["s"], "object": r["o"], "predicate": predicate})
    return out


def total_f1(metas: dict[str, dict], added: dict[str, list[dict]]) -> tuple[float, float, int, int]:
    """Relations F1 (pairs, typed) over the documents with the additions, and the additions right / made."""
    counts = Counter()
    for doc, meta in metas.items():
        extra = added.get(doc, [])
        pairs, typed = _score_relations(meta["rules"] + extra, meta["gold"], meta["mapping"])
        base, _ = _score_relations(meta["rules"], meta["gold"], meta["mapping"])
        counts.update({"tp": pairs.tp, "fp": pairs.fp, "fn": pairs.fn, "ttp": typed.tp, "tfp": typed.fp,
                       "tfn": typed.fn, "right": pairs.tp - base.tp, "made": len(extra)})
    return f1(counts["tp"], counts["fp"], counts["fn"]), f1(counts["ttp"], counts["tfp"], counts["tfn"]), \
        counts["right"], counts["made"]


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_threshold(rows: list[dict], metas: dict[str, dict]) -> tuple[float, list[str]]:
    """The threshold with the best held-out tuning F1 (the highest of equals), and the sweep as report lines."""
    scores = held_out_scores(rows)
    base = total_f1(metas, {})
    lines = [f"rules only: F1 {base[0]:.4f} typed {base[1]:.4f}"]
    best = (base[0], 1.0)
    for t in THRESHOLDS:
        f, tf, right, made = total_f1(metas, additions(rows, scores, t))
        lines.append(f"threshold {t:.3f}: F1 {f:.4f} typed {tf:.4f} (added {made}, {right} right)")
        if f >= best[0] + 1e-9 or (abs(f - best[0]) < 1e-9 and t > best[1]):
            best = (f, t)
    return best[1], lines


def train(rows_path: Path, out_dir: Path) -> list[str]:
    rows, metas = read_rows(rows_path)
    threshold, lines = choose_threshold(rows, metas)
    untied = [r for r in rows if trainable(r)]
    vec, clf = fit(untied)
    classes, weights = weights_of(vec, clf)
    notes = {"threshold": threshold, "documents": len(metas), "rows": len(untied),
             "positives": sum(r["label"] != NONE for r in untied), "features": len(weights)}
    write_model(out_dir, VERSION, classes, weights, threshold, notes)
    return lines + [f"chosen threshold {threshold}; {notes}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stage", choices=["collect", "fit", "all"], nargs="?", default="all")
    parser.add_argument("--rows", type=Path, default=Path("/tmp/relmodel_rows.jsonl"))
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--tied", action="store_true", help="also learn from the pairs the rules tied")
    parser.add_argument("--c", type=float, default=None, help="inverse L2 strength")
    parser.add_argument("--dir", type=Path, action="append", help="train on these gold folders instead (fixtures)")
    args = parser.parse_args()
    global TRAIN_TIED, C
    TRAIN_TIED, C = args.tied, args.c or C
    if args.stage in ("collect", "all"):
        collect(args.rows, args.dir)
    if args.stage in ("fit", "all"):
        print("\n".join(train(args.rows, args.out)))


if __name__ == "__main__":
    main()
