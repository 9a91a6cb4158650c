"""Probe events on single newswire sentences: python bench/newswire.py [FILE] [--unbound].

Each line of FILE (default bench/newswire_sentences.txt, invented sentences in the style of
PLOVER-coded newswire from other decades and regions) is `TYPE|sentence`. The sentences are
extracted as one wire story (a paragraph each) through the full pipeline; for each the events
whose evidence lies in it are printed, then how many sentences got any event, an event of the
expected type, and one of that type with both a source and a target; then how many events beyond one of
the expected type were found (a precision meter: a sentence may tell two happenings, but most tell one).
With --unbound only the sentences whose expected type was found without both a source and a target
are printed (marked "no source", "no target" or "neither", with the actors named in the sentence that
no event took): the actor-binding failures.
With --half odd (or even) only the odd- (even-) numbered sentences are printed, counting from 1 over the
non-comment lines; the figures of the whole file and of each half are always printed (tune on one half, read
only the other's figures: the gap is the overfitting meter).
"""
import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import sys
import tempfile
from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document

args = sys.argv[1:]
half = args[args.index("--half") + 1] if "--half" in args else None
args = [a for i, a in enumerate(args) if a != "--half" and (i == 0 or args[i - 1] != "--half")]
argv = [a for a in args if a != "--unbound"]
unbound = "--unbound" in args
path = Path(argv[0]) if argv else Path(__file__).with_name("newswire_sentences.txt")
rows = [line.rstrip("\n").split("|", 1) for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")]
text = "source: https://example.org/wire\ntitle: Wire (Reuters, 5 May 1995)\n\n" + "\n\n".join(s for _, s in rows) + "\n"
with tempfile.TemporaryDirectory() as tmp:
    story = Path(tmp) / "wire.txt"
    story.write_text(text, encoding="utf-8")
    extracted = run(read_document(story)).to_format()
    events = extracted["events"]
    spans = [(a["id"], m["start"]) for a in extracted["actors"] for m in a.get("mentions", [])]
counts = {"all": [0, 0, 0, 0], "odd": [0, 0, 0, 0], "even": [0, 0, 0, 0]}
at = 0
for number, (expected, sentence) in enumerate(rows, 1):
    parity = "odd" if number % 2 else "even"
    shown = half in (None, parity)
    start = text.index(sentence, at)
    end = at = start + len(sentence)
    got = [(e["type"], e["source"], e["target"]) for e in events if start <= text.index(e["evidence"]) < end]
    ok = any(t == expected for t, _, _ in got)
    row = (bool(got), ok, any(t == expected and s and g for t, s, g in got), len(got) - ok)  # extra: beyond one
    for key in ("all", parity):
        counts[key] = [c + r for c, r in zip(counts[key], row)]
    if not shown:
        continue
    if not unbound:
        print("OK" if ok else "ty" if got else "--", expected.ljust(9), sentence[:80], "=>", got)
    elif ok and not any(t == expected and s and g for t, s, g in got):
        typed_got = [(s, g) for t, s, g in got if t == expected]
        which = "no target" if any(s for s, _ in typed_got) else "no source" if any(g for _, g in typed_got) else "neither"
        named = sorted({a for a, at in spans if start <= at < end} - {a for _, s, g in got for a in s + g})
        print(which.ljust(9), expected.ljust(9), sentence, "=>", got, "unbound actors:", named)
for key, size in (("all", len(rows)), ("odd", (len(rows) + 1) // 2), ("even", len(rows) // 2)):
    anyhit, typed, both, other = counts[key]
    label = f"{size} sentences" if key == "all" else f"  {key} half, {size} sentences"
    print(f"{label}: any event {anyhit}, expected type {typed}, expected type with source and target {both}; "
          f"extra events {other}")
