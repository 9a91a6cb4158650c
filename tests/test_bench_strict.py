"""Scoring scripts run the pipeline strictly: a component that raises must stop a measure, not score its documents as
empty (bench/strict.py)."""
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
SCORING = ["devscore", "owndocs", "event_loss", "relation_loss", "spurious", "newswire", "relation_probe",
           "actor_probe", "negatives", "dating_probe", "type_confusion", "near_misses"]


def test_every_scoring_script_imports_strict():
    for name in SCORING:
        assert "\nimport strict" in (BENCH / f"{name}.py").read_text(), name


def test_strict_turns_a_failing_component_into_an_error(tmp_path):
    code = ("import strict, os\n"
            "from foothold.extract.pipeline import _setup\n"
            "print(os.environ['FOOTHOLD_STRICT'], _setup([], object(), None)[2])\n")
    env = {k: v for k, v in os.environ.items() if k != "FOOTHOLD_STRICT"}
    env["PYTHONPATH"] = os.pathsep.join([str(BENCH), str(BENCH.parent / "src")])
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "True"]
