"""Names the actor layer cut or missed (issue 8, actors11): a surname read as a function word, a surname alone after
the full name, a command named with its state's whole force name. Sentences of our own, from other arenas."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _extraction(tmp_path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path))


def _actors(tmp_path, text: str) -> dict[str, str]:
    return {a.name: a.type for a in _extraction(tmp_path, text).actors}


# --- a surname spelt like a function word (surnames.function_word_surname_end) ---

@pytest.mark.parametrize("text,name", [
    ("Tanzanian Speaker Joyce Upon adjourned the house in Dodoma.", "Joyce Upon"),
    ("Kenyan Senate Speaker Grace Along condemned the vote in Nairobi.", "Grace Along"),
    ("Deputy Minister Peter Upon met the delegation in Accra on Friday.", "Peter Upon"),
    ("Governor Ruth Down, who took office in May, visited Harare.", "Ruth Down")])
def test_a_capitalised_function_word_after_a_given_name_is_the_surname(tmp_path, text, name):
    assert _actors(tmp_path, text).get(name) == "person"


@pytest.mark.parametrize("text", [
    "President Ruto, among others, attended the summit in Nairobi.",
    "Ruto Among Leaders At Nairobi Summit"])
def test_no_surname_from_a_lower_case_word_or_a_title_case_headline(tmp_path, text):
    assert not any(n.endswith(("Among", "among")) for n in _actors(tmp_path, text))


# --- a surname alone after the full name (surnames.surnames_again) ---

def test_a_surname_alone_is_a_mention_of_the_one_person_it_ends(tmp_path):
    text = ("Kyrgyz lawmakers elected Sadyr Japarov as acting president on Friday.\n\n"
            "Japarov won the backing of 81 deputies. Protesters called Japarov a usurper.")
    persons = [a for a in _extraction(tmp_path, text).actors if a.type == "person"]
    assert [a.name for a in persons] == ["Sadyr Japarov"]
    starts = {m.start for m in persons[0].mentions}
    assert {text.index("Japarov won"), text.index("Japarov a usurper")} <= starts


def test_a_surname_before_a_noun_or_shared_by_two_people_is_left_alone(tmp_path):
    text = ("Marcela Quintanilla and Jorge Quintanilla met Rodrigo Paredes in Santiago.\n\n"
            "Then Quintanilla won the vote. The Paredes family welcomed it.")
    by_rule = [m.text for a in _extraction(tmp_path, text).actors for m in a.mentions
               if m.label == "rule:surname_again"]
    assert by_rule == []          # two people end with "Quintanilla"; "the Paredes family" is a family


# --- a unit named with its state's whole force name (extending._state_of_force_end, closing_state) ---

def test_a_command_of_a_states_armed_forces_is_one_body_and_the_state_cut_off_by_the_ner_is_mentioned(tmp_path):
    actors = _actors(tmp_path, "Troops of the Southern Command of the Armed Forces of the Philippines clashed with "
                               "rebels in Jolo.")
    assert actors.get("Southern Command of the Armed Forces of the Philippines") == "organization"
    assert actors.get("Philippines") == "country"


def test_a_state_inside_a_body_named_whole_is_no_mention_of_its_own(tmp_path):
    # tuning gold (owndocs4 05): "the National Police of Peru" names no actor Peru
    actors = _actors(tmp_path, "The Western Command of the Armed Forces of Colombia said it killed five rebels.")
    assert actors.get("Western Command of the Armed Forces of Colombia") == "organization"
    assert "Colombia" not in actors


def test_a_generic_force_without_its_state_still_closes_the_name(tmp_path):
    actors = _actors(tmp_path, "The Joint Command of the Armed Forces said the drills would continue.")
    assert actors.get("Joint Command of the Armed Forces") == "organization"


# --- title words whose pair names a body (joining.staff_body, lexicon head_phrases) ---

@pytest.mark.parametrize("text,body", [
    ("The Joint Staff said two drones were shot down over the Baltic.", "Joint Staff"),
    ("Officers of the Naval Staff met in Lisbon on Tuesday.", "Naval Staff"),
    ("The Polish General Staff denied the report from Warsaw.", "Polish General Staff"),
    ("The General Staff of the Armed Forces said the drills near Minsk would continue.",
     "General Staff of the Armed Forces")])
def test_a_staff_named_by_title_words_is_a_body(tmp_path, text, body):
    assert _actors(tmp_path, text).get(body) == "organization"


def test_the_staff_inside_a_chiefs_title_is_no_body(tmp_path):
    actors = _actors(tmp_path, "Chief of the General Staff Pavel Novak inspected troops near Brno.")
    assert not any(name.endswith("Staff") for name in actors)


# --- a government's short form for the state named before (governments.government_short_forms) ---

def test_the_federal_government_after_the_federal_government_of_x_is_x(tmp_path):
    text = ("The Federal Government of Nigeria rejected the report on Monday.\n\n"
            "The Federal Government said it would set up an inquiry in Abuja.")
    actors = {a.name: a for a in _extraction(tmp_path, text).actors}
    assert "Federal Government" not in actors
    assert actors["Nigeria"].type == "country"
    assert "Federal Government" in actors["Nigeria"].aliases


def test_the_government_stays_a_body_when_two_states_are_named_by_their_governments(tmp_path):
    text = ("The Government of Malawi and the Government of Zambia signed the accord in Lusaka.\n\n"
            "The Government said the border would reopen.")
    actors = {a.name: a for a in _extraction(tmp_path, text).actors}
    assert not any("Government" in a.aliases for a in actors.values() if a.type == "country")


# --- a place written with its locating region is a surface form (resolve.within._located_place) ---

def test_a_place_with_its_region_after_a_comma_is_an_alias_of_the_place(tmp_path):
    text = ("The sailor, of Tacoma, Washington, was assigned to Fort Hood, Texas.\n\n"
            "French troops left Bamako, Mali, on Monday.")
    actors = {a.name: a for a in _extraction(tmp_path, text).actors}
    assert "Tacoma, Washington" in actors["Tacoma"].aliases
    assert "Fort Hood, Texas" in actors["Fort Hood"].aliases
    assert "Bamako, Mali" in actors["Bamako"].aliases
    assert actors["Mali"].type == "country"          # a state after the comma stays an actor
