"""Ties by shape on unseen text (relations/shapes.py, its hooks and roles.yaml `shape_ties`): own sentences from
other arenas."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.shapes import shape_words


def test_a_side_stood_or_fought_with_is_an_ally():
    actors = {"nicaragua": ("country", ["Nicaragua"]), "cuba": ("country", ["Cuba"]),
              "bolivia": ("country", ["Bolivia"])}
    _, rels = extract("Nicaragua stood with Cuba and Bolivia at the summit in 2019.", actors)
    assert ("nicaragua", "allied_with", "cuba") in rels
    assert ("nicaragua", "allied_with", "bolivia") in rels
    actors = {"spla": ("organization", ["SPLA"]), "updf": ("organization", ["Uganda People's Defence Force"])}
    _, rels = extract("The SPLA fought alongside the Uganda People's Defence Force near Nimule in 1997.", actors)
    assert ("spla", "allied_with", "updf") in rels
    actors = {"turkey": ("country", ["Turkey"]), "azerbaijan": ("country", ["Azerbaijan"])}
    _, rels = extract("Turkey sided with Azerbaijan from the first day of the war.", actors)
    assert ("turkey", "allied_with", "azerbaijan") in rels


def test_people_standing_together_and_a_stance_denied_state_no_alliance():
    actors = {"lula": ("person", ["Lula da Silva"]), "petro": ("person", ["Gustavo Petro"])}
    _, rels = extract("Lula da Silva stood with Gustavo Petro on the stage in Bogota.", actors)
    assert not rels
    actors = {"egypt": ("country", ["Egypt"]), "sudan": ("country", ["Sudan"])}
    _, rels = extract("Egypt did not stand with Sudan in the dispute over the dam.", actors)
    assert not rels
    actors = {"us": ("country", ["United States"]), "haiti": ("country", ["Haiti"])}
    _, rels = extract("The United States stands with the people of Haiti.", actors)
    assert not rels                                    # a populace is no side


def test_an_outlet_a_body_speaks_through_is_part_of_it():
    actors = {"isk": ("organization", ["Islamic State Khorasan"]), "voice": ("media", ["Voice of Khurasan"])}
    _, rels = extract("Islamic State Khorasan issued the threat through its Voice of Khurasan magazine.", actors)
    assert ("voice", "part_of", "isk") in rels
    actors = {"plo": ("organization", ["PLO"]), "wafa": ("media", ["WAFA"])}
    _, rels = extract("The PLO published the text of the accord via its WAFA agency.", actors)
    assert ("wafa", "part_of", "plo") in rels
    actors = {"farc": ("organization", ["FARC"]), "semana": ("media", ["Semana"])}
    _, rels = extract("The FARC answered the charges through the Semana magazine.", actors)
    assert not rels                                    # an outlet not its own


def test_a_definite_unit_noun_is_the_body_named_with_it():
    actors = {"brig": ("organization", ["47th Brigade"]), "cmd": ("organization", ["Operational Command South"])}
    _, rels = extract("The 47th Brigade held the town until May. The brigade belongs to Operational Command South.",
                      actors)
    assert ("brig", "part_of", "cmd") in rels
    actors = {"jna": ("organization", ["Yugoslav People's Army"]), "kos": ("organization", ["KOS"])}
    _, rels = extract("The Yugoslav People's Army shelled Vukovar in 1991. The battalion belongs to KOS.", actors)
    assert not rels                                    # no body named a battalion: the army is not one
    actors = {"hts": ("organization", ["Hayat Tahrir al-Sham"]), "nf": ("organization", ["National Front"])}
    _, rels = extract("Hayat Tahrir al-Sham took Saraqib in 2020. The faction belongs to the National Front.", actors)
    assert ("hts", "part_of", "nf") in rels


def test_a_member_of_the_so_called_body_is_part_of_it():
    actors = {"mnlf": ("organization", ["MNLF"]), "bangsa": ("organization", ["Bangsamoro Front"])}
    _, rels = extract("The MNLF is a member of the so-called Bangsamoro Front.", actors)
    assert ("mnlf", "part_of", "bangsa") in rels


def test_shape_vocabulary_is_validated_data():
    words = shape_words()
    assert "with" in words["stance_verbs"]["stand"] and "alongside" in words["stance_verbs"]["fight"]
    assert "brigade" in words["unit_anaphors"] and "through" in words["outlet_preps"]


def test_an_alignment_apposed_after_a_name_and_its_acronym_describes_the_name():
    # relations/alignment.aligned_subject steps back over the parenthesised acronym
    actors = {"ka": ("organization", ["Kachin Independence Army", "KIA"]), "china": ("country", ["China"])}
    _, rels = extract("The Kachin Independence Army (KIA), a China-backed rebel force, shelled Myitkyina.", actors)
    assert ("ka", "allied_with", "china") in rels
    actors = {"ka": ("organization", ["Kachin Independence Army", "KIA"]), "laiza": ("place", ["Laiza"])}
    _, rels = extract("The Kachin Independence Army (KIA), a rebel force based in Laiza, shelled Myitkyina.", actors)
    assert not rels


def test_a_fight_told_by_a_second_verb_is_its_shared_subject_s():
    # relations/verbs.clashing reads the subject of the first of two coordinated verbs
    actors = {"unita": ("organization", ["UNITA"]), "mpla": ("organization", ["MPLA"]),
              "luanda": ("place", ["Luanda"])}
    _, rels = extract("UNITA signed the Bicesse accords in 1991 and later clashed with the MPLA in Luanda.", actors)
    assert ("unita", "opposes", "mpla") in rels
    _, rels = extract("UNITA signed the Bicesse accords in 1991 and fought for their recognition.", actors)
    assert not rels


def test_a_group_noun_after_a_body_s_name_is_the_body():
    # shapes.named_group, read by verbs.joining and sentence.anaphor
    actors = {"doe": ("person", ["Samuel Doe"]), "npfl": ("organization", ["NPFL"]),
              "ulimo": ("organization", ["ULIMO"])}
    _, rels = extract("Samuel Doe joined the NPFL faction in 1989.", actors)
    assert ("doe", "member_of", "npfl") in rels
    _, rels = extract("The ULIMO faction joined the NPFL coalition in 1995.", actors)
    assert ("ulimo", "part_of", "npfl") in rels
    _, rels = extract("Samuel Doe joined the NPFL faction's march on Monrovia.", actors)
    assert ("doe", "member_of", "npfl") not in rels            # joining its act is no membership


def test_partners_listed_after_their_scene_each_hold_the_tie():
    # shapes.listed_after_scene, read by monitor.listed_sides
    actors = {"france": ("country", ["France"]), "chad": ("country", ["Chad"]), "niger": ("country", ["Niger"]),
              "sahel": ("place", ["Sahel"])}
    _, rels = extract("France's partners in the Sahel, Chad and Niger, sent troops to the border.", actors)
    assert ("chad", "allied_with", "france") in rels and ("niger", "allied_with", "france") in rels
    assert not any("sahel" in (s, o) for s, _, o in rels)      # the scene is no party
    actors = {"ghana": ("country", ["Ghana"]), "lome": ("place", ["Lome"])}
    _, rels = extract("Ghana's embassies in Lome and Abuja closed for the holiday.", actors)
    assert not rels


def test_a_fight_in_a_relative_clause_on_a_state_led_alliance_is_the_state_s():
    # verbs.side_of: a relative pronoun's unnamed antecedent led by a state (monitor.led_state)
    actors = {"kenya": ("country", ["Kenyan", "Kenya"]), "g9": ("organization", ["G9"])}
    _, rels = extract("The Kenyan-led mission that fought G9 in Delmas lost two officers.", actors)
    assert ("kenya", "opposes", "g9") in rels
    _, rels = extract("The Kenyan-led mission that the G9 welcomed arrived in Port-au-Prince.", actors)
    assert ("kenya", "opposes", "g9") not in rels and ("g9", "opposes", "kenya") not in rels
