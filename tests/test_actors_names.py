"""Names the actor layer cut, split or mistyped on unseen text (issue 8, actors8): each rule with sentences of our own."""

import pytest

from foothold.extract.dictionary import DictionaryError, load_lexicon
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _types(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


def test_a_name_after_the_article_is_a_body_not_a_person(tmp_path):
    # the NER reads "Jananayaga Kachchi" as a person and leaves the first two words out
    types = _types(tmp_path, "The Eelam Makkal Jananayaga Kachchi won seats in Vavuniya.")
    assert types.get("Eelam Makkal Jananayaga Kachchi") == "organization"
    assert not any(t == "person" for t in types.values())


def test_a_region_after_the_article_stays_a_place(tmp_path):
    types = _types(tmp_path, "Refugees came from the Bekaa and from the south.")
    assert types.get("Bekaa") != "organization"


@pytest.mark.parametrize("text,unit", [
    ("Algeria's 4th Military Region moved armour to the border.", "4th Military Region"),
    ("The Eastern Military District of Russia held drills.", "Eastern Military District")])
def test_a_military_region_or_district_is_a_command(tmp_path, text, unit):
    assert _types(tmp_path, text).get(unit) == "organization"


def test_head_phrases_type_names_and_are_validated(tmp_path):
    lexicon = load_lexicon()
    assert lexicon.type_by_head("the 2nd Military Region") == "organization"
    assert lexicon.type_by_head("the Kivu Region") == "place"
    (tmp_path / "lexicon.yaml").write_text("version: 1\nhead_words: {organization: [Corps]}\n"
                                          "head_phrases: {organization: [Region]}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="two words"):
        load_lexicon.__wrapped__(str(tmp_path))


@pytest.mark.parametrize("text,body", [
    ("The 1977 Martyrs Brigades claimed the ambush.", "1977 Martyrs Brigades"),
    ("Members of the 2006 Freedom Movement marched in Tbilisi.", "2006 Freedom Movement")])
def test_a_year_opening_a_groups_name_is_part_of_it(tmp_path, text, body):
    assert _types(tmp_path, text).get(body) == "organization"


def test_an_election_year_before_a_party_stays_a_date(tmp_path):
    types = _types(tmp_path, "The 2019 Labour Party campaign failed.")
    assert not any(name.startswith("2019") for name in types)


@pytest.mark.parametrize("text,body,person", [
    ("The Military Council of Yahya Jammeh ruled Gambia.", "Military Council", "Yahya Jammeh"),
    ("The Republican Guard of Ousmane Kouyate surrounded the palace.", "Republican Guard", "Ousmane Kouyate")])
def test_a_body_named_with_its_leader_is_two_names(tmp_path, text, body, person):
    types = _types(tmp_path, text)
    assert types.get(body) == "organization" and types.get(person) == "person"


def test_a_body_of_a_people_or_state_keeps_its_name(tmp_path):
    types = _types(tmp_path, "The Liberation Front of Oromo Youth met in Nairobi. The Federal Government of Kenya replied.")
    assert not any(t == "person" for t in types.values())


def test_a_name_before_a_lower_case_bloc_is_a_group(tmp_path):
    types = _types(tmp_path, "Deputies of the Dawn bloc and the Renewal bloc walked out of the session.")
    assert types.get("Dawn") == "organization" and types.get("Renewal") == "organization"


def test_a_city_named_for_its_state_is_the_city(tmp_path):
    types = _types(tmp_path, "The delegation flew from Port Sudan to Djibouti.")
    assert types.get("Port Sudan") == "place" and "Sudan" not in types


def test_a_group_in_a_place_named_with_its_noun_keeps_its_own_name(tmp_path):
    types = _types(tmp_path, "The Islamic State in the Hamrin valley ambushed a patrol.")
    assert types.get("Islamic State") == "organization"
    assert not any(name.startswith("Islamic State in") for name in types)


def test_a_spelled_ordinal_opens_a_units_name(tmp_path):
    types = _types(tmp_path, "Soldiers of the Ninth Motorised Brigade crossed the river.")
    assert types.get("Ninth Motorised Brigade") == "organization"


def test_a_states_name_opening_a_transliterated_party_name_is_part_of_it(tmp_path):
    types = _types(tmp_path, "Leaders of the Sri Lanka Mahajana Eksath Peramuna met in Kandy.")
    assert types.get("Sri Lanka Mahajana Eksath Peramuna") == "organization"
    assert not any(t == "person" for t in types.values())


def test_a_name_apposed_after_a_lower_case_body_noun_is_the_body(tmp_path):
    types = _types(tmp_path, "He was supported by the largest party, Lanka Sama Samaja, in parliament.")
    assert types.get("Lanka Sama Samaja") == "organization"


def test_a_name_after_a_title_closed_by_a_body_noun_stays_a_person(tmp_path):
    types = _types(tmp_path, "In May the new Lebanese Commander of the Armed Forces, Rodolphe Haykal, visited Paris.")
    assert types.get("Rodolphe Haykal") == "person"


@pytest.mark.parametrize("text,body", [
    ("The Party of Justice and Prosperity won in Chisinau.", "Party of Justice and Prosperity"),
    ("The Movement of Renewal and Solidarity led the vote.", "Movement of Renewal and Solidarity")])
def test_an_of_complement_joined_by_and_is_part_of_the_name(tmp_path, text, body):
    assert _types(tmp_path, text).get(body) == "organization"


def test_a_known_actor_after_and_is_no_part_of_a_name(tmp_path):
    types = _types(tmp_path, "The Ministry of Defence and Hezbollah clashed over the port.")
    assert types.get("Ministry of Defence") == "organization" and types.get("Hezbollah") == "organization"


def test_a_name_apposed_after_a_spokesmans_body_is_the_spokesman(tmp_path):
    types = _types(tmp_path, "A spokesman for the Ghanaian army, Kwame Mensah, denied the report.")
    assert types.get("Kwame Mensah") == "person"
