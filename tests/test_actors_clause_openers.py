"""A sentence-opening subordinator is no part of the name after it (actors/clause_openers.py, evargs9). Own
sentences (Horn of Africa, Andes)."""

from foothold.extract.actors.clause_openers import trim_openers


def _trim(text: str, name: str, type_: str = "organization") -> str:
    start = text.index(name)
    found = [[start, start + len(name), type_, "ner", start, start + len(name)]]
    trim_openers(text, found)
    return text[found[0][0]:found[0][1]]


def test_when_the_body_loses_the_opener():
    text = "When the Intergovernmental Authority on Development ended its mission, Kenya stayed."
    assert _trim(text, "When the Intergovernmental Authority on Development") == \
        "Intergovernmental Authority on Development"


def test_after_a_person_loses_the_opener():
    text = "After Rosa Mamani resigned, the party split."
    assert _trim(text, "After Rosa Mamani", "person") == "Rosa Mamani"


def test_names_without_an_opener_and_places_are_left():
    text = "Asunción Party leaders met. When the Andes froze, trade stopped."
    assert _trim(text, "Asunción Party") == "Asunción Party"
    assert _trim(text, "When the Andes", "place") == "When the Andes"
    text = "As well as the others, they left."
    assert _trim(text, "As well") == "As well"           # no capitalised word after: left
