"""Actors missing under ties and events, actors24 (issue 8): courtesy styles without a stop, bodies named for what
they fight, bodies named with "for" and their cause, a region inside a body's name, research institutions, a month
after a time preposition opening the sentence. Sentences and names of our own, from other arenas."""

from pathlib import Path

from foothold.extract.actors.anti_bodies import anti_body
from foothold.extract.actors.calendar import date_opening
from foothold.extract.dictionary import load_lexicon
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _run(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path))


def _actors(tmp_path: Path, text: str) -> dict[str, str]:
    return {a.name: a.type for a in _run(tmp_path, text).actors}


def test_mr_without_a_stop_is_a_title_not_a_name(tmp_path):
    actors = _actors(tmp_path, "The Minister of Foreign Affairs, Dr Ana Silva, received the Ambassador of Chile in "
                               "Lusaka, Mr Pedro Alvarado Reyes, this morning.")
    assert actors.get("Pedro Alvarado Reyes") == "person"
    assert not any(name.startswith("Mr ") for name in actors)


def test_a_body_named_for_what_it_fights_is_kept(tmp_path):
    actors = _actors(tmp_path, "Tunde Bakare, head of the Anti-Corruption Commission, said his agency opened cases "
                               "on Monday.")
    assert actors.get("Anti-Corruption Commission") == "organization"
    lexicon = load_lexicon()
    assert anti_body(["Anti-Narcotics", "Force"], lexicon)
    assert not anti_body(["Anti-Western"], lexicon)
    assert not anti_body(["anti-government", "Movement"], lexicon)


def test_a_body_named_with_for_and_its_cause_is_one_name(tmp_path):
    actors = _actors(tmp_path, "Deputy Prime Minister Kofi Mensah, whose Ghana Congress for Democracy has been "
                               "feuding with the president since June, denied any role.")
    assert actors.get("Ghana Congress for Democracy") == "organization"
    assert "Ghana Congress" not in actors


def test_for_before_a_state_or_a_lower_case_word_is_no_part_of_the_name(tmp_path):
    actors = _actors(tmp_path, "The Council for Ukraine met in Kyiv. The Party voted for the first time in May.")
    assert not any(name.startswith("Council for") for name in actors)
    assert not any(name.startswith("Party for") for name in actors)


def test_a_region_inside_a_body_name_stays_in_it(tmp_path):
    actors = _actors(tmp_path, "\"The vote is a warning,\" said Laura Brandt, a researcher at the Stimson Middle "
                               "East Institute.")
    assert actors.get("Stimson Middle East Institute") == "organization"
    assert "Middle East Institute" not in actors


def test_a_demonym_before_a_region_body_is_no_part_of_its_name(tmp_path):
    actors = _actors(tmp_path, "Delegates of the Kurdish Middle East Council met in Erbil.")
    assert not any(name.startswith("Kurdish") for name in actors)


def test_an_institution_is_a_body_not_a_place(tmp_path):
    actors = _actors(tmp_path, "\"The vote is a warning,\" said Laura Brandt, a researcher at the Brookings "
                               "Institution.")
    assert actors.get("Brookings Institution") == "organization"


def test_a_month_after_a_time_preposition_is_no_part_of_a_name():
    text = "In May Erdogan's office welcomed the vote."
    assert date_opening(text, 3, 14) == 4          # "May Erdogan" -> "Erdogan"
    text = "Prime Minister Theresa May said."
    assert date_opening(text, 22, 25) == 0
    assert date_opening("the March 23 Movement", 4, 21) == 0


def test_names_after_an_outlet_noun_are_outlets(tmp_path):
    actors = _actors(tmp_path, "The regulator suspended the licence of the satellite channel Al-Rafidain for a month "
                               "and warned the channels Al-Noor and Dijlah and the radio station Sawt al-Watan over "
                               "the broadcast.")
    for name in ("Al-Rafidain", "Al-Noor", "Dijlah", "Sawt al-Watan"):
        assert actors.get(name) == "media", name


def test_a_comma_after_an_outlet_opens_no_list(tmp_path):
    actors = _actors(tmp_path, "Speaking to the newspaper Kommersant, Ivanov said the daily Vedomosti had erred.")
    assert actors.get("Kommersant") == "media"
    assert actors.get("Vedomosti") == "media"
    assert actors.get("Ivanov") != "media"


def test_names_listed_before_a_plural_place_noun_are_places(tmp_path):
    actors = _actors(tmp_path, "The ministry reopened the Kafr Saba, Tel Amir, Rubaia and Yaroun crossings with "
                               "Lebanon to commercial traffic.")
    for name in ("Kafr Saba", "Tel Amir", "Rubaia", "Yaroun"):
        assert actors.get(name) == "place", name


def test_one_name_after_a_church_style_is_a_person(tmp_path):
    actors = _actors(tmp_path, "Patriarch Daniil, who led the service, and Ilarion wore vests as they were hurried "
                               "inside. The premier praised Daniil and Ilarion for their courage.")
    assert actors.get("Daniil") == "person"
    assert actors.get("Ilarion") == "person"


def test_a_one_word_name_that_votes_or_approves_is_a_body(tmp_path):
    actors = _actors(tmp_path, "Last year the Riigikogu voted to ban the symbols. The government accepted the "
                               "proposal, and the Skupstina approved it on July 16.")
    assert actors.get("Riigikogu") == "organization"
    assert actors.get("Skupstina") == "organization"


def test_a_title_or_a_name_without_the_that_approves_stays_what_it_is(tmp_path):
    actors = _actors(tmp_path, "The Pope approved the plan. Kagame approved the budget on Monday.")
    assert "Pope" not in actors
    assert actors.get("Kagame") == "person"


def test_a_name_with_a_lower_case_class_prefix_is_a_name(tmp_path):
    actors = _actors(tmp_path, "Floods cut the roads to eMalahleni on Monday, and the army sent boats.")
    assert actors.get("eMalahleni") == "place"


def test_a_body_named_with_its_states_formal_style_is_one_body(tmp_path):
    actors = _actors(tmp_path, "Statement by the Presidency of the Republic of Ghana\n\nThe President visited Kumasi "
                               "yesterday. The Presidency of the Republic of South Sudan agreed.")
    assert actors.get("Presidency of the Republic of Ghana") == "organization"
    assert actors.get("Presidency of the Republic of South Sudan") == "organization"
    assert actors.get("Ghana") == "country"


def _aliases(tmp_path: Path, text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in _run(tmp_path, text).actors}


def test_a_body_after_its_states_demonym_is_named_without_it_too(tmp_path):
    aliases = _aliases(tmp_path, "On Monday the Commission received a delegation of the Turkish Customs "
                                 "Administration headed by its chief, Ali Demir. The U.S. Drug Enforcement "
                                 "Administration has sought his arrest. The U.S. Embassy closed.")
    assert "Customs Administration" in aliases.get("Turkish Customs Administration", [])
    assert "Drug Enforcement Administration" in aliases.get("U.S. Drug Enforcement Administration", [])
    assert "Embassy" not in aliases.get("U.S. Embassy", [])


def test_a_body_form_two_states_share_names_neither(tmp_path):
    aliases = _aliases(tmp_path, "The Iraqi Foreign Ministry and the Syrian Foreign Ministry met in Damascus.")
    assert "Foreign Ministry" not in aliases.get("Iraqi Foreign Ministry", [])
    assert "Foreign Ministry" not in aliases.get("Syrian Foreign Ministry", [])


def test_a_name_defined_by_its_initials_is_a_body(tmp_path):
    actors = _actors(tmp_path, "Police arrested leaders of Kuna Yala Unida (KYU) and of Tierra Libre Nacional (TLN) "
                               "on Monday. Crown Prince Mohammed bin Salman (MBS) met the envoy.")
    assert actors.get("Kuna Yala Unida") == "organization"
    assert actors.get("Mohammed bin Salman") == "person"


def test_a_one_word_company_that_says_its_is_a_body(tmp_path):
    actors = _actors(tmp_path, "Sovcomflot called the sanctions unlawful and said its ships would keep sailing. "
                               "Kazatomprom said its output would fall. Tokayev said his government would help.")
    assert actors.get("Sovcomflot") == "organization"
    assert actors.get("Kazatomprom") == "organization"
    assert actors.get("Tokayev") == "person"


def test_a_one_word_name_headed_by_a_person_is_a_body(tmp_path):
    actors = _actors(tmp_path, "Rosneft, headed by Igor Sechin, has shipped crude to the island since 2023.")
    assert actors.get("Rosneft") == "organization"
    assert actors.get("Igor Sechin") == "person"


def test_an_administration_in_a_ministers_title_is_his_portfolio(tmp_path):
    actors = _actors(tmp_path, "On 9 May the Minister of Public Administration, Jean Mbarga Owona, said the strike "
                               "would end.")
    assert actors.get("Jean Mbarga Owona") == "person"
    assert "Public Administration" not in actors
