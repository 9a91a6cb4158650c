"""Names missed, cut or mistyped on unseen text (issue 8, actors14): a person the NER typed as a body after a title
whose phrase runs on over the body served ("the X envoy to NATO, Y,"); a body's long formal name ("the Election
Observation Mission of the European Union to X"); a listed actor's own form inside a longer mention ("Anbar
province") and a body's name without its owning state ("Iran's Foreign Ministry") as surface forms. Sentences of
our own, from other arenas."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.resolve.entry_forms import entry_forms_inside
from foothold.resolve.state_forms import body_without_state


def _actors(tmp_path, text: str) -> dict[str, tuple[str, set[str]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, set(a.aliases)) for a in run(read_document(path)).actors}


# --- a person after "<title> to/at <body>," (actors/envoys.after_serving_title) ---

@pytest.mark.parametrize("text,name", [
    ("The Ghanaian envoy to the UN, Nikki Hale, rejected the draft in New York.", "Nikki Hale"),
    ("Last week the Chilean delegate to the OAS, Nikki Hale, walked out.", "Nikki Hale")])
def test_a_name_apposed_to_a_serving_title_is_a_person(tmp_path, text, name):
    assert _actors(tmp_path, text)[name][0] == "person"


def test_a_body_apposed_after_a_body_stays_a_body(tmp_path):
    actors = _actors(tmp_path, "Troops of the Eastern Command, the Special Forces Brigade, entered Kidal.")
    assert all(t != "person" for n, (t, _) in actors.items() if "Brigade" in n)


# --- a body's long formal name (actors/formal_names.formal_names) ---

@pytest.mark.parametrize("text,name", [
    ("The Election Observation Mission of the European Union to Malawi said the count in Lilongwe was orderly.",
     "Election Observation Mission of the European Union to Malawi"),
    ("The Office of the United Nations High Commissioner for Human Rights said 40 civilians died in Darfur.",
     "Office of the United Nations High Commissioner for Human Rights"),
    ("The Permanent Mission of Brazil to the United Nations circulated the letter on Tuesday.",
     "Permanent Mission of Brazil to the United Nations"),
    ("The Special Monitoring Mission of the OSCE to Ukraine reported shelling near Avdiivka.",
     "Special Monitoring Mission of the OSCE to Ukraine")])
def test_a_long_formal_name_is_one_body(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors[name][0] == "organization"
    inner = {"European Union", "Malawi", "United Nations", "Brazil", "OSCE", "Ukraine"}
    assert not inner & set(actors)        # named only inside the body's formal name: no actor of its own


def test_an_office_of_one_body_is_its_unit(tmp_path):
    actors = _actors(tmp_path, "In June the Human Rights Office of the African Union Mission in Somalia documented "
                               "nine attacks.")
    assert "Human Rights Office" in actors and not any(n.startswith("Human Rights Office of") for n in actors)


def test_a_formal_name_without_its_article_is_left_to_the_ner(tmp_path):
    actors = _actors(tmp_path, "Officials of Brazil met at the UN on Tuesday, and Mission staff of France left.")
    assert not any(n.startswith("Mission") for n in actors)


def test_the_short_form_of_a_formal_name_acts_for_it(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("The Election Observation Mission of the European Union to Malawi observed the vote in "
                    "Lilongwe. The mission asks the Electoral Commission to publish the results.\n", encoding="utf-8")
    x = run(read_document(path))
    mission = next(a.id for a in x.actors if a.name.startswith("Election Observation Mission"))
    assert any(mission in e.source for e in x.events)


# --- surface forms: an entry's form inside a mention, a body without its state (resolve) ---

def test_an_entrys_form_inside_a_mention_is_an_alias(tmp_path):
    type_, aliases = _actors(tmp_path, "Three rockets struck a base in Anbar province on Monday.")["Anbar province"]
    assert type_ == "place" and "Anbar" in aliases


def test_a_body_without_its_state_is_an_alias(tmp_path):
    actors = _actors(tmp_path, "The Self-Defense Forces of Japan scrambled jets over Okinawa.")
    assert "Self-Defense Forces" in actors["Self-Defense Forces of Japan"][1]


@pytest.mark.parametrize("texts,forms,expected", [
    (["Anbar province"], ["Anbar", "al-Anbar"], ["Anbar"]),
    (["U.S. State Department"], ["State Department", "U.S. State Department"], ["State Department"]),
    (["Anbarite Party"], ["Anbar"], []),          # a word's part is no form
    (["the UN mission"], ["UN"], [])])            # too short to say anything
def test_entry_forms_inside_reads_whole_words_at_an_edge(texts, forms, expected):
    assert entry_forms_inside(texts, forms) == expected


@pytest.mark.parametrize("text,expected", [
    ("Iran's Foreign Ministry", "Foreign Ministry"),
    ("Self-Defense Forces of Japan", "Self-Defense Forces"),
    ("Japan's Prime Minister", None),              # no body's head word
    ("Bank of Kenya", None),                       # one word left
    ("Office of Foreign Assets Control", None)])   # no state after "of"
def test_body_without_state_reads_the_owner(text, expected):
    states = {"Iran", "Japan", "Kenya"}
    assert body_without_state(text, states.__contains__, {"Ministry", "Forces", "Bank", "Office"}.__contains__) == expected


# --- a last name the NER tagged apart, a leader's hyphened surname, "Chief Observer" (actors/cut_people.py) ---

@pytest.mark.parametrize("text,name", [
    ("On 4 May, Foreign Minister Shah Mahmood Qureshi said the attack had been planned abroad.", "Shah Mahmood Qureshi"),
    ("On 2 May, Foreign Minister Choe Son Hui met her counterpart in Beijing.", "Choe Son Hui")])
def test_a_last_name_tagged_apart_joins_the_person(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors[name][0] == "person" and name.split()[-1] not in actors


def test_a_leaders_hyphened_surname_is_split_off_whole(tmp_path):
    actors = _actors(tmp_path, "The cabinet, backed by the National Unity Government of Saleh al-Tamimi, "
                               "condemned the detentions.")
    assert actors["Saleh al-Tamimi"][0] == "person"
    assert not any(n.endswith("of Saleh") for n in actors)


def test_a_known_word_after_a_person_stays_out_of_the_name(tmp_path):
    actors = _actors(tmp_path, "On Monday Foreign Minister Amina Yusuf Kenya said the talks failed.")
    assert "Amina Yusuf Kenya" not in actors      # a listed state is no surname


def test_chief_observer_is_a_title(tmp_path):
    actors = _actors(tmp_path, "Chief Observer Anna Keller presented the mission's statement in Lilongwe.")
    assert actors["Anna Keller"][0] == "person"
    assert "Observer Research Foundation" in _actors(tmp_path, "The Observer Research Foundation in New Delhi "
                                                               "published the study.")


# --- a person called later by a particle surname or a middle name (resolve/surname_keys.py) ---

@pytest.mark.parametrize("text,name,alone", [
    ("The commander, Major General Ricardo Del Monte, was informed. \"We call for calm,\" General Del Monte said.",
     "Ricardo Del Monte", "Del Monte"),
    ("The region's leader, Abdirahman Cirro Irro, signed the accord on Monday. Cirro said the deal would stand.",
     "Abdirahman Cirro Irro", "Cirro")])
def test_a_person_called_by_part_of_the_name_is_one_actor(tmp_path, text, name, alone):
    actors = _actors(tmp_path, text)
    assert alone in actors[name][1] and alone not in actors


def test_a_middle_name_two_people_share_merges_neither(tmp_path):
    actors = _actors(tmp_path, "Abdirahman Cirro Irro met Hassan Cirro Yusuf in Hargeisa. Cirro said talks would go on.")
    assert "Cirro" not in actors["Abdirahman Cirro Irro"][1] and "Cirro" not in actors["Hassan Cirro Yusuf"][1]


@pytest.mark.parametrize("name,keys", [
    ("Stefano Del Col", {"col", "del col"}),
    ("Muse Bihi Abdi", {"abdi", "bihi"}),
    ("Kenneth F. McKenzie Jr.", {"mckenzie"}),
    ("Hassan Sheikh Mohamud", {"mohamud"}),          # a title word is no middle name
    ("Lai Ching-te", {"ching te", "lai"}),            # a family name written first
    ("Choe Son Hui", {"hui", "son", "choe"}),
    ("Abu Bakr Ali", {"ali", "bakr", "abu bakr"}),   # a kunya ("Abu X") is also a name its bearer goes by alone (actors26)
    ("Bihi", set())])
def test_surname_keys(name, keys):
    from foothold.resolve.surname_keys import other_name_keys, surname_keys
    assert surname_keys(name) | other_name_keys(name, {"Sheikh"}) == keys


def test_a_last_name_outranks_a_family_name_written_first(tmp_path):
    actors = _actors(tmp_path, "Mayor Alice Guo, also known as Guo Hua Ping, fled abroad. Guo denied the charges.")
    assert "Guo" not in actors


def test_a_family_name_written_first_is_the_one_called_alone(tmp_path):
    actors = _actors(tmp_path, "Taiwan's leader Lai Ching-te visited Kaohsiung on Monday. Lai said the drills "
                               "would not intimidate the island.")
    assert "Lai" in actors["Lai Ching-te"][1] and "Lai" not in actors
