"""The same text gives the same extraction, in the same order, in every process: Python salts the hash of strings per
process (PYTHONHASHSEED), so a set of actor ids iterated while building relations or events would order them
differently from one run to the next (found on a news text: "partnered to fight violence linked to A and B")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# A sentence of the shape that showed it: the partner shares the hostility of the purpose, towards three groups.
PARTNERS_FIGHT = ("The failed coup comes with consequences for Chad, with whom France has partnered to fight "
                  "terrorist violence linked to Boko Haram, al-Shabaab and the Islamic State.\n")

SCRIPT = """
import json, sys
from foothold.extract.pipeline import run
from foothold.ingest import read_document
print(json.dumps([run(read_document(p)).to_format() for p in sys.argv[1:]], sort_keys=True, default=str))
"""


def extract_in_process(paths: list[Path], seed: int) -> list[dict]:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    out = subprocess.run([sys.executable, "-c", SCRIPT, *map(str, paths)], env=env, capture_output=True,
                         text=True, check=True, cwd=REPO)
    return json.loads(out.stdout)


def test_extraction_order_does_not_depend_on_the_hash_seed(tmp_path):
    text = tmp_path / "partners.txt"
    text.write_text(PARTNERS_FIGHT, encoding="utf-8")
    paths = [text, *sorted((REPO / "samples").iterdir())]
    runs = [extract_in_process(paths, seed) for seed in (1, 2, 3)]
    opposes = [(r["subject"], r["object"]) for r in runs[0][0]["relations"] if r["predicate"] == "opposes"]
    assert len({o for s, o in opposes if s == "chad"}) == 3, opposes   # the shape is read: Chad opposes all three
    for other in runs[1:]:
        for first, again, path in zip(runs[0], other, paths):
            assert again == first, f"{path.name}: extraction differs between PYTHONHASHSEED runs"
