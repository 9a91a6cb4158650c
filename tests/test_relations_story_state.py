"""The state a story makes plain for a bare title (relations/story_state.py, its hooks in title_relations.py and
roles.yaml `story_state`): own sentences from arenas outside the tuning documents."""

from __future__ import annotations

import pytest

from foothold.errors import DataFileError
from foothold.extract.relations.story_state import story_words
from test_relations import extract

CHILE = {"chile": ("country", ["Chile", "Chilean"])}


def test_an_army_spokesman_serves_the_datelines_state():
    actors = {**CHILE, "soto": ("person", ["Ricardo Soto"])}
    _, rels = extract("SANTIAGO, March 3 (Reuters) - Chile sent troops to the northern border on Monday. Army "
                      "spokesman Colonel Ricardo Soto said the patrols would last a month.", actors)
    assert ("soto", "member_of", "chile") in rels


def test_a_scene_opening_the_sentence_gives_the_state():
    actors = {"ecuador": ("country", ["Ecuador"]), "vera": ("person", ["Marta Vera"]),
              "peru": ("country", ["Peru"])}
    _, rels = extract("In Quito, foreign ministry spokeswoman Marta Vera said Ecuador would answer Peru's note.", actors)
    assert ("vera", "member_of", "ecuador") in rels and ("vera", "member_of", "peru") not in rels


def test_the_state_acting_in_the_sentence_before_holds_a_spokesman():
    actors = {"oman": ("country", ["Oman"]), "qatar": ("country", ["Qatar"]), "yemen": ("country", ["Yemen"]),
              "harthy": ("person", ["Salim al-Harthy"])}
    _, rels = extract("DOHA, May 2 (Reuters) - Oman urged Yemen's parties to return to talks in Qatar. Foreign "
                      "ministry spokesman Salim al-Harthy said the mediation would go on.", actors)
    assert ("harthy", "member_of", "oman") in rels and ("harthy", "member_of", "qatar") not in rels


def test_a_minister_in_a_text_naming_one_state_serves_it():
    actors = {"malawi": ("country", ["Malawi"]), "banda": ("person", ["Joyce Banda"])}
    _, rels = extract("Malawi's cabinet approved the maize imports on Friday. Agriculture Minister Joyce Banda said "
                      "the first lorries would arrive in April.", actors)
    assert ("banda", "member_of", "malawi") in rels


def test_a_visitor_is_not_the_hosts_national():
    actors = {"iraq": ("country", ["Iraq", "Iraqi"]), "lopez": ("person", ["Jose Lopez"])}
    for text in ("BAGHDAD, May 1 (Reuters) - Foreign Minister Jose Lopez arrived in Iraq on Tuesday.",
                 "BAGHDAD, May 1 (Reuters) - Foreign Minister Jose Lopez met his Iraqi counterpart on Tuesday.",
                 "In Baghdad, visiting Foreign Minister Jose Lopez said Iraq had paid its debts."):
        _, rels = extract(text, actors)
        assert not any(s == "lopez" for s, _, _ in rels), text


def test_two_states_in_play_tie_no_bare_title():
    actors = {"chad": ("country", ["Chad"]), "niger": ("country", ["Niger"]), "issa": ("person", ["Moussa Issa"])}
    _, rels = extract("Chad and Niger signed a grazing accord on Monday. Interior Minister Moussa Issa said herders "
                      "could cross in June.", actors)
    assert not any(s == "issa" for s, _, _ in rels)
    _, rels = extract("Chad and Niger closed the border. Army spokesman Colonel Moussa Issa said it would reopen.",
                      actors)
    assert not any(s == "issa" for s, _, _ in rels)


def test_a_regional_head_or_a_list_of_leaders_takes_no_state():
    actors = {"mexico": ("country", ["Mexico"]), "ruiz": ("person", ["Ana Ruiz"]), "diaz": ("person", ["Luis Diaz"])}
    _, rels = extract("Mexico sent aid to the flooded coast. The regional president, Ana Ruiz, thanked the army.", actors)
    assert ("ruiz", "leads", "mexico") not in rels
    _, rels = extract("Mexico hosted the summit. President Ana Ruiz and Prime Minister Luis Diaz signed the pact.",
                      actors)
    assert not {("ruiz", "leads", "mexico"), ("diaz", "leads", "mexico")} & rels


def test_story_words_are_validated(tmp_path):
    bad = tmp_path / "roles.yaml"
    bad.write_text("story_state:\n  scene_preps: in\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        story_words(str(bad))
    assert "arrive" in story_words()["visit_verbs"]


def test_a_dateline_city_two_countries_share_is_the_one_the_text_names():
    # the gazetteer has a Colombo in Sri Lanka and one in Brazil: the text names Sri Lanka
    actors = {"lanka": ("country", ["Sri Lanka"]), "perera": ("person", ["Nimal Perera"])}
    _, rels = extract("COLOMBO, June 2 (Reuters) - Sri Lanka reopened the northern road on Monday. The army "
                      "spokesman, Brigadier Nimal Perera, said the checkpoints would go.", actors)
    assert ("perera", "member_of", "lanka") in rels
