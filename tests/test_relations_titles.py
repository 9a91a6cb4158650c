"""Titles and holders foothold's data lacked (issue 8, reltitles): sitting holders with a time modifier
(caretaker, interim, acting, transitional), state offices (roles.yaml `state_officers`, `state_staff`), title
modifiers the NER made a name, person mentions that took a title's words. Own sentences from arenas outside the
tuning documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from foothold.errors import DataFileError
from foothold.extract.relations.lexicon import ROLES_PATH, load_roles
from test_relations import extract

ESTONIA = {"estonia": ("country", ["Estonia"]), "kallas": ("person", ["Kaja Kallas"])}


def test_a_caretaker_head_keeps_the_state_the_story_makes_plain():
    _, rels = extract("Estonia's parliament passed the budget on Friday. Caretaker Prime Minister Kaja Kallas said "
                      "the taxes would rise in January.", ESTONIA)
    assert ("kallas", "leads", "estonia") in rels


def test_a_former_head_takes_the_state_from_the_story_as_a_sitting_one():
    # conv4: the eval makers tie former heads (seed notes 12: al-Abadi and al-Maliki each led Iraq)
    _, rels = extract("Estonia's parliament passed the budget on Friday. Former Prime Minister Kaja Kallas said "
                      "the taxes would rise in January.", ESTONIA)
    assert ("kallas", "leads", "estonia") in rels
    # near miss: an incoming holder still takes no story's guess
    _, rels = extract("Estonia's parliament passed the budget on Friday. Incoming Prime Minister Kaja Kallas said "
                      "the taxes would rise in January.", ESTONIA)
    assert not any(s == "kallas" for s, _, _ in rels)


def test_a_modifier_the_ner_named_is_the_titles_own_word():
    actors = {**ESTONIA, "caretaker": ("organization", ["Caretaker"])}
    _, rels = extract("Estonia's parliament passed the budget on Friday. Caretaker Prime Minister Kaja Kallas said "
                      "the taxes would rise in January.", actors)
    assert ("kallas", "leads", "estonia") in rels and ("kallas", "leads", "caretaker") not in rels


def test_a_transitional_president_leads_his_state():
    actors = {"burundi": ("country", ["Burundi"]), "transitional": ("organization", ["Transitional"]),
              "ndayizeye": ("person", ["Domitien Ndayizeye"])}
    _, rels = extract("Burundi's army withdrew from the capital on Monday. Transitional President Domitien "
                      "Ndayizeye said the vote would be held in June.", actors)
    assert ("ndayizeye", "leads", "burundi") in rels
    assert not any(o == "transitional" for _, _, o in rels)


def test_a_bare_chief_of_general_staff_serves_the_state_of_the_story():
    actors = {"peru": ("country", ["Peru"]), "rios": ("person", ["Manuel Rios"])}
    _, rels = extract("Peru's army closed the border on Monday. Chief of General Staff Manuel Rios said the "
                      "patrols would last a month.", actors)
    assert ("rios", "member_of", "peru") in rels


def test_a_chief_of_the_general_staff_of_a_named_army_serves_that_army():
    actors = {"fan": ("organization", ["Forces Armees Nigeriennes"]), "abdou": ("person", ["Issa Abdou"])}
    _, rels = extract("Issa Abdou, a deputy chief of the general staff of the Forces Armees Nigeriennes, led the "
                      "convoy.", actors)
    assert ("abdou", "member_of", "fan") in rels and ("abdou", "leads", "fan") not in rels


def test_a_speaker_with_his_state_in_the_phrase_serves_it_not_the_body_inside_the_title():
    actors = {"bolivia": ("country", ["Bolivian", "Bolivia"]), "parliament": ("organization", ["Parliament"]),
              "choque": ("person", ["Andronico Choque"])}
    _, rels = extract("Bolivian Parliament Speaker Andronico Choque suspended the sitting.", actors)
    assert ("choque", "member_of", "bolivia") in rels
    assert ("choque", "leads", "parliament") not in rels and ("choque", "member_of", "parliament") not in rels


def test_a_bare_parliament_speaker_serves_the_story_state():
    # reltitle6 turned this convention: four tuning golds now code a bare speaker acting as a subject member_of the
    # story's state (owndocs5, 17, 20, 25), one codes none (relations/bare_speaker.py)
    actors = {"bolivia": ("country", ["Bolivia"]), "choque": ("person", ["Andronico Choque"])}
    _, rels = extract("Bolivia's congress passed the budget on Friday. Parliament Speaker Andronico Choque said "
                      "the session was over.", actors)
    assert ("choque", "member_of", "bolivia") in rels and ("choque", "leads", "bolivia") not in rels


def test_a_speaker_of_a_named_assembly_serves_it():
    actors = {"knesset": ("organization", ["Knesset"]), "levin": ("person", ["Yariv Levin"])}
    _, rels = extract("Yariv Levin, the speaker of the Knesset, opened the session.", actors)
    assert ("levin", "member_of", "knesset") in rels


def test_a_person_mention_that_took_the_titles_words_holds_the_title():
    actors = {"nigeria": ("country", ["Nigeria"]), "musa": ("person", ["Defence Staff General Ana Musa"])}
    _, rels = extract("Nigeria's army closed the roads on Monday. Chief of Defence Staff General Ana Musa said the "
                      "troops would stay.", actors)
    assert ("musa", "member_of", "nigeria") in rels


def test_a_title_phrase_running_past_a_name_is_still_a_title():
    actors = {"laos": ("country", ["Laos"]), "state": ("organization", ["State"]),
              "phan": ("person", ["Bounmy Phan"])}
    _, rels = extract("Laos's State Counsellor Bounmy Phan received the envoys.", actors)
    assert ("phan", "member_of", "laos") in rels and not any(o == "state" for _, _, o in rels)


def test_people_listed_after_a_title_a_mention_swallowed_are_members():
    actors = {"mdc": ("organization", ["Movement for Democratic Change"]),
              "tsvangirai": ("person", ["Counsellor Morgan Tsvangirai"]), "mutambara": ("person", ["Arthur Mutambara"])}
    _, rels = extract("Police detained members of the Movement for Democratic Change party, including State "
                      "Counsellor Morgan Tsvangirai and Arthur Mutambara.", actors)
    assert ("tsvangirai", "member_of", "mdc") in rels and ("mutambara", "member_of", "mdc") in rels


def test_a_group_apposed_as_a_speakers_is_led_by_him():
    actors = {"podemos": ("organization", ["Podemos"]), "parliament": ("organization", ["Parliament"]),
              "batet": ("person", ["Meritxell Batet"])}
    _, rels = extract("The ministers were named by Podemos, the party of Parliament Speaker Meritxell Batet.", actors)
    assert ("batet", "leads", "podemos") in rels


def test_sitting_times_must_be_times_of_the_title_modifiers(tmp_path: Path):
    bad = ROLES_PATH.read_text(encoding="utf-8").replace("sitting: [acting, current, outgoing]",
                                                         "sitting: [acting, presently]")
    path = tmp_path / "roles.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(DataFileError):
        load_roles(str(path))


def test_a_title_one_state_uses_serves_that_state_when_the_text_names_it():
    actors = {"us": ("country", ["United States"]), "venezuela": ("country", ["Venezuela"]),
              "rubio": ("person", ["Marco Rubio"])}
    _, rels = extract("Secretary of State Marco Rubio said the United States would not recognise the vote in "
                      "Venezuela.", actors)
    assert ("rubio", "member_of", "us") in rels and ("rubio", "member_of", "venezuela") not in rels


def test_a_secretary_of_state_with_a_portfolio_is_no_national_title():
    actors = {"us": ("country", ["United States"]), "wallace": ("person", ["Ben Wallace"])}
    _, rels = extract("Secretary of State for Defence Ben Wallace said the United States had asked for help.", actors)
    assert ("wallace", "member_of", "us") not in rels


def test_a_title_two_named_states_use_names_neither():
    actors = {"iran": ("country", ["Iran"]), "nk": ("country", ["North Korea"]), "kim": ("person", ["Kim Jong Un"])}
    _, rels = extract("North Korea and Iran traded missile parts, and Supreme Leader Kim Jong Un praised the deal.",
                      actors)
    assert not any(s == "kim" for s, _, _ in rels)
    _, rels = extract("North Korea fired two missiles, and Supreme Leader Kim Jong Un praised the launch.",
                      {"nk": actors["nk"], "kim": actors["kim"]})
    assert ("kim", "leads", "nk") in rels


def test_national_titles_must_map_titles_to_country_lists(tmp_path: Path):
    bad = ROLES_PATH.read_text(encoding="utf-8").replace("secretary of state: [United States]",
                                                         "secretary of state: United States")
    path = tmp_path / "roles.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(DataFileError):
        load_roles(str(path))


BRAZIL_ANGOLA = {"brazil": ("country", ["Brazil", "Brazilian"]), "angola": ("country", ["Angola"]),
                 "antonio": ("person", ["Tete Antonio"])}


def test_a_bare_minister_in_an_analysis_of_one_state_in_another_is_the_hosts():
    _, rels = extract("Brazil lent Angola five billion dollars in 2010. Foreign Minister Tete Antonio said the "
                      "money had built roads.", BRAZIL_ANGOLA, title="Brazil in Angola: oil for loans (analysis, 2015)")
    assert ("antonio", "member_of", "angola") in rels


def test_another_state_named_before_the_title_keeps_the_host_from_it():
    _, rels = extract("After Brazil's loan, Foreign Minister Tete Antonio said the money had built roads.",
                      BRAZIL_ANGOLA, title="Brazil in Angola: oil for loans (analysis, 2015)")
    assert not any(s == "antonio" for s, _, _ in rels)


def test_an_acts_scene_in_a_title_is_no_host():
    _, rels = extract("Brazil lent Angola five billion dollars in 2010. Foreign Minister Tete Antonio said the "
                      "money had built roads.", BRAZIL_ANGOLA, title="Floods kill dozens in Angola")
    assert not any(s == "antonio" for s, _, _ in rels)


def test_a_senator_between_the_title_and_the_name_is_an_honorific():
    actors = {"kenya": ("country", ["Kenya"]), "mudavadi": ("person", ["Musalia Mudavadi"])}
    _, rels = extract("Kenya's Foreign Minister, Senator Musalia Mudavadi, met the envoys.", actors)
    assert ("mudavadi", "member_of", "kenya") in rels


# parse_title reads the words before a title in ordered steps (relations/title_modifiers.py) and the words after it
# in named steps (title_phrases.read_complements); own sentences on Chile and Bolivia.
ANDES = {"chile": ("country", ["Chile", "Chilean"]), "bolivia": ("country", ["Bolivia", "Bolivian"]),
         "perez": ("person", ["Juan Perez"]), "mas": ("organization", ["Movement for Socialism"]),
         "rojas": ("person", ["Ana Rojas"]), "soto": ("person", ["Luis Soto"])}


def test_each_title_modifier_step_is_one_documented_shape_tried_once():
    from foothold.extract.relations.title_modifiers import MODIFIER_STEPS
    assert len(set(MODIFIER_STEPS)) == len(MODIFIER_STEPS)
    assert all(step.__doc__ and step.__doc__.strip() for step in MODIFIER_STEPS)


def test_a_demonym_before_an_envoys_title_is_the_state_served_not_the_posting():
    _, rels = extract("The Chilean Ambassador to Bolivia, Juan Perez, returned to Santiago on Monday.", ANDES)
    assert ("perez", "member_of", "chile") in rels and not any(o == "bolivia" for _, _, o in rels)


def test_the_groups_leader_is_the_organisation_just_named():
    _, rels = extract("The Movement for Socialism held a rally on Friday, and the movement's leader, Ana Rojas, "
                      "spoke.", ANDES)
    assert ("rojas", "leads", "mas") in rels


def test_a_title_in_a_countrys_unnamed_body_serves_the_country():
    _, rels = extract("Bolivia's mining ministry spokesman Luis Soto said the mine would reopen.", ANDES)
    assert ("soto", "member_of", "bolivia") in rels


def test_a_commander_in_an_organisation_is_one_of_its_own():
    _, rels = extract("Ana Rojas, a commander in the Movement for Socialism, was arrested.", ANDES)
    assert ("rojas", "member_of", "mas") in rels and ("rojas", "leads", "mas") not in rels


def test_a_hyphenated_time_word_is_read_over_to_the_phrases_determiner():
    _, rels = extract("Juan Perez, the ex-commander of the Movement for Socialism, was arrested on Monday.", ANDES)
    assert ("perez", "leads", "mas") in rels
