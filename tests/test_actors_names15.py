"""Names missed, cut or mistyped on unseen text (issue 8, actors15): a body named after a state or place whose name
the dictionary and the NER cut ("the Ghana Ports and Harbours Authority", "Turkey Wealth Fund Holding Company").
Sentences of our own, from other arenas."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path, text: str) -> dict[str, tuple[str, set[str]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, set(a.aliases)) for a in run(read_document(path)).actors}


# --- a body named after a state or place (actors/place_led_bodies.place_led_bodies) ---

@pytest.mark.parametrize("text,name", [
    ("The Ghana Ports and Harbours Authority signed the lease with a Dutch firm on Monday.",
     "Ghana Ports and Harbours Authority"),
    ("The Nepal Electricity and Water Corporation raised tariffs in Kathmandu.", "Nepal Electricity and Water Corporation"),
    ("Turkey Wealth Fund Holding Company bought the remaining stake in the mine.", "Turkey Wealth Fund Holding Company"),
    ("The terminal's other owner, Abu Dhabi Ports Holdings, kept its share.", "Abu Dhabi Ports Holdings")])
def test_a_body_named_after_a_state_or_place_is_one_organisation(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors[name][0] == "organization"
    last_two = " ".join(name.split()[-2:])
    assert not any(n != name and n.endswith(last_two) for n in actors)     # no piece of it found apart


@pytest.mark.parametrize("text,kept", [
    # a state's departments coordinated under one head are not one body named with "and"
    ("The Kenyan Treasury and Foreign Ministry issued a joint note.", "Kenyan Treasury and Foreign Ministry"),
    # a committee's trades joined by "and" are the state's body, not a company's name
    ("The Iraq Security and Defence Committee met in Baghdad.", "Iraq Security and Defence Committee")])
def test_state_bodies_coordinated_with_and_are_not_joined(tmp_path, text, kept):
    assert kept not in _actors(tmp_path, text)


def test_a_state_body_and_a_unit_written_together_stay_apart(tmp_path):
    actors = _actors(tmp_path, "The Chile Navy Third Naval Zone rescued the crew off Punta Arenas.")
    assert "Chile Navy Third Naval Zone" not in actors


def test_a_monitor_is_a_body(tmp_path):
    actors = _actors(tmp_path, "The Andes Displacement Monitor recorded 40 clashes in Cauca in March.")
    assert actors["Andes Displacement Monitor"][0] == "organization"
