"""Actor names on unseen text (issue 8, actors18): companies the NER took for people (lexicon.yaml trade heads,
actors/companies.py), one person left as two actors (resolve/split_people.py), a Korean given name's syllables
(resolve/surname_keys.py). Sentences and names of our own, from other arenas."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.model import Mention
from foothold.resolve.surname_keys import other_name_keys
from foothold.resolve.within import WithinDocumentResolver


def _actors(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


def _m(start: int, text: str, type_: str, label: str) -> Mention:
    return Mention(start, start + len(text), text, type_, extractor="t", label=label)


def _resolved(*mentions: Mention) -> list[tuple[str, str, tuple[str, ...]]]:
    actors = WithinDocumentResolver().resolve(list(mentions))
    return sorted((a.name, a.type, tuple(sorted(a.aliases))) for a in actors)


@pytest.mark.parametrize("text,name", [
    ("In 2017 Kestrel Mining took control of the nickel mines at Sudbury.", "Kestrel Mining"),
    ("Last year Harbin Petroleum signed a deal with the ministry.", "Harbin Petroleum"),
    ("The ministry has agreed with Osprey Petroleum, the operator of the field, to restore output.",
     "Osprey Petroleum")])
def test_a_name_closed_by_a_trade_is_a_company(tmp_path, text, name):
    assert _actors(tmp_path, text).get(name) == "organization"


def test_a_name_after_a_company_noun_is_the_company(tmp_path):
    actors = _actors(tmp_path, "The Chilean company Nova Andina said its trucks had been seized at the border.")
    assert actors.get("Nova Andina") == "organization"


def test_a_trade_a_person_also_has_keeps_the_person(tmp_path):
    actors = _actors(tmp_path, "The film producer Marco Bellini said the festival in Venice would go ahead.")
    assert actors.get("Marco Bellini") == "person"


def test_a_full_name_typed_as_a_body_joins_its_lone_surname():
    got = _resolved(_m(0, "Teodor Vashadze", "organization", "ner:ORG"),
                    _m(60, "Vashadze", "person", "ner:PERSON"))
    assert got == [("Teodor Vashadze", "person", ("Vashadze",))]


def test_two_mistyped_full_names_ending_in_the_surname_join_neither():
    got = _resolved(_m(0, "Teodor Vashadze", "organization", "ner:ORG"),
                    _m(30, "Nino Vashadze", "organization", "ner:ORG"),
                    _m(60, "Vashadze", "person", "ner:PERSON"))
    assert ("Vashadze", "person", ()) in got


def test_a_body_closed_by_a_head_word_keeps_its_type():
    got = _resolved(_m(0, "Vashadze Foundation", "organization", "ner:ORG"),
                    _m(60, "Vashadze", "person", "ner:PERSON"))
    assert ("Vashadze Foundation", "organization", ()) in got


def test_the_tail_of_a_long_name_typed_as_a_body_is_the_person():
    got = _resolved(_m(0, "Luis Alberto García Montes", "person", "ner:PERSON"),
                    _m(80, "García Montes", "organization", "ner:ORG"))
    assert got == [("Luis Alberto García Montes", "person", ("García Montes",))]


def test_a_name_without_its_middle_name_is_the_one_person():
    got = _resolved(_m(0, "Ousmane Kalla Traore", "person", "ner:PERSON"),
                    _m(50, "Idrissa Traore", "person", "ner:PERSON"),
                    _m(90, "Ousmane Traore", "person", "ner:PERSON"))
    assert ("Ousmane Kalla Traore", "person", ("Ousmane Traore",)) in got
    assert ("Idrissa Traore", "person", ()) in got


def test_two_people_sharing_first_and_last_name_take_neither():
    got = _resolved(_m(0, "Ousmane Kalla Traore", "person", "ner:PERSON"),
                    _m(40, "Ousmane Bakary Traore", "person", "ner:PERSON"),
                    _m(90, "Ousmane Traore", "person", "ner:PERSON"))
    assert ("Ousmane Traore", "person", ()) in got


def test_a_korean_given_name_with_a_two_letter_vowel_is_read_family_name_first():
    assert "park" in other_name_keys("Park Seok Hyeon")
    assert "ross" not in other_name_keys("Ross Paul Dean")


@pytest.mark.parametrize("text,name", [
    ("The Uganda Human Rights Commission on Torture Prevention said 12 detainees had died.",
     "Uganda Human Rights Commission on Torture Prevention"),
    ("The Philippine Commission on Elections said the vote would go ahead.", "Philippine Commission on Elections"),
    ("Ministers from Fiji attended the Forum on Pacific Islands Cooperation in Suva.",
     "Forum on Pacific Islands Cooperation")])
def test_a_body_named_with_its_subject_after_on_is_one_organisation(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors.get(name) == "organization"
    assert not any(n != name and n in name and actors[n] == "organization" for n in actors)


@pytest.mark.parametrize("text,body", [
    ("The Security Council on Monday extended the mission in Haiti.", "Security Council"),
    ("Sanctions imposed by the European Union on Belarus took effect.", "European Union"),
    ("The envoy briefed the Security Council on Resolution 2231 on Monday.", "Security Council")])
def test_a_date_or_an_actor_after_on_is_no_part_of_the_name(tmp_path, text, body):
    assert body in _actors(tmp_path, text)


def test_a_second_holder_after_a_titled_name_is_a_person(tmp_path):
    actors = _actors(tmp_path, "Deputy Prime Minister Anna Kowalska and Piotr Nowak met the delegation in Warsaw.")
    assert actors.get("Anna Kowalska") == "person" and actors.get("Piotr Nowak") == "person"


def test_a_plural_title_before_two_holders_is_no_part_of_either_name(tmp_path):
    actors = _actors(tmp_path, "Deputy Prime Ministers Anna Kowalska and Piotr Nowak met the delegation in Warsaw.")
    assert actors.get("Anna Kowalska") == "person" and actors.get("Piotr Nowak") == "person"
    assert not any(n.startswith("Ministers") for n in actors)


def test_a_portfolio_joined_by_and_stays_in_the_title(tmp_path):
    actors = _actors(tmp_path, "Minister of Trade and Industry Rahul Mehta said exports to Nepal had doubled.")
    assert not any("Industry" in n for n in actors)


@pytest.mark.parametrize("text", [
    "Christie's said on Tuesday the auction in London would go ahead.",
    "According to Sotheby's, the painting was sold to a buyer in Geneva."])
def test_a_company_named_with_a_possessive_keeps_it(tmp_path, text):
    actors = _actors(tmp_path, text)
    assert any(n.endswith("'s") for n in actors), actors


def test_a_possessive_that_owns_a_noun_is_cut(tmp_path):
    actors = _actors(tmp_path, "Gazprom's board met in Moscow on Monday.")
    assert not any(n.endswith("'s") for n in actors)
