"""Tie shapes foothold missed or misread (relations/rejection.py, sentence_before.py, conditions.py, partitives.py,
group_scope.py and roles.yaml `rejection_ties`): own sentences from other arenas."""

from __future__ import annotations

import pytest
from test_relations import extract

from foothold.errors import DataFileError
from foothold.extract.relations.rejection import rejection_words


def test_rejecting_a_partys_leadership_or_authority_is_hostility():
    actors = {"nrf": ("organization", ["National Resistance Front"]), "taliban": ("organization", ["Taliban"])}
    _, rels = extract("The National Resistance Front rejects the Taliban's leadership.", actors)
    assert ("nrf", "opposes", "taliban") in rels
    actors = {"gnc": ("organization", ["General National Congress"]), "hor": ("organization", ["House of Representatives"])}
    _, rels = extract("The General National Congress rejected the authority of the House of Representatives in 2014.",
                      actors)
    assert ("gnc", "opposes", "hor") in rels


def test_a_subject_named_by_its_participle_rejects():
    actors = {"sdf": ("person", ["Salva Mathok"]), "wau": ("organization", ["Wau group"]),
              "kiir": ("person", ["Kiir"])}
    _, rels = extract("Salva Mathok left the army in May. His faction, known as the Wau group, rejects Kiir's "
                      "leadership.", actors)
    assert ("wau", "opposes", "kiir") in rels


def test_refusing_to_recognise_a_party_is_hostility():
    actors = {"guaido": ("person", ["Juan Guaido"]), "maduro": ("person", ["Nicolas Maduro"])}
    _, rels = extract("Juan Guaido refused to recognise Nicolas Maduro as president in 2019.", actors)
    assert ("guaido", "opposes", "maduro") in rels
    actors = {"morocco": ("country", ["Morocco"]), "polisario": ("organization", ["Polisario Front"])}
    _, rels = extract("Morocco does not recognise the Polisario Front.", actors)
    assert ("morocco", "opposes", "polisario") in rels


def test_recognition_given_or_refused_to_a_thing_states_no_hostility():
    actors = {"mali": ("country", ["Mali"]), "ecowas": ("organization", ["ECOWAS"])}
    _, rels = extract("Mali refused to recognise the election results announced by ECOWAS.", actors)
    assert not rels
    actors = {"spain": ("country", ["Spain"]), "kosovo": ("country", ["Kosovo"])}
    _, rels = extract("Spain recognised Kosovo in 2024.", actors)
    assert ("spain", "opposes", "kosovo") not in rels
    actors = {"chad": ("country", ["Chad"]), "fact": ("organization", ["FACT"])}
    _, rels = extract("Chad would not recognise FACT if it took N'Djamena.", actors)
    assert ("chad", "opposes", "fact") not in rels
    _, rels = extract("Does Chad reject FACT's authority?", actors)
    assert not rels


def test_an_opening_possessive_is_the_subject_of_the_sentence_before():
    actors = {"turkey": ("country", ["Turkey"]), "gna": ("organization", ["Government of National Accord"])}
    _, rels = extract("Turkey sent drones to the west in 2019. Its support for the Government of National Accord "
                      "turned the war.", actors)
    assert ("turkey", "allied_with", "gna") in rels
    actors = {"rwanda": ("country", ["Rwanda"]), "m23": ("organization", ["M23"])}
    _, rels = extract("Rwanda denies arming the rebels. Its backing for the M23 is documented by experts.", actors)
    assert ("rwanda", "allied_with", "m23") in rels


def test_an_opening_possessive_after_two_subjects_or_a_person_binds_no_one():
    actors = {"uae": ("country", ["UAE"]), "egypt": ("country", ["Egypt"]), "lna": ("organization", ["LNA"])}
    _, rels = extract("The UAE and Egypt sent aircraft in 2019. Their support for the LNA was open.", actors)
    assert ("uae", "allied_with", "lna") not in rels and ("egypt", "allied_with", "lna") not in rels
    actors = {"kagame": ("person", ["Paul Kagame"]), "m23": ("organization", ["M23"])}
    _, rels = extract("Paul Kagame spoke in Kigali on Monday. Its support for the M23 was not mentioned.", actors)
    assert not rels
    actors = {"houthis": ("organization", ["Houthis"]), "uae": ("country", ["UAE"])}
    _, rels = extract("The Houthis seized a ship on 3 January. Their attacks on the UAE came later.", actors)
    assert ("houthis", "opposes", "uae") not in rels       # only backing nouns look back (owndocs10 codes none)
    actors = {"halbousi": ("person", ["Halbousi"]), "sadrists": ("organization", ["Sadrist movement"])}
    _, rels = extract("Halbousi was re-elected in 2022 with the backing of the Sadrist movement.", actors)
    assert not rels                                       # "backing for" is the cue, not "the backing of"


def test_a_clash_with_a_side_is_the_subjects_hostility_one_way():
    actors = {"unita": ("organization", ["UNITA"]), "fnla": ("organization", ["FNLA"])}
    _, rels = extract("UNITA clashed with the FNLA near Huambo in 1975.", actors)
    assert rels == {("unita", "opposes", "fnla")}
    _, rels = extract("UNITA and the FNLA clashed near Huambo in 1975.", actors)
    assert rels == {("unita", "opposes", "fnla"), ("fnla", "opposes", "unita")}   # no side told first


def test_a_tie_told_as_a_condition_is_no_tie():
    actors = {"hezbollah": ("organization", ["Hezbollah"]), "france": ("country", ["France"]),
              "israel": ("country", ["Israel"])}
    _, rels = extract("Hezbollah warned it would strike if France continued to support Israel.", actors)
    assert ("france", "allied_with", "israel") not in rels
    actors = {"uganda": ("country", ["Uganda"]), "sudan": ("country", ["Sudan"]), "spla": ("organization", ["SPLA"])}
    _, rels = extract("Sudan said it would talk if Uganda stopped arming the SPLA.", actors)
    assert ("uganda", "allied_with", "spla") not in rels
    _, rels = extract("Uganda continued to support the SPLA in 1995.", actors)
    assert ("uganda", "allied_with", "spla") in rels


def test_backing_said_of_some_members_is_no_tie_of_the_body():
    actors = {"sna": ("organization", ["Syrian National Army"]), "turkey": ("country", ["Turkey"])}
    _, rels = extract("The Syrian National Army, a coalition of rebel factions, many of them backed by Turkey, "
                      "holds Afrin.", actors)
    assert ("sna", "allied_with", "turkey") not in rels
    _, rels = extract("The Syrian National Army, backed by Turkey, holds Afrin.", actors)
    assert ("sna", "allied_with", "turkey") in rels


def test_a_state_group_that_acts_on_a_titled_person_gives_no_state():
    actors = {"ireland": ("country", ["Irish"]), "lavrov": ("person", ["Sergei Lavrov"])}
    _, rels = extract("Irish officials summoned Foreign Minister Sergei Lavrov on Monday.", actors)
    assert ("lavrov", "member_of", "ireland") not in rels
    actors = {"iraq": ("country", ["Iraqi"]), "araji": ("person", ["Qasim al-Araji"])}
    _, rels = extract("Senior Iraqi officials, including Interior Minister Qasim al-Araji, met on Monday.", actors)
    assert ("araji", "member_of", "iraq") in rels or ("araji", "leads", "iraq") in rels
    _, rels = extract("Iraqi officials said Interior Minister Qasim al-Araji had resigned.", actors)
    assert ("araji", "member_of", "iraq") in rels or ("araji", "leads", "iraq") in rels   # what they say: as before


def test_rejection_words_are_validated(tmp_path):
    bad = tmp_path / "roles.yaml"
    bad.write_text("rejection_ties:\n  rejecting_verbs: [reject]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        rejection_words(str(bad))
    assert "leadership" in rejection_words()["standing_nouns"]


def test_contesting_a_party_itself_is_hostility():
    actors = {"tmc": ("organization", ["Transitional Military Council"]), "au": ("organization", ["African Union"])}
    _, rels = extract("The Transitional Military Council defied the African Union in June 2019.", actors)
    assert ("tmc", "opposes", "au") in rels
    actors = {"hirak": ("organization", ["Southern Movement"]), "saleh": ("person", ["Ali Abdullah Saleh"]),
              "yemen": ("country", ["Yemen"])}
    _, rels = extract("The Southern Movement now challenges Yemen's president, Ali Abdullah Saleh.", actors)
    assert ("hirak", "opposes", "saleh") in rels
    actors = {"ethiopia": ("country", ["Ethiopia"]), "tplf": ("organization", ["TPLF"]),
              "abiy": ("person", ["Abiy Ahmed"])}
    _, rels = extract("Ethiopia's former partner, the TPLF, now challenges Prime Minister Abiy Ahmed.", actors)
    assert ("tplf", "opposes", "abiy") in rels and ("ethiopia", "opposes", "abiy") not in rels
    actors = {"kenya": ("country", ["Kenya"]), "icj": ("organization", ["International Court of Justice"])}
    _, rels = extract("Kenya challenged the ruling of the International Court of Justice.", actors)
    assert not rels                                   # a thing the party did, not the party


def test_a_side_named_through_its_owners_fighters_takes_part_in_the_fight():
    actors = {"hamas": ("organization", ["Hamas"]), "pij": ("organization", ["Islamic Jihad"])}
    _, rels = extract("Fighting between Hamas's fighters and Islamic Jihad continued in Rafah.", actors)
    assert ("hamas", "opposes", "pij") in rels
    actors = {"sudan": ("country", ["Sudan"]), "rsf": ("organization", ["Rapid Support Forces"])}
    _, rels = extract("Clashes between Sudan's army and the Rapid Support Forces broke out in Khartoum.", actors)
    assert ("sudan", "opposes", "rsf") in rels
    actors = {"hamas": ("organization", ["Hamas"]), "fatah": ("organization", ["Fatah"])}
    _, rels = extract("Trade between Hamas's suppliers and Fatah continued.", actors)
    assert not rels                                    # no fight
