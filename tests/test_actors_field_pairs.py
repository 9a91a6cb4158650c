"""A body named for two fields joined by "and" is one name (actors/field_pairs.py), and a watchdog's name closes on
"Watch" (lexicon.yaml head_words). Names of our own, outside the development texts."""

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


def test_a_watchdog_named_for_its_region_is_a_body(tmp_path):
    names = actor_names(tmp_path, "West Africa Rights Watch calls on the Guinean authorities to release the "
                                  "detained protesters.\n")
    assert "West Africa Rights Watch" in names and "West Africa" not in names, names
