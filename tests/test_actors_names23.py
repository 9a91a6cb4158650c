"""Actors missing under ties and events, actors23 (issue 8): patronymics, places before a title, holders after a
posting phrase, body heads, family names the dictionaries list as outlets, courtesy styles. Sentences and names of
our own, from other arenas."""

from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.resolve.surname_keys import surname_keys


def _run(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path))


def _actors(tmp_path: Path, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.type, tuple(sorted(a.aliases))) for a in _run(tmp_path, text).actors}


def test_a_patronymic_last_word_is_no_surname():
    assert surname_keys("Hamdan bin Zayed") == {"bin zayed"}
    assert surname_keys("Basma bint Talal") == {"bint talal"}
    assert "maktoum" in surname_keys("Mohammed bin Rashid Al Maktoum")
    assert surname_keys("Hassan Rouhani") == {"rouhani"}


def test_the_father_named_by_a_title_stays_apart_from_the_son(tmp_path):
    actors = _actors(tmp_path, "The minister thanked Sheikh Zayed and Crown Prince Hamdan bin Zayed for the grant. "
                               "Zayed later opened the bridge.")
    son = actors.get("Hamdan bin Zayed", ("", ()))
    assert son[0] == "person"
    assert not any("Zayed" == a or a.endswith(" Zayed") and "bin" not in a for a in son[1])
    assert any(name != "Hamdan bin Zayed" and "Zayed" in name for name in actors)


def test_a_province_before_its_premier_is_a_place(tmp_path):
    actors = _actors(tmp_path, "Several leaders objected. Manitoba Premier Heather Stefanson said the rules were "
                               "unfair. Quebec Premier Francois Legault backed the plan.")
    assert actors.get("Manitoba", ("",))[0] == "place"
    assert actors.get("Quebec", ("",))[0] == "place"
    assert actors.get("Heather Stefanson", ("",))[0] == "person"


def test_a_state_before_a_lower_case_governor_is_a_place(tmp_path):
    actors = _actors(tmp_path, "Kano governor Abba Yusuf ordered the markets closed on Monday.")
    assert actors.get("Kano", ("",))[0] == "place"
    assert actors.get("Abba Yusuf", ("",))[0] == "person"


def test_a_portfolio_region_after_the_title_word_stays_no_place(tmp_path):
    actors = _actors(tmp_path, "Minister for the Pacific Jane Doe visited Suva on Monday.")
    assert "Pacific" not in actors


def test_a_body_before_a_governor_is_no_place(tmp_path):
    actors = _actors(tmp_path, "Central Bank Governor Ali Allaq met Deputy Governor Ammar Khalaf in Baghdad.")
    assert actors.get("Central Bank", ("",))[0] != "place"
    assert "Deputy" not in actors


def test_the_holder_after_a_posting_phrase_is_a_person_no_region(tmp_path):
    actors = _actors(tmp_path, "The Qatari ambassador in Amman, Abdulrahman al-Mutawa, said the talks would go on.")
    assert actors.get("Amman", ("", ()))[0] == "place"
    assert not any("Mutawa" in a for a in actors["Amman"][1])
    assert actors.get("Abdulrahman al-Mutawa", ("",))[0] == "person"


def test_a_place_and_its_region_still_join(tmp_path):
    actors = _actors(tmp_path, "The convoy was attacked near Deir ez-Zor, Syria, on Tuesday.")
    assert not any(t == "person" for t, _ in actors.values())


def test_a_media_cell_and_a_party_youth_wing_are_bodies(tmp_path):
    actors = _actors(tmp_path, "The Crisis Media Cell said two drones were downed. Members of the Peronist Youth "
                               "marched to the square.")
    assert actors.get("Crisis Media Cell", ("",))[0] == "organization"
    assert actors.get("Peronist Youth", ("",))[0] == "organization"


def test_a_listed_article_name_closing_a_titled_name_is_a_family_name(tmp_path):
    # the dictionaries list a newspaper "Al-Sabah"; here it closes a minister's name
    actors = _actors(tmp_path, "The Minister of Oil, Sheikh Dr. Fahad Al-Sabah, told the assembly that output "
                               "would rise.")
    assert actors.get("Fahad Al-Sabah", ("",))[0] == "person"
    assert not any(t == "media" for t, _ in actors.values())


def test_the_newspaper_itself_stays_an_outlet(tmp_path):
    actors = _actors(tmp_path, "The state daily Al-Sabah reported the decision on Sunday.")
    assert any(t == "media" for t, _ in actors.values())


def test_a_courtesy_style_and_post_nominals_are_no_part_of_the_name(tmp_path):
    actors = _actors(tmp_path, "The Rt Hon Jane Marsden MP met the Hon Peter Kale MP in Wellington on Friday.")
    assert actors.get("Jane Marsden", ("",))[0] == "person"
    assert actors.get("Peter Kale", ("",))[0] == "person"



def test_a_body_named_for_a_state_pair_is_named_whole(tmp_path):
    x = _run(tmp_path, "The Chile-Peru Joint Fisheries Commission met in Lima. Ana Ruiz, who chairs the Chile-Peru "
                       "Joint Fisheries Commission, said quotas would fall.")
    actors = {a.name: a.type for a in x.actors}
    assert actors.get("Chile-Peru Joint Fisheries Commission") == "organization"
    assert actors.get("Chile") == "country" and actors.get("Peru") == "country"
    ids = {a.id: a.name for a in x.actors}
    assert not any(r.predicate == "part_of" and ids.get(r.subject) == "Chile-Peru Joint Fisheries Commission"
                   for r in x.relations)


def test_a_demonym_pair_opens_a_missed_body(tmp_path):
    actors = _actors(tmp_path, "Sara Lind, a member of the board of the Joint Swedish-Finnish Chamber of Commerce, "
                               "spoke on Monday.")
    assert actors.get("Joint Swedish-Finnish Chamber of Commerce", ("",))[0] == "organization"


def test_a_prefixed_demonym_inside_a_body_names_no_state(tmp_path):
    actors = _actors(tmp_path, "The Inter-American Development Bank approved a loan to Honduras.")
    assert "United States" not in actors
    assert actors.get("Honduras", ("",))[0] == "country"


def test_an_untagged_name_after_a_company_noun_is_a_company(tmp_path):
    actors = _actors(tmp_path, "Gas will flow under the contracts signed by the Libyan state company Brega. "
                               "The company said output rose.")
    assert actors.get("Brega", ("",))[0] == "organization"


def test_a_fleet_closes_a_body_name(tmp_path):
    actors = _actors(tmp_path, "The Northern Fleet said two frigates had left port. A fleet of lorries waited.")
    assert actors.get("Northern Fleet", ("",))[0] == "organization"


def test_a_body_named_through_a_plural_possessive(tmp_path):
    actors = _actors(tmp_path, "The Ghana Mayors' Forum, chaired by Accra mayor Ama Owusu, met on Monday. Leaders of "
                               "the Miners' Federation walked out.")
    assert actors.get("Ghana Mayors' Forum", ("",))[0] == "organization"
    assert actors.get("Miners' Federation", ("",))[0] == "organization"
    assert actors.get("Accra", ("",))[0] == "place"
