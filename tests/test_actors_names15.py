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


# --- a titled name's last word that is an English word (actors/cut_people.titled_surname_end) ---

@pytest.mark.parametrize("text,name", [
    ("Minister Grace Akinyi Hope announced the plan in Nairobi.", "Grace Akinyi Hope"),
    ("On 3 May, Major General Peter Gatkuoth Strong, the commander of the 2nd Division, resigned.",
     "Peter Gatkuoth Strong")])
def test_a_titled_name_runs_to_its_comma_or_verb(tmp_path, text, name):
    assert _actors(tmp_path, text)[name][0] == "person"


def test_a_head_word_after_a_titled_name_is_no_surname(tmp_path):
    actors = _actors(tmp_path, "Major General Peter Gatkuoth Brigade, the rebels said, had been routed.")
    assert actors.get("Peter Gatkuoth Brigade", ("",))[0] != "person"


# --- a body's hyphened suffix and its acronym (actors/hyphen_suffixes.py, acronyms.hyphened_definitions) ---

def test_a_hyphened_suffix_belongs_to_the_body_and_its_acronym(tmp_path):
    actors = _actors(tmp_path, "Fighters of the Sudan People's Liberation Movement-in-Opposition (SPLM-IO) attacked "
                               "Nasir. The SPLM-IO denied it.")
    name = "Sudan People's Liberation Movement-in-Opposition"
    assert actors[name][0] == "organization" and "SPLM-IO" in actors[name][1]
    assert "Sudan People's Liberation Movement" not in actors and "SPLM-IO" not in actors


def test_a_hyphened_acronym_after_a_plain_name_defines_nothing(tmp_path):
    actors = _actors(tmp_path, "The Sudan Liberation Movement (SLM-AW) attacked Tawila. The SLM-AW denied it.")
    assert not any("SLM-AW" in aliases for _, aliases in actors.values())


# --- people the NER missed whole, read from a title (actors/titled_names.titled_name_runs) ---

@pytest.mark.parametrize("text,name", [
    ("Chairman Daniel Ole Ng'ang'a announced that 40 members had voted for the motion.", "Daniel Ole Ng'ang'a"),
    ("The ceremony was attended by army chief General Rashed-Ul-Karim, who had backed the transition.",
     "Rashed-Ul-Karim"),
    ("On 4 March the Minister of Territorial Administration, Paul Atanga Nji, said that the curfew would stay.",
     "Paul Atanga Nji"),
    ("The foreign ministry summoned the Russian ambassador in Bamako, Igor Gromyko, on Tuesday.", "Igor Gromyko"),
    ("He was joined by Minister of Livestock Abdirahman Warsame Jibril in Garowe.", "Abdirahman Warsame Jibril")])
def test_a_name_after_a_title_is_a_person(tmp_path, text, name):
    assert _actors(tmp_path, text)[name][0] == "person"


def test_a_name_apposed_after_a_group_noun_is_no_person(tmp_path):
    actors = _actors(tmp_path, "The spokesman of the movement, Ansar Dine, denied the report.")
    assert actors.get("Ansar Dine", ("",))[0] != "person"


# --- a listed person's given name spelt as in an alias before the listed surname (extending._extend_person) ---

def test_a_listed_persons_given_name_in_another_spelling_joins_the_surname(tmp_path):
    actors = _actors(tmp_path, "Moustafa al-Kazimi met the governor of Basra on Monday. Later Mustafa al-Kadhimi flew "
                               "to Erbil.")
    people = {n: aliases for n, (t, aliases) in actors.items() if t == "person"}
    assert len(people) == 1
    name, aliases = next(iter(people.items()))
    assert {"Moustafa al-Kazimi", "Mustafa al-Kadhimi"} <= aliases | {name}


def test_another_given_name_before_a_listed_surname_is_another_person(tmp_path):
    actors = _actors(tmp_path, "Hafez al-Assad ruled Syria for three decades before Bashar al-Assad.")
    assert "Hafez al-Assad" in actors and "Bashar al-Assad" in actors


# --- a lower-case body noun before "of" + a person (extending._extend_of_name), a faith's word before it ---

@pytest.mark.parametrize("text,person", [
    ("The coalition includes the Kurdish party of Hamid Barzinji, which won nine seats in Sulaymaniyah.",
     "Hamid Barzinji"),
    ("Votes came from the Christian party of Elias Haddad and from two independents.", "Elias Haddad")])
def test_a_person_after_a_lower_case_party_is_no_part_of_a_name(tmp_path, text, person):
    actors = _actors(tmp_path, text)
    assert actors[person][0] == "person"
    assert not any(t == "organization" and n.split()[0] in ("Kurdish", "Christian") for n, (t, _) in actors.items())


# --- a country's demonym opening another actor's mention is its surface form (resolve/demonym_forms.py) ---

def test_a_demonym_in_a_title_is_an_alias_of_the_country_named_elsewhere(tmp_path):
    actors = _actors(tmp_path, "Peruvian President Ollanta Humala met rebels on Monday. Later he flew to Lima, and "
                               "Peru's army said it would stop.")
    assert "Peruvian" in actors["Peru"][1]


def test_a_demonym_adds_no_country_of_its_own(tmp_path):
    actors = _actors(tmp_path, "The Peruvian Army's 5th Brigade withdrew from Pichari on Monday. Bolivia protested.")
    assert "Peruvian" not in actors.get("Bolivia", ("", set()))[1]
