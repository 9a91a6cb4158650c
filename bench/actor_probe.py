"""Probe actors on single wire sentences: python bench/actor_probe.py [FILE] [--show].

Each line of FILE (default bench/actor_sentences.txt: invented one-line reports from other arenas
and decades, written before the actor rules they check) is `sentence || Name|Alias=type; ... || ?Name; ...`:
the actors an analyst would code (FORMAT.md conventions) and names that may be found or not.
Each sentence is extracted as its own document through the full pipeline; its actors are matched
as FORMAT.md scores them (any name or alias equal after `normalise_name`; a second actor matching
the same expected one is an unmerged duplicate). Prints actor precision, recall, F1 and typed F1
over all sentences, and with --show every miss, wrong type and spurious actor.
"""
import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import sys
import tempfile
from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.resolve.names import normalise_name

args = [a for a in sys.argv[1:] if not a.startswith("--")]
show = "--show" in sys.argv
path = Path(args[0]) if args else Path(__file__).with_name("actor_sentences.txt")


def parse(line: str):
    parts = [p.strip() for p in line.split("||")]
    expected, optional = [], set()
    for field in parts[1:]:
        for item in (i.strip() for i in field.split(";")):
            if not item:
                continue
            if item.startswith("?"):
                optional.add(normalise_name(item[1:]))
            else:
                names, type_ = item.rsplit("=", 1)
                expected.append(({normalise_name(n) for n in names.split("|")}, type_.strip(), names.split("|")[0]))
    return parts[0], expected, optional


rows = [parse(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
tp = typed = fp = n_gold = 0
with tempfile.TemporaryDirectory() as tmp:
    for k, (sentence, expected, optional) in enumerate(rows):
        story = Path(tmp) / f"s{k}.txt"
        story.write_text(sentence + "\n", encoding="utf-8")
        actors = run(read_document(story)).to_format()["actors"]
        n_gold += len(expected)
        used, notes = set(), []
        for a in actors:
            keys = {normalise_name(n) for n in [a["name"], *a.get("aliases", [])]}
            hit = next((j for j, (names, _, _) in enumerate(expected) if names & keys), None)
            if hit is None or hit in used:
                if not (keys & optional) or hit in used:
                    fp += 1
                    notes.append(f"spurious {a['name']!r}:{a['type']}" + (" (duplicate)" if hit in used else ""))
                continue
            used.add(hit)
            tp += 1
            if a["type"] == expected[hit][1]:
                typed += 1
            else:
                notes.append(f"type {a['name']!r}: {a['type']} (expected {expected[hit][1]})")
        notes += [f"missed {expected[j][2]!r}:{expected[j][1]}" for j in range(len(expected)) if j not in used]
        if show and notes:
            print(sentence[:90], "\n    " + "\n    ".join(notes))


def f1(hits: int) -> float:
    p = hits / (tp + fp) if tp + fp else 0.0
    r = hits / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


print(f"{len(rows)} sentences, {n_gold} expected actors: found {tp}, right type {typed}, spurious {fp}; "
      f"F1 {f1(tp):.3f}, typed F1 {f1(typed):.3f}")
