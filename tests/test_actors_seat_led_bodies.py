"""A body named after its government's seat is one body (issue 8, fixes13; actors/seat_led_bodies.py). Sentences of
our own, from other arenas."""

from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


def test_a_council_named_after_the_seat_is_one_body(tmp_path):
    actors = _actors(tmp_path, "The White House National Security Council condemned the missile test by North "
                               "Korea on Monday.")
    assert actors.get("White House National Security Council") == "organization", actors
    assert "National Security Council" not in actors, actors


def test_the_seat_alone_stays_itself(tmp_path):
    actors = _actors(tmp_path, "The White House said on Monday that it would send envoys to Seoul.")
    assert "White House" in actors, actors
    assert not any(name.startswith("White House ") for name in actors), actors
