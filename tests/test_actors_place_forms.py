"""Places written with their division noun, after "the city of", or located by their state before an infinitive
(issue 8, actors13): the whole phrase is a surface form of the place (FORMAT.md: every surface form in name +
aliases); a part of a place ("northern Iraq") is not. Sentences of our own, from other arenas."""

from types import SimpleNamespace

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.resolve.place_forms import place_with_noun


def _extraction(tmp_path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path))


def _forms(tmp_path, text: str) -> dict[str, tuple[str, set[str]]]:
    return {a.name: (a.type, set(a.aliases)) for a in _extraction(tmp_path, text).actors}


# --- a place with its division noun or after "the city of" (resolve.place_forms.place_with_noun) ---

@pytest.mark.parametrize("text,name,form", [
    ("Airstrikes hit two villages in Kunduz province on Tuesday, the governor said.", "Kunduz", "Kunduz province"),
    ("Militants attacked a police post in Lamu county on Sunday.", "Lamu", "Lamu county"),
    ("Rebels shelled the city of Goma overnight, killing six civilians.", "Goma", "city of Goma")])
def test_a_place_with_its_noun_is_a_surface_form(tmp_path, text, name, form):
    type_, aliases = _forms(tmp_path, text)[name]
    assert type_ == "place" and form in aliases


def test_a_part_of_a_place_is_no_surface_form(tmp_path):
    forms = _forms(tmp_path, "Drought has hit northern Kenya hardest, the agency said.")
    assert not any("northern Kenya" in aliases for _, aliases in forms.values())


@pytest.mark.parametrize("text,name,expected", [
    ("Kunduz province", "Kunduz", True),
    ("city of Goma", "Goma", True),
    ("Kunduz airport", "Kunduz", False),         # no division noun: a place of its own
    ("mayor of Goma", "Goma", False),            # no place noun before "of"
    ("Kunduz province", "Kabul", False)])
def test_place_with_noun_reads_the_shape(text, name, expected):
    mention = SimpleNamespace(type="place", text=text)
    assert place_with_noun(mention, name, {"city", "town"}) is expected


def test_another_place_of_a_place_is_no_surface_form(tmp_path):
    forms = _forms(tmp_path, "Rockets hit the airport of Goma on Monday, the army said.")
    assert not any("airport of Goma" in aliases for _, aliases in forms.values())


def test_the_kind_nouns_are_read_from_the_lexicon():
    from foothold.extract.dictionary import load_lexicon
    kinds = load_lexicon().place_kind_nouns
    assert {"city", "province"} <= kinds and "airport" not in kinds


def test_a_person_is_never_a_place_form():
    assert not place_with_noun(SimpleNamespace(type="person", text="Goma province"), "Goma", {"city"})


# --- a place located by its state before an infinitive is one place (actors/widening._widen) ---

@pytest.mark.parametrize("text,name,form", [
    ("The battalion flew to Camp Lemonnier, Djibouti to relieve the marines there.",
     "Camp Lemonnier", "Camp Lemonnier, Djibouti"),
    ("Two hundred reservists left for Bagram Airfield, Afghanistan to support the mission.",
     "Bagram Airfield", "Bagram Airfield, Afghanistan")])
def test_a_place_located_before_an_infinitive_is_one_place(tmp_path, text, name, form):
    assert form in _forms(tmp_path, text)[name][1]


def test_a_place_list_before_an_infinitive_stays_two_places(tmp_path):
    forms = _forms(tmp_path, "Envoys flew to Nairobi, Kampala and Kigali to press for a truce.")
    assert {"Nairobi", "Kampala", "Kigali"} <= set(forms)
