"""Probe event dates on invented wire paragraphs: python bench/dating_probe.py [FILE].

Each line of FILE (default bench/dating_sentences.txt) is `EXPECTED|TYPE|paragraph`; the paragraphs are
extracted as one wire story dated by its title credit, and the last event of TYPE told in each paragraph
must carry the EXPECTED date (ISO to the precision told, or "null"). Prints each line, then the count right.
"""
import strict  # noqa: F401 - a failing component stops the measure (bench/strict.py)
import sys
import tempfile
from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("dating_sentences.txt")
rows = [line.split("|", 2) for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")]
text = "source: https://example.org/wire\ntitle: Wire (Reuters, 5 May 1995)\n\n" + "\n\n".join(p for *_, p in rows) + "\n"
with tempfile.TemporaryDirectory() as tmp:
    story = Path(tmp) / "wire.txt"
    story.write_text(text, encoding="utf-8")
    events = run(read_document(story)).to_format()["events"]
right = 0
at = 0
for expected, etype, paragraph in rows:
    start = text.index(paragraph, at)
    end = at = start + len(paragraph)
    told = [e for e in events if e["type"] == etype and start <= text.index(e["evidence"]) < end]
    got = (told[-1].get("date") or "null") if told else "no event"
    right += got == expected
    print("OK" if got == expected else "--", expected.ljust(10), str(got).ljust(10), paragraph[:90])
print(f"{len(rows)} paragraphs: date right {right}")
