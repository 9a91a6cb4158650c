"""Probe relations on single wire sentences: python bench/relation_probe.py [FILE] [--show].

Each line of FILE (default bench/relation_sentences.txt: invented one-line reports from other arenas
and decades, written before the relation rules they check) is
`sentence || Subject|Alias > predicate > Object|Alias; ... || ?A > B; ...`: the relations an analyst
would code (FORMAT.md and news-dev conventions; "a/b" accepts either predicate) and pairs that may be
found or not (either direction). Each sentence is extracted as its own document through the full
pipeline; a relation matches an expected one when its subject and object actors each carry one of the
expected names (after `normalise_name`), as FORMAT.md scores pairs, and typed when its predicate is
accepted too. Prints pair and typed precision, recall, F1, and with --show every miss and spurious relation.
"""
import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import sys
import tempfile
from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.resolve.names import normalise_name

SENTENCES = Path(__file__).with_name("relation_sentences.txt")


def names(field: str) -> set[str]:
    return {normalise_name(n) for n in field.split("|") if n.strip()}


def parse(line: str):
    parts = [p.strip() for p in line.split("||")]
    expected, optional = [], []
    for field in parts[1:]:
        for item in (i.strip() for i in field.split(";")):
            if not item:
                continue
            if item.startswith("?"):
                a, b = item[1:].split(">")
                optional.append((names(a), names(b)))
            else:
                subject, predicate, object_ = item.split(">")
                expected.append((names(subject), set(predicate.strip().split("/")), names(object_), item))
    return parts[0], expected, optional


def score(rows):
    """(pairs found, typed found, spurious, expected, per-sentence notes) over parsed rows."""
    tp = typed = fp = n_gold = 0
    notes_all = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (sentence, expected, optional) in enumerate(rows):
            story = Path(tmp) / f"s{k}.txt"
            story.write_text(sentence + "\n", encoding="utf-8")
            out = run(read_document(story)).to_format()
            keys = {a["id"]: {normalise_name(n) for n in [a["name"], *a.get("aliases", [])]} for a in out["actors"]}
            label = {a["id"]: a["name"] for a in out["actors"]}
            n_gold += len(expected)
            used, notes = set(), []
            for r in out["relations"]:
                s, o = keys.get(r["subject"], set()), keys.get(r["object"], set())
                told = f"{label.get(r['subject'])} {r['predicate']} {label.get(r['object'])}"
                hit = next((j for j, (es, _, eo, _) in enumerate(expected) if j not in used and es & s and eo & o), None)
                if hit is None:
                    if not any((a & s and b & o) or (a & o and b & s) for a, b in optional):
                        fp += 1
                        notes.append(f"spurious {told}")
                    continue
                used.add(hit)
                tp += 1
                if r["predicate"] in expected[hit][1]:
                    typed += 1
                else:
                    notes.append(f"predicate {told} (expected {expected[hit][3]})")
            notes += [f"missed {expected[j][3]}" for j in range(len(expected)) if j not in used]
            notes_all.append((sentence, notes))
    return tp, typed, fp, n_gold, notes_all


def f1(hits: int, found: int, gold: int) -> float:
    p = hits / found if found else 0.0
    r = hits / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def rows_of(path: Path = SENTENCES) -> list:
    return [parse(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    rows = rows_of(Path(args[0]) if args else SENTENCES)
    tp, typed, fp, n_gold, notes_all = score(rows)
    if show:
        for sentence, notes in notes_all:
            if notes:
                print(sentence[:100], "\n    " + "\n    ".join(notes))
    print(f"{len(rows)} sentences, {n_gold} expected relations: found {tp}, right predicate {typed}, spurious {fp}; "
          f"P {tp / (tp + fp) if tp + fp else 0:.3f} R {tp / n_gold if n_gold else 0:.3f} "
          f"F1 {f1(tp, tp + fp, n_gold):.3f}, typed F1 {f1(typed, tp + fp, n_gold):.3f}")


if __name__ == "__main__":
    main()
