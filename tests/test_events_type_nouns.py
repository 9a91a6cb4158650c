"""Definite type nouns bind to the latest named actor of their type (issue 8, anaphora; events/type_nouns.py,
data/type_nouns.yaml, read by events/arguments.unnamed_group). Sentences of our own, about arenas outside the
development texts (West Africa in the 1990s, the Great Lakes, Kashmir)."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.type_nouns import type_nouns

ACTORS = {
    "ECOMOG": ("ecomog", "organization"), "Liberia": ("liberia", "country"),
    "Executive Outcomes": ("executive_outcomes", "organization"), "Sierra Leone": ("sierra_leone", "country"),
    "Revolutionary United Front": ("ruf", "organization"), "Koidu": ("koidu", "place"),
    "Interahamwe": ("interahamwe", "organization"), "Kigali": ("kigali", "place"),
    "Hizbul Mujahideen": ("hizbul_mujahideen", "organization"), "Indian": ("india", "country"),
    "Alan Garcia": ("alan_garcia", "person"), "Ambazonia Defence Forces": ("adf", "organization"),
    "Cameroonian": ("cameroon", "country"),
}


def test_the_contingent_is_the_force_named_in_the_sentence_before(tmp_path):
    got = wire_events(tmp_path, "ECOMOG deployed to Liberia in August 1990. The contingent withdrew from Liberia in "
                                "October 1999.\n", ACTORS)
    assert ("RETREAT", ["ecomog"], ["liberia"]) in got, got


def test_the_mercenaries_are_the_company_named_before(tmp_path):
    got = wire_events(tmp_path, "Executive Outcomes signed a contract with Sierra Leone in 1995. The mercenaries "
                                "attacked the Revolutionary United Front near Koidu in June.\n", ACTORS)
    assert ("ASSAULT", ["executive_outcomes"], ["ruf"]) in got, got


def test_the_guerrillas_are_the_group_named_before(tmp_path):
    got = wire_events(tmp_path, "Hizbul Mujahideen claimed an ambush on Friday. The guerrillas killed three Indian "
                                "soldiers on Saturday.\n", ACTORS)
    assert any(t == "ASSAULT" and s == ["hizbul_mujahideen"] for t, s, _ in got), got


def test_the_separatists_are_the_group_named_before(tmp_path):
    got = wire_events(tmp_path, "The Ambazonia Defence Forces declared independence in 2017. The separatists "
                                "ambushed Cameroonian soldiers near Bamenda in June 2018.\n", ACTORS)
    assert ("ASSAULT", ["adf"], ["cameroon"]) in got, got


def test_a_type_noun_binds_no_actor_of_another_type(tmp_path):
    # a person named before is no antecedent of "the militiamen"
    got = wire_events(tmp_path, "Alan Garcia arrived in Kigali on Monday. The militiamen seized the airport on "
                                "Tuesday.\n", ACTORS)
    assert not any(t == "COERCE" and "alan_garcia" in s for t, s, _ in got), got


def test_type_nouns_are_validated_when_loaded(tmp_path):
    assert type_nouns()["mercenaries"] == ("organization",)
    assert type_nouns()["kingdom"] == ("country",)
    bad = tmp_path / "type_nouns.yaml"
    bad.write_text("organization: [group]\ncountry: [group]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        type_nouns(str(bad))
    bad.write_text("tribe: [clan]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        type_nouns(str(bad))
