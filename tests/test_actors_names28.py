"""Actors missed, cut or false, actors28 (issue 8): a body's of-phrase naming two fields whole, an agreement named
with its subject no actor, a name the NER tagged as a law closed by a body's head word, councillors' titles.
Sentences of our own, from other arenas."""

from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path: Path, text: str) -> dict[str, tuple[str, list[str]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, list(a.aliases)) for a in run(read_document(path)).actors}


def test_a_second_field_of_several_words_closes_the_bodys_name(tmp_path):
    actors = _actors(tmp_path, "On Monday Kenya's Ministry of Higher Education and Scientific Research suspended "
                               "the licences of three colleges.")
    assert actors["Ministry of Higher Education and Scientific Research"][0] == "organization"
    assert "Scientific Research" not in actors and "Ministry of Higher Education" not in actors


def test_a_commission_on_two_fields_with_a_plural_possessive(tmp_path):
    actors = _actors(tmp_path, "The opposition said it would take the complaint to the Inter-Regional Commission "
                               "on Human and Peoples' Rights next month.")
    assert any(name.endswith("Commission on Human and Peoples' Rights") for name in actors)
    assert "Peoples' Rights" not in actors


def test_a_second_body_after_and_stays_apart(tmp_path):
    actors = _actors(tmp_path, "Officials of the Ministry of Health and the Kenya Red Cross met in Nairobi.")
    assert "Ministry of Health" in actors and actors["Ministry of Health"][0] == "organization"
    assert not any(name.startswith("Ministry of Health and") for name in actors)


def test_an_agreement_named_with_its_subject_is_no_actor(tmp_path):
    actors = _actors(tmp_path, "Paraguay applied on Friday to join the Regional and Inclusive Agreement for "
                               "Andean Digital Trade, officials in Asuncion said.")
    assert not any("Agreement" in name for name in actors)
    assert actors["Paraguay"][0] == "country"


def test_a_covenant_and_a_pact_are_no_actors(tmp_path):
    actors = _actors(tmp_path, "The two chiefs met at Lautoka and signed the Vatuwaqa Covenant. Years later the "
                               "Baltic Pact was forgotten.")
    assert not any("Covenant" in name or "Pact" in name for name in actors)


def test_a_treaty_organisation_stays_a_body(tmp_path):
    actors = _actors(tmp_path, "The Southeast Asia Treaty Organization met in Bangkok.")
    assert actors["Southeast Asia Treaty Organization"][0] == "organization"


def test_a_centre_the_ner_tagged_as_a_law_is_a_body(tmp_path):
    actors = _actors(tmp_path, "The Indigenous Rights Law Centre filed a complaint against the company.")
    assert actors["Indigenous Rights Law Centre"][0] == "organization"


def test_a_councillors_title_is_no_part_of_the_name(tmp_path):
    actors = _actors(tmp_path, "The envoy met Japanese State Councillor Hiroshi Tanabe in Osaka on Monday.")
    assert "Hiroshi Tanabe" in actors and actors["Hiroshi Tanabe"][0] == "person"
    assert not any(name.startswith(("State", "Councillor")) for name in actors)


def test_untagged_names_before_a_plural_landmark_noun_are_places(tmp_path):
    actors = _actors(tmp_path, "Farmers asked the ministry to release water from the Ghazir and Nahrawan reservoirs "
                               "before the harvest.")
    assert actors["Ghazir"][0] == "place" and actors["Nahrawan"][0] == "place"


def test_an_untagged_name_before_a_modified_landmark_noun_is_a_place(tmp_path):
    actors = _actors(tmp_path, "The two states agreed to share the revenue of the Coral Dawn gas fields.")
    assert actors["Coral Dawn"][0] == "place"


def test_a_mine_named_before_its_ore_and_noun_is_a_place(tmp_path):
    actors = _actors(tmp_path, "The Kamoto copper mine, closed since 2015, reopened under a new owner.")
    assert actors["Kamoto"][0] == "place"


def test_a_one_word_english_name_before_a_landmark_noun_is_not_read(tmp_path):
    actors = _actors(tmp_path, "Pilgrims from Karachi visited the Sunni and Shia shrines of the old town.")
    assert "Sunni" not in actors and "Shia" not in actors


def test_a_crossing_named_for_a_pilgrim_coordinated_with_another(tmp_path):
    actors = _actors(tmp_path, "Ankara asked Baghdad to reopen the Haji Sabri and Zerdeshtkan crossings to trucks. "
                               "Customs officers met at the Haji Sabri crossing on Monday.")
    assert actors["Haji Sabri"][0] == "place"
    assert "Sabri" not in actors


def test_a_name_an_apposition_calls_a_news_site_is_an_outlet(tmp_path):
    actors = _actors(tmp_path, "Observers doubted the count. Andes.report, a news site run by exiles in Spain, said "
                               "that soldiers had been told how to vote.")
    assert actors["Andes.report"][0] == "media"


def test_a_name_an_apposition_calls_a_newspaper_is_an_outlet(tmp_path):
    actors = _actors(tmp_path, "The minister spoke to Kaleidoscope, an online newspaper, on Monday.")
    assert actors["Kaleidoscope"][0] == "media"


def test_a_person_described_by_a_newspaper_trade_stays_a_person(tmp_path):
    actors = _actors(tmp_path, "Police in Lagos arrested Chidi Okafor, a newspaper editor, on Monday.")
    assert actors["Chidi Okafor"][0] == "person"


def test_a_bodys_outlet_is_not_the_body_its_acronym_opens(tmp_path):
    actors = _actors(tmp_path, "A UN rapporteur urged Laos to free the activists (UN News, June 3, 2021).")
    assert actors["UN News"][0] == "media"
    assert "UN" not in actors["UN News"][1]


def test_a_name_apposed_after_a_states_possessive_title_is_a_person(tmp_path):
    actors = _actors(tmp_path, "Fiji's Minister for Rural Development and the Maritime Zones, Tevita Naqasima, said "
                               "Suva had approved the aid.")
    assert actors["Tevita Naqasima"][0] == "person"


def test_a_high_commissioners_apposed_name_is_a_person(tmp_path):
    actors = _actors(tmp_path, "Samoa's High Commissioner to New Zealand, Losa Fa'asalele, appealed for calm.")
    assert actors["Losa Fa'asalele"][0] == "person"


def test_a_name_the_ner_took_for_a_place_after_a_company_noun_is_the_company(tmp_path):
    actors = _actors(tmp_path, "The government authorised the Swedish company Norrvik to build a paper mill on the "
                               "river.")
    assert actors["Norrvik"][0] == "organization"


def test_a_listed_city_after_a_company_noun_is_not_read(tmp_path):
    actors = _actors(tmp_path, "The firm Tokyo Electric said the plant was safe. Officials in Tokyo agreed.")
    assert actors.get("Tokyo", ("place",))[0] == "place"


def test_the_governments_of_two_states_are_the_two_states(tmp_path):
    actors = _actors(tmp_path, "The Ministry thanks the Governments of Ghana and Togo for their support.")
    assert actors["Ghana"][0] == "country" and actors["Togo"][0] == "country"
    assert not any("Governments" in name for name in actors)
