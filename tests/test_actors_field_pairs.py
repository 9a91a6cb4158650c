"""A body named for two fields joined by "and" is one name (actors/field_pairs.py). Names of our own, outside the
development texts."""

from pathlib import Path

from foothold.extract.pipeline import run_with_context
from foothold.ingest import read_document


def actor_names(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    extraction, _ = run_with_context(read_document(path))
    return {a["name"] for a in extraction.to_format()["actors"]}


def test_a_body_of_two_fields_is_one_actor(tmp_path):
    names = actor_names(tmp_path, "On Monday the Communications and Media Commission suspended the licence of a "
                                  "television channel in Lusaka, Zambia.\n")
    assert "Communications and Media Commission" in names, names
    assert "Media Commission" not in names and "Communications" not in names, names


def test_two_bodies_joined_by_and_stay_two(tmp_path):
    names = actor_names(tmp_path, "Hamas and the Palestinian Islamic Jihad Movement rejected the plan on Monday.\n")
    assert not any(" and " in n for n in names), names


def test_a_listed_body_after_and_keeps_its_partner(tmp_path):
    names = actor_names(tmp_path, "Amnesty International and Human Rights Watch called for an inquiry.\n")
    assert {"Amnesty International", "Human Rights Watch"} <= names, names
