"""Actor names on unseen text, actors19 (issue 8): a compass word opening a body's name (actors/compass_names.py),
"the State of X" as the state (actors/state_styles.py), head words of railways, rifles regiments and monitoring
desks (lexicon.yaml `head_words_added`). Sentences and names of our own, from other arenas."""

import pytest

from foothold.extract.actors.compass_names import compass_names
from foothold.extract.dictionary import load_lexicon
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


def _aliases(tmp_path, text: str) -> dict[str, tuple[str, ...]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: tuple(sorted(a.aliases)) for a in run(read_document(path)).actors}


def test_a_compass_word_opens_the_body_found_after_it(tmp_path):
    actors = _actors(tmp_path, "The Northern Kenya Pastoralists Watch counted four raids on herders near Marsabit "
                               "in March.")
    assert actors.get("Northern Kenya Pastoralists Watch") == "organization"
    assert "Northern" not in actors


def test_the_compass_join_unit_keeps_other_pieces():
    text = "the Southern Bolivia Water Council met. The Eastern bloc"
    found = [[4, 12, "organization", "ner:ORG", 4, 12], [13, 34, "organization", "ner:ORG", 13, 34]]
    added = []
    compass_names(text, found, lambda cs, ce, t, label: added.append((text[cs:ce], t)))
    assert added == [("Southern Bolivia Water Council", "organization")]
    assert found == []


def test_a_lone_compass_word_paired_by_and_is_no_actor(tmp_path):
    actors = _actors(tmp_path, "Poland invited the trade ministers of Central and Eastern European countries to "
                               "Warsaw in June.")
    assert "Central" not in actors
    assert "Poland" in actors


def test_a_compass_word_needs_the_article(tmp_path):
    text = "Southern Chad Herders Union"
    found = [[9, 27, "organization", "ner:ORG", 9, 27]]
    compass_names(text, found, lambda *a: pytest.fail("joined without 'the'"))
    assert found == [[9, 27, "organization", "ner:ORG", 9, 27]]


def test_the_state_of_a_country_is_the_country(tmp_path):
    aliases = _aliases(tmp_path, "The Ministry of Foreign Affairs of the State of Qatar welcomed the truce. Qatar "
                                 "said the talks would go on in Doha.")
    assert "Qatar" in aliases
    assert "State of Qatar" in aliases["Qatar"]
    assert "State of Qatar" not in aliases


def test_the_style_needs_a_country_and_the_bare_article(tmp_path):
    actors = _actors(tmp_path, "The Islamic State of Iraq claimed the bombing in Mosul on Friday.")
    assert actors.get("Iraq") is None or actors.get("Iraq") == "country"
    assert "State of Iraq" not in actors


@pytest.mark.parametrize("text,name", [
    ("Kenya Railways suspended the night train to Mombasa after the floods.", "Kenya Railways"),
    ("The army and the Royal Gurkha Rifles moved into the valley on Monday.", "Royal Gurkha Rifles"),
    ("The Andes Rights Desk documented twelve arrests of students in Cusco.", "Andes Rights Desk")])
def test_added_head_words_close_a_body(tmp_path, text, name):
    assert _actors(tmp_path, text).get(name) == "organization"


def test_added_head_words_are_merged_into_the_lexicon():
    heads = load_lexicon().head_words
    assert heads.get("Railway") == "organization" and heads.get("Desk") == "organization"
    assert heads.get("Army") == "organization"      # the flow lists are still read


def test_a_holders_initial_after_a_portfolio_leaves_no_body(tmp_path):
    actors = _actors(tmp_path, "Nepal asked for help, and External Affairs Minister K. Ranawat flew to Kathmandu "
                               "on Monday.")
    assert "External Affairs" not in actors
    assert actors.get("K. Ranawat") == "person"


def test_a_company_named_after_its_noun_is_one_body(tmp_path):
    actors = _actors(tmp_path, "Peru fined the Lima-based airline Sky Cusco for overbooking. Sky Cusco said it "
                               "would appeal. Tourists flew to Cusco anyway.")
    assert actors.get("Sky Cusco") == "organization"
    assert actors.get("Cusco") == "place"      # the city named on its own stays


def test_a_company_run_crossing_another_body_is_left(tmp_path):
    from foothold.extract.actors.named_companies import _replace
    found = [[0, 12, "organization", "ner:ORG", 0, 12]]
    assert not _replace(found, 4, 20, lambda *a: pytest.fail("replaced a body"))


def test_a_body_named_after_its_kind_noun(tmp_path):
    actors = _actors(tmp_path, "Members of the opposition alliance Sema Kweli Sasa marched in Nairobi.")
    assert actors.get("Sema Kweli Sasa") == "organization"


def test_a_run_with_a_title_word_after_a_kind_noun_is_no_body(tmp_path):
    actors = _actors(tmp_path, "The party Secretary General Tomas Ruiz spoke in Quito.")
    assert not any(name.startswith("Secretary General") and t == "organization" for name, t in actors.items())


def test_a_hyphened_word_before_a_head_word_stays_in_the_name(tmp_path):
    actors = _actors(tmp_path, "The Malawi Cross-Party Forum, a platform of churches and unions, called for a "
                               "recount.")
    assert actors.get("Malawi Cross-Party Forum") == "organization"


def test_a_place_before_a_particle_and_an_untagged_word_is_one_place():
    from foothold.extract.actors.particle_names import particle_names
    text = "a farm near Bajo del Pinar in Salta and near Bajo de Pablo Suarez"
    found = [[12, 16, "place", "ner:GPE", 12, 16], [30, 35, "place", "ner:GPE", 30, 35],
             [45, 49, "place", "ner:GPE", 45, 49]]
    particle_names(text, found, lambda *a: pytest.fail("joined two pieces"))
    assert [text[f[0]:f[1]] for f in found] == ["Bajo del Pinar", "Salta", "Bajo"]   # two words after: left


def test_places_listed_before_and_the_are_apart(tmp_path):
    actors = _actors(tmp_path, "Aircraft carried the detainees between Tripoli, Benghazi and the Egyptian city of "
                               "Alexandria on Friday.")
    assert "Tripoli, Benghazi" not in actors
    assert actors.get("Tripoli") == "place" and actors.get("Benghazi") == "place"


def test_a_place_and_its_region_stay_one_before_a_common_phrase(tmp_path):
    actors = _actors(tmp_path, "Troops entered Palmyra, Syria and the surrounding desert on Monday.")
    assert "Palmyra, Syria" in actors or "Palmyra" in actors


def test_a_name_apposed_to_a_capitalised_title_of_a_state_is_a_persons():
    from foothold.extract.actors.envoys import after_serving_title
    from foothold.extract.actors.people import PERSON_NOUNS_ALL
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("The National Security Adviser of Kenya, Monica Juma, met the delegation in Accra.")
    start = next(t.i for t in doc if t.text == "Monica")
    assert after_serving_title(doc, doc[start:start + 2], PERSON_NOUNS_ALL)


@pytest.mark.parametrize("words,role", [
    (["National", "Security", "Adviser", "of", "Kenya"], True),
    (["Special", "Envoy", "of", "the", "UN"], True),
    (["Ministry", "of", "Defence"], False),
    (["Friends", "of", "Syria"], False),
    (["Directorate", "General", "of", "Customs"], False)])
def test_a_title_of_a_state_is_a_role(words, role):
    from foothold.extract.actors.classify import _titled_holder_of
    assert _titled_holder_of(words, load_lexicon()) is role


def test_a_name_left_and_apposed_to_a_calling_stays_a_person(tmp_path):
    actors = _actors(tmp_path, "The coup leaves Tomas Berdimuk, an opposition politician freed from jail last week, "
                               "in charge of the country.")
    assert actors.get("Tomas Berdimuk") == "person"


def test_a_service_after_a_states_service_and_and_is_a_body(tmp_path):
    actors = _actors(tmp_path, "Patrol boats approached two U.S. Navy and Coast Guard cutters off Somalia.")
    assert actors.get("Coast Guard") == "organization"


def test_a_portfolio_after_a_title_stays_no_body(tmp_path):
    actors = _actors(tmp_path, "The Minister of Labour and Social Welfare, Ama Owusu, met the unions in Accra.")
    assert "Social Welfare" not in actors
