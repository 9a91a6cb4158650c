"""A body whose own name says it is a resistance, rebel or opposition group is no part of the state its demonym
names (irq21, relations/part_of.non_state_force, roles.yaml `non_state_words`). Sentences are our own."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _part_of(tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(r["subject"], r["object"]) for r in run(read_document(path)).to_format()["relations"]
            if r["predicate"] == "part_of"]


@pytest.mark.parametrize("text", [
    "On 10 May the Afghan Resistance Coordination Council, which groups several factions, announced a truce.",
    "On 10 May the Iraqi Resistance Coordination Committee, which groups several factions, announced a truce."])
def test_a_resistance_named_body_is_no_state_body(tmp_path, text):
    assert _part_of(tmp_path, text) == []


def test_a_state_body_named_with_its_demonym_stays_the_states(tmp_path):
    assert ("iraqi_army", "iraq") in _part_of(tmp_path, "The Iraqi Army retook the town on Monday.")
