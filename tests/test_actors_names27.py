"""Actors missed, cut or false, actors27 (issue 8): a state's formal style written without its name ("the
Islamic Republic", "the Sultanate") is the state the document names in that style. Sentences of our own, from other
arenas."""

from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path: Path, text: str) -> dict[str, tuple[str, list[str]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, list(a.aliases)) for a in run(read_document(path)).actors}


def test_a_bare_style_is_the_state_named_in_the_document(tmp_path):
    actors = _actors(tmp_path, "Oman said its navy had seized the tanker. Officials said the Sultanate would not "
                               "release the crew until the inquiry ended.")
    assert "Sultanate" not in actors
    assert actors["Oman"][0] == "country" and "Sultanate" in actors["Oman"][1]


def test_a_bare_style_whose_full_form_is_in_the_text(tmp_path):
    actors = _actors(tmp_path, "The Kingdom of Morocco and Spain signed the accord. The Kingdom will open two "
                               "crossings.")
    assert "Kingdom" not in actors
    assert actors["Morocco"][0] == "country"


def test_the_islamic_republic_alone_is_iran_where_iran_is_named(tmp_path):
    actors = _actors(tmp_path, "Manila, 3 May. The Philippines accused Iran of seizing its sailors. The foreign "
                               "ministry said the seizure was ordered by the Islamic Republic.")
    assert "Islamic Republic" not in actors
    assert "Islamic Republic" in actors["Iran"][1]


def test_a_style_two_states_share_stays_as_it_was(tmp_path):
    actors = _actors(tmp_path, "Iraq and South Korea signed a trade deal. Officials said the Republic of Iraq and "
                               "the Republic of Korea would meet again.")
    assert actors["Iraq"][0] == "country" and actors["South Korea"][0] == "country"
    assert "Republic" not in actors["Iraq"][1] and "Republic" not in actors["South Korea"][1]


def test_a_body_of_the_republic_keeps_its_whole_name(tmp_path):
    actors = _actors(tmp_path, "The Presidency of the Republic said Iraq would vote.")
    assert actors.get("Presidency of the Republic", ("",))[0] == "organization"
    assert "Republic" not in actors["Iraq"][1]


TITLED = ("source: own writing, analysis (think-tank)\ntitle: {t}\n\n{t}\n\n{body}")


def test_a_name_only_in_a_title_listing_names_is_dropped(tmp_path):
    title = "Salt, Sand and the Coastal Compact: Peru, Chile and the Fisheries Treaty, 2010-2014"
    actors = _actors(tmp_path, TITLED.format(t=title, body="When Peru and Chile agreed in 2010 to share the fishing "
                                             "grounds, few expected the coastal compact to hold."))
    assert not any("Sand" in name or "Compact" in name for name in actors)
    assert actors["Peru"][0] == "country" and actors["Chile"][0] == "country"


def test_surnames_in_a_title_listing_names_stay_the_bodys_people(tmp_path):
    title = "Lima's Quiet Feud: Garcia, Humala and the Governing Bloc, 2006-2011"
    actors = _actors(tmp_path, TITLED.format(t=title, body="When Peru's president, Alan Garcia, took office, the "
                                             "governing bloc held a majority in Congress. Ollanta Humala said the "
                                             "bloc would split."))
    assert "Governing Bloc" not in actors
    assert actors["Alan Garcia"][0] == "person" and "Garcia" in actors["Alan Garcia"][1]
    assert actors["Ollanta Humala"][0] == "person"


def test_a_titled_common_phrase_the_body_writes_in_lower_case_is_no_body(tmp_path):
    title = "Quito's Long Quarrel: Moreno, Correa and the Governing Movement, 2017-2021"
    actors = _actors(tmp_path, TITLED.format(t=title, body="When Lenin Moreno took office in 2017, the governing "
                                             "movement still answered to Rafael Correa. The quarrel split the "
                                             "governing movement within a year."))
    assert "Governing Movement" not in actors
    assert actors["Lenin Moreno"][0] == "person" and actors["Rafael Correa"][0] == "person"


def test_an_untagged_gazetteer_city_after_a_locative_is_a_place(tmp_path):
    actors = _actors(tmp_path, "The exiles have lived in a camp near Durres since 2013.")
    assert actors.get("Durres", ("",))[0] == "place"


def test_no_city_from_a_capitalised_body_after_in(tmp_path):
    actors = _actors(tmp_path, "The Commanders in Chief of the armies met in Parliament on Sunday.")
    assert not any(type_ == "place" for type_, _ in actors.values())
