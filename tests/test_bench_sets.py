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
    # owndocs2, 3, 5, 7, 8, 12, 16, 20, 22, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43 and 44 were written fresh and later spent; owndocs49 and 50 are the newest measures.
    assert {"owndocs2", "owndocs3", "owndocs5", "owndocs7", "owndocs8", "owndocs12", "owndocs16", "owndocs20", "owndocs22", "owndocs28", "owndocs29", "owndocs30", "owndocs31", "owndocs32", "owndocs33", "owndocs34", "owndocs35", "owndocs36", "owndocs37", "owndocs38", "owndocs39", "owndocs40", "owndocs41", "owndocs42", "owndocs43", "owndocs44"} <= set(sets.TUNED)
    assert {"owndocs45", "owndocs46", "owndocs47", "owndocs48", "owndocs49", "owndocs50"} <= set(sets.FRESH)


def test_a_heading_without_the_mark_is_a_tuning_set(tmp_path):
    (tmp_path / "README.md").write_text("# ownX: a TUNING set\n\nnever tuned on, once.\n", encoding="utf-8")
    assert not sets.is_fresh(tmp_path)
    (tmp_path / "README.md").write_text("# ownX: a fresh set — never tuned on: a measure\n", encoding="utf-8")
    assert sets.is_fresh(tmp_path)


def test_event_loss_refuses_a_fresh_set():
    import event_loss

    with pytest.raises(SystemExit):
        event_loss.set_files("owndocs45", sets.BENCH / "owndocs45")


def test_near_misses_refuses_a_fresh_set():
    import near_misses

    with pytest.raises(SystemExit):
        near_misses.gold_paths("owndocs45")


def test_the_tuning_halves_split_the_tuned_sets_by_number():
    read, check = set(sets.tuning_half("read")), set(sets.tuning_half("check"))
    assert read | check == set(sets.TUNED) and not read & check
    assert "owndocs43" in read and "owndocs44" in check
    assert not (read | check) & set(sets.FRESH)
    with pytest.raises(ValueError):
        sets.tuning_half("fresh")


def test_the_check_half_is_counts_only(monkeypatch):
    import event_loss

    monkeypatch.setattr(sys, "argv", ["event_loss.py", "--tuning-check"])
    with pytest.raises(SystemExit, match="--counts-only"):
        event_loss.chosen_sets(event_loss.set_parser("x", "event").parse_args())
    args = event_loss.set_parser("x", "event").parse_args(["--tuning-check", "--counts-only"])
    assert set(event_loss.chosen_sets(args)) == set(sets.tuning_half("check"))
    args = event_loss.set_parser("x", "event").parse_args(["--tuning-read"])
    assert {"news-odd", "seed"} <= set(event_loss.chosen_sets(args))
