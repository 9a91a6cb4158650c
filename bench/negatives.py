"""Probe which candidate events foothold keeps: python bench/negatives.py [FILE] [--show].

Each line of FILE (default bench/negative_sentences.txt, invented one-line sentences in the styles of news
wires, government releases, think-tank reports and encyclopaedias) is either `NEG|reason|sentence`, a
sentence an analyst codes no discrete event in (generic present, background, capability, hypothetical,
question, negated, forecast, purpose, programme, headline, caption, list item, a war or period named,
slogan, aggregate, assessment), or `POS|TYPE|sentence`, a near miss with the same words that reports one
act. The lines are extracted as one wire story (a paragraph each) through the full pipeline. Printed per
reason: negatives left free of any event; then positives with any event, the expected type, and that type
with both a source and a target. `--show` prints every line with what was found.
"""
import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def main(argv: list[str]) -> None:
    show = "--show" in argv
    args = [a for a in argv if a != "--show"]
    path = Path(args[0]) if args else Path(__file__).with_name("negative_sentences.txt")
    rows = [line.split("|", 2) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    text = "source: https://example.org/wire\ntitle: Wire (AFP, 5 May 2005)\n\n" + \
        "\n\n".join(s for *_, s in rows) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        story = Path(tmp) / "wire.txt"
        story.write_text(text, encoding="utf-8")
        events = run(read_document(story)).to_format()["events"]
    starts = [(text.index(e["evidence"]), e) for e in events]
    neg = defaultdict(lambda: [0, 0])                 # reason -> lines, free of events
    pos = [0, 0, 0, 0]                                # lines, any, type, type with both sides
    at = 0
    for kind, label, sentence in rows:
        start = text.index(sentence, at)
        end = at = start + len(sentence)
        got = [(e["type"], e["source"], e["target"]) for s, e in starts if start <= s < end]
        if kind == "NEG":
            neg[label][0] += 1
            neg[label][1] += not got
            mark = "OK" if not got else "xx"
        else:
            typed = any(t == label for t, _, _ in got)
            pos[0] += 1
            pos[1] += bool(got)
            pos[2] += typed
            pos[3] += any(t == label and s and g for t, s, g in got)
            mark = "OK" if typed else "ty" if got else "--"
        if show:
            print(mark, kind, label.ljust(12), sentence[:90], "=>", got)
    print("negatives by reason: lines, free of any event")
    for label in sorted(neg):
        print(f"  {label.ljust(13)} {neg[label][0]:>4} {neg[label][1]:>4}")
    lines, free = (sum(c[k] for c in neg.values()) for k in (0, 1))
    print(f"negatives {lines}: free of any event {free}; "
          f"positives {pos[0]}: any event {pos[1]}, expected type {pos[2]}, with source and target {pos[3]}")


if __name__ == "__main__":
    main(sys.argv[1:])
