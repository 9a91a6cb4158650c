"""Names cut on unseen text (issue 8, actors17). A body's name opened by another actor's name (actors/led_bodies.py): a state named at the head
of its body ("the United States Department of Defense"), an international body's mission or office with its posting
("the UN Verification Mission in Colombia"). Sentences of our own, from other arenas."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


@pytest.mark.parametrize("text,name,state", [
    ("The United States Department of Energy said the reactor in Ohio would close.",
     "United States Department of Energy", "United States"),
    ("Yesterday the United States Agency for International Development halted its grants to Malawi.",
     "United States Agency for International Development", "United States")])
def test_a_state_before_its_bodys_name_is_one_organisation(tmp_path, text, name, state):
    actors = _actors(tmp_path, text)
    assert actors.get(name) == "organization"
    assert actors.get(state) == "country"          # the state named at the head stays mentioned
    assert not any(n != name and name.endswith(n) for n in actors)


@pytest.mark.parametrize("text,name", [
    ("The UN Verification Mission in Colombia said 40 former rebels had handed in their arms.",
     "UN Verification Mission in Colombia"),
    ("The U.N. Integrated Mission for Timor-Leste reported calm in Dili.", "U.N. Integrated Mission for Timor-Leste"),
    ("The OSCE Special Monitoring Mission to Georgia counted three shelling incidents.",
     "OSCE Special Monitoring Mission to Georgia"),
    ("The EU Delegation to Nepal welcomed the vote.", "EU Delegation to Nepal")])
def test_an_international_bodys_mission_is_named_with_its_posting(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors.get(name) == "organization"
    assert not any(n in actors for n in ("UN", "U.N.", "OSCE", "EU"))


def test_an_international_bodys_office_after_its_acronym_is_one_organisation(tmp_path):
    actors = _actors(tmp_path, "The UN Office for the Coordination of Humanitarian Affairs said the road to Kidal was shut.")
    assert actors.get("UN Office for the Coordination of Humanitarian Affairs") == "organization"
    assert "UN" not in actors


def test_a_body_before_a_head_that_is_no_mission_keeps_its_place_apart(tmp_path):
    # "Office" is a formal head but posts no one: "in Geneva" is where it sits, a place of its own
    actors = _actors(tmp_path, "Staff of the UN Human Rights Office in Geneva said the report was delayed.")
    assert actors.get("Geneva") == "place"


def test_a_state_after_a_possessive_or_inside_a_name_is_not_joined(tmp_path):
    # "Kenya's" is a possessive: the state's body named apart, as the possessive readers have it
    actors = _actors(tmp_path, "Kenya's Ministry of Health said the clinic in Nairobi had closed.")
    assert "Kenya's Ministry of Health" not in actors


# --- a national society named with its own noun (actors/states.StateMentions._national_societies) ---

@pytest.mark.parametrize("text,name", [
    ("Volunteers of the Bangladesh Red Crescent Society reached Cox's Bazar on Friday.", "Bangladesh Red Crescent Society"),
    ("The Kenya Red Cross Society sent tents to Garissa.", "Kenya Red Cross Society")])
def test_a_national_society_keeps_its_society_noun(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors.get(name) == "organization"
    assert " ".join(name.split()[:-1]) not in actors


# --- a body's formal name after a demonym is a surface form (resolve/state_forms.add_formal_body_forms) ---

def _aliases(tmp_path, text: str) -> dict[str, set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: set(a.aliases) for a in run(read_document(path)).actors}


def test_a_demonym_led_body_has_its_formal_name_as_alias(tmp_path):
    aliases = _aliases(tmp_path, "The Kenyan Ministry of Water and Sanitation closed two boreholes near Wajir.")
    assert "Ministry of Water and Sanitation" in aliases["Kenyan Ministry of Water and Sanitation"]


def test_a_formal_name_two_states_bodies_share_is_no_alias(tmp_path):
    aliases = _aliases(tmp_path, "The Peruvian Ministry of Defence and the Chilean Ministry of Defence held talks in Lima.")
    assert "Ministry of Defence" not in aliases["Peruvian Ministry of Defence"]
    assert "Ministry of Defence" not in aliases["Chilean Ministry of Defence"]


# --- a source note's outlet is one actor named whole (actors/cited_outlets.py) ---

@pytest.mark.parametrize("text,outlet,piece", [
    ("Militias shelled the port of Misrata on Monday (Libya Observer, May 9, 2021).", "Libya Observer", "Libya"),
    ("The junta closed the border with Thailand (Myanmar Now, March 2, 2022).", "Myanmar Now", "Myanmar"),
    ("The dam's second filling began in July (Addis Standard, July 20, 2021).", "Addis Standard", "Addis")])
def test_a_cited_outlet_is_one_media_actor(tmp_path, text, outlet, piece):
    actors = _actors(tmp_path, text)
    assert actors.get(outlet) == "media"
    assert piece not in actors


def test_a_state_body_cited_as_a_source_stays_a_body(tmp_path):
    actors = _actors(tmp_path, "Two vessels were blocked at the port (Ministry of Transport, June 4, 2021).")
    assert actors.get("Ministry of Transport") == "organization"


# --- a name joined by a spaced Romance particle (actors/particle_names.py) ---

@pytest.mark.parametrize("text,name,pieces", [
    ("Troops were sent to Santiago de Chile after the riots.", "Santiago de Chile", ("Santiago", "Chile")),
    ("The state utility Electricité du Mali raised its tariffs.", "Electricité du Mali", ("Mali",))])
def test_a_name_joined_by_a_particle_is_one_name(tmp_path, text, name, pieces):
    actors = _actors(tmp_path, text)
    assert actors.get(name) in ("place", "organization")
    assert not any(p in actors for p in pieces)


def test_two_names_joined_by_an_english_word_stay_apart(tmp_path):
    actors = _actors(tmp_path, "Officials from Chile met envoys of Peru in Lima.")
    assert {"Chile", "Peru"} <= set(actors)


# --- a body's name opening with its head noun (actors/head_led_names.py) ---

@pytest.mark.parametrize("text,name", [
    ("The Commission for the Investigation of Abuse of Authority filed the case on Friday.",
     "Commission for the Investigation of Abuse of Authority"),
    ("The Foundation for the Oppressed owns two hotels on the coast.", "Foundation for the Oppressed"),
    ("The Headquarters for the Relief of War Widows paid for the roofs.",
     "Headquarters for the Relief of War Widows")])
def test_a_head_led_name_is_one_organisation(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors.get(name) == "organization"
    assert len([n for n in actors if n in name]) == 1      # no piece of it found apart


def test_a_head_led_phrase_naming_a_place_is_left_to_the_state_readers(tmp_path):
    actors = _actors(tmp_path, "Students of the University of Tirana marched on Friday.")
    assert actors.get("Tirana") in ("place", "country")
    assert "University of Tirana" not in actors
