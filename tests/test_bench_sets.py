"""bench/sets.py: each self-written set's status (fresh or tuned on) is read from its README heading, once."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import sets  # noqa: E402


def test_every_set_is_fresh_or_tuned_and_never_both():
    names = {p.name for p in sets.own_sets()}
    assert names == set(sets.FRESH) | set(sets.TUNED)
    assert not set(sets.FRESH) & set(sets.TUNED)


def test_spent_sets_are_tuned_and_measure_sets_are_fresh():
    # owndocs2, 3, 5, 7, 8, 12, 16, 20, 22, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41 and 42 were written fresh and later spent; owndocs47 and 48 are the newest measures.
    assert {"owndocs2", "owndocs3", "owndocs5", "owndocs7", "owndocs8", "owndocs12", "owndocs16", "owndocs20", "owndocs22", "owndocs28", "owndocs29", "owndocs30", "owndocs31", "owndocs32", "owndocs33", "owndocs34", "owndocs35", "owndocs36", "owndocs37", "owndocs38", "owndocs39", "owndocs40", "owndocs41", "owndocs42"} <= set(sets.TUNED)
    assert {"owndocs43", "owndocs44", "owndocs45", "owndocs46", "owndocs47", "owndocs48"} <= set(sets.FRESH)


def test_a_heading_without_the_mark_is_a_tuning_set(tmp_path):
    (tmp_path / "README.md").write_text("# ownX: a TUNING set\n\nnever tuned on, once.\n", encoding="utf-8")
    assert not sets.is_fresh(tmp_path)
    (tmp_path / "README.md").write_text("# ownX: a fresh set — never tuned on: a measure\n", encoding="utf-8")
    assert sets.is_fresh(tmp_path)


def test_event_loss_refuses_a_fresh_set():
    import event_loss

    with pytest.raises(SystemExit):
        event_loss.set_files("owndocs43", sets.BENCH / "owndocs43")


def test_near_misses_refuses_a_fresh_set():
    import near_misses

    with pytest.raises(SystemExit):
        near_misses.gold_paths("owndocs43")
