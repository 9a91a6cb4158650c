"""Actors missing under ties and events, actors26 (issue 8): courtesy-styled names, knighthoods, a cited
outlet after a body, apposed heads the NER tagged a work, bodies named "of (the) <state>" and parties of a state.
Sentences and names of our own, from other arenas."""

from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.resolve.state_forms import body_without_state


def _run(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path))


def _actors(tmp_path: Path, text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, list(a.aliases)) for a in _run(tmp_path, text).actors}


def test_a_name_after_a_courtesy_style_is_a_person(tmp_path):
    actors = _actors(tmp_path, "CASTRIES, 3 May 2023 - Prime Minister the Most Honourable Philip Pierre today "
                               "announced new curfews. The Minister for Home Affairs, Dr. the Honourable Jeremiah "
                               "Norbert, met the police command.")
    assert actors.get("Philip Pierre", ("",))[0] == "person"
    assert actors.get("Jeremiah Norbert", ("",))[0] == "person"
    assert not any("Honourable" in name for name in actors)


def test_a_knighthood_is_a_title_not_part_of_the_name(tmp_path):
    actors = _actors(tmp_path, "The Governor-General, Sir Cyril Errol Melchiades Charles, signed the order. "
                               "Dame Kerstin Maloney opened the session.")
    assert actors.get("Cyril Errol Melchiades Charles", ("",))[0] == "person"
    assert "Sir Cyril Errol Melchiades Charles" in actors["Cyril Errol Melchiades Charles"][1]
    assert actors.get("Kerstin Maloney", ("",))[0] == "person"
    assert "Governor-General" not in actors


def test_a_cited_outlet_is_no_acronym_of_the_body_before_it(tmp_path):
    actors = _actors(tmp_path, "The European Union sent patrol boats to help the Estonian Coast Guard (AFP, "
                               "June 2, 2022).")
    assert actors.get("Estonian Coast Guard", ("",))[0] == "organization"
    assert "AFP" not in actors["Estonian Coast Guard"][1]
    assert actors.get("AFP", ("",))[0] == "media"


def test_a_head_of_apposition_makes_a_person(tmp_path):
    actors = _actors(tmp_path, "3 March. Okonkwo met Tanvir Rahmatullah, head of the Sindh Provincial Assembly's "
                               "Committee on Trade, and invited him to Lagos.")
    assert actors.get("Tanvir Rahmatullah", ("",))[0] == "person"


def test_a_body_named_of_a_states_formal_name_is_whole_with_its_own_name(tmp_path):
    result = _run(tmp_path, "Officials said the Ministry of Foreign Affairs of the Republic of Ghana would respond "
                            "on Monday.")
    actors = {a.name: a for a in result.actors}
    ministry = actors.get("Ministry of Foreign Affairs of the Republic of Ghana")
    assert ministry is not None and ministry.type == "organization"
    assert "Ministry of Foreign Affairs" in ministry.aliases
    assert actors.get("Ghana") is not None and actors["Ghana"].type == "country"
    ties = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert (ministry.id, "part_of", actors["Ghana"].id) in ties


def test_a_party_of_a_state_is_named_whole(tmp_path):
    actors = _actors(tmp_path, "The Democratic Progressive Party of Malawi said its offices were raided.")
    assert actors.get("Democratic Progressive Party of Malawi", ("",))[0] == "organization"


def test_the_bodys_own_name_before_a_state():
    def is_state(words):
        return words in ("Republic of Ghana", "Ghana", "Islamic Republic of Mauritania")

    def is_head(word):
        return word in ("Ministry", "Service", "Party")

    assert body_without_state("the Ministry of Water Resources of the Islamic Republic of Mauritania", is_state,
                              is_head) == "Ministry of Water Resources"
    assert body_without_state("Ministry of Foreign Affairs of Ghana", is_state, is_head) == "Ministry of Foreign Affairs"
    assert body_without_state("Government of the Republic of Ghana", is_state, is_head) is None


def test_a_name_goes_on_over_its_article_surname_and_the_kunya_names_it_alone(tmp_path):
    actors = _actors(tmp_path, "The fighters refused to serve under Abu Hamza al-Rubaie, a veteran of the Sadr "
                               "Brigades, since his appointment in March. Abu Hamza declined to comment.")
    assert actors.get("Abu Hamza al-Rubaie", ("",))[0] == "person"
    assert "Abu Hamza" in actors["Abu Hamza al-Rubaie"][1]
    assert "Abu Hamza" not in actors


def test_an_unlisted_word_opens_a_listed_one_word_bodys_name(tmp_path):
    actors = _actors(tmp_path, "In May the Jatiya Majlis, Bangladesh's parliament, approved the budget, and "
                               "Pakistan's Shura Majlis followed within days.")
    assert actors.get("Jatiya Majlis", ("",))[0] == "organization"
    assert actors.get("Shura Majlis", ("",))[0] == "organization"
    assert "Majlis" not in actors


def test_a_company_is_no_styled_name(tmp_path):
    actors = _actors(tmp_path, "Hon Hai Precision Industry reported higher profits on Tuesday.")
    assert not any(t == "person" for t, _ in actors.values())
