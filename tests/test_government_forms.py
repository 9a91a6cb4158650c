"""resolve/government_forms.py: "the Government of X" is a surface form of state X (actors30)."""

import tempfile
from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.resolve.government_forms import government_form


def actors_of(sentence: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.txt"
        path.write_text(sentence + "\n", encoding="utf-8")
        return {a["name"]: a for a in run(read_document(path)).to_format()["actors"]}


def test_capitalised_government_of_a_state_is_its_name():
    assert government_form("Government of Chile", "country")
    assert government_form("the Federal Government of Somalia", "country")
    assert government_form("Government of the Republic of Palau", "country")
    assert not government_form("government of Chile", "country")          # a group phrase, not a name
    assert not government_form("Government of National Accord", "organization")
    assert not government_form("Chile", "country")


def test_government_of_form_is_kept_as_the_states_alias():
    actors = actors_of("Tuvalu thanked the Government of Chile and the Government of Peru for their offers of "
                       "help after the storm.")
    assert "Government of Chile" in actors["Chile"]["aliases"]
    assert "Government of Peru" in actors["Peru"]["aliases"]
    assert actors["Chile"]["type"] == "country"
