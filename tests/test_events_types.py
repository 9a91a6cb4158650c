"""Types by PLOVER's definitions (issue 8, evtype): a SANCTION needs a recipient (a border closure aimed at no one
restricts movement, COERCE restrict, unless a border or crossing is closed: border_closures.py), combatants sent where no state receives them deploy (MOBILIZE troops), a
weapon fired into open water or launched unarmed shows force (MOBILIZE weapons); events/recipients.py. Sentences written for these tests (Andean and Sahel arenas)."""
from event_fixtures import extract_events
from foothold.extract.events.recipients import recipientless_type

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
          "Tacna": ("tacna", "place"), "Andean Front": ("front", "organization"),
          "Colonel Ibra Sanou": ("sanou", "person"), "Niamey": ("niamey", "place")}
HEADER = "source: https://example.org/andes.html\ntitle: Andes report (Reuters, 5 May 2011)\n\n"


def typed(tmp_path, sentence: str) -> list[tuple]:
    return [(e.type, e.mode) for e in extract_events(tmp_path, HEADER + sentence, ACTORS).events]


def test_a_closure_with_no_recipient_restricts_movement():
    assert recipientless_type("SANCTION", "border closure", [], False) == ("COERCE", "restrict")
    assert recipientless_type("SANCTION", "border closure", ["peru"], False) == ("SANCTION", "border closure")
    assert recipientless_type("SANCTION", "border closure", [], True) == ("SANCTION", "border closure")
    assert recipientless_type("SANCTION", "sanctions", [], False) == ("SANCTION", "sanctions")


def test_a_junta_closing_the_countrys_borders_is_a_border_closure(tmp_path):
    # was COERCE restrict (a closure aimed at no one by a doer that is no state); only states hold borders, and the
    # makers code a state's closed crossing SANCTION border closure (seed.gold.notes.md item 28; border_closures.py)
    sentence = "The officers led by Colonel Ibra Sanou closed the country's borders late on Friday."
    assert ("SANCTION", "border closure") in typed(tmp_path, sentence)
    assert ("COERCE", "restrict") not in typed(tmp_path, sentence)


def test_a_border_closed_to_a_named_state_stays_a_sanction(tmp_path):
    sentence = "Chile closed its border with Peru on Monday."
    assert [t for t, _ in typed(tmp_path, sentence)] == ["SANCTION"]


def test_a_state_closing_its_own_border_reduces_relations(tmp_path):
    assert [t for t, _ in typed(tmp_path, "Chile closed its border on Monday.")] == ["SANCTION"]


def test_a_closure_beside_another_party_is_aimed_at_it(tmp_path):
    sentence = "Chile and Bolivia cut ties with Peru on Monday and closed its only land border."
    assert ("COERCE", "restrict") not in typed(tmp_path, sentence)


def test_fighters_sent_to_a_town_are_deployed(tmp_path):
    assert typed(tmp_path, "The Andean Front sent fighters to Tacna on Monday.") == [("MOBILIZE", "troops")]


def test_fighters_sent_to_a_state_aid_it(tmp_path):
    assert typed(tmp_path, "The Andean Front sent fighters to Bolivia on Monday.") == [("AID", "military")]


def test_fighters_trained_are_aid_not_a_deployment(tmp_path):
    sentence = "Chilean advisers trained two hundred Andean Front fighters at a camp near Tacna in 2007."
    assert "MOBILIZE" not in [t for t, _ in typed(tmp_path, sentence)]


def test_arms_sent_to_a_state_stay_aid(tmp_path):
    assert [t for t, _ in typed(tmp_path, "Chile sent rifles and ammunition to Bolivia in March.")] == ["AID"]


def test_missiles_fired_into_the_sea_show_force(tmp_path):
    sentence = "Chile fired missiles into the sea near Arica on Monday."
    assert typed(tmp_path, sentence) == [("MOBILIZE", "weapons")]


def test_unarmed_drones_launched_show_force(tmp_path):
    sentence = "On July 2, the Andean Front launched three unarmed drones toward the Tacna gas field."
    assert typed(tmp_path, sentence) == [("MOBILIZE", "weapons")]


def test_drones_launched_at_a_post_or_rockets_fired_into_a_town_assault(tmp_path):
    assert [t for t, _ in typed(tmp_path, "Andean Front launched three drones at Chile's border post.")] == ["ASSAULT"]
    assert [t for t, _ in typed(tmp_path, "Chile fired rockets into Tacna on Monday.")] == ["ASSAULT"]


def test_the_recipient_vocabulary_is_validated_when_loaded(tmp_path):
    import pytest
    from foothold.errors import DataFileError
    from foothold.extract.events.recipients import recipient_words
    assert "sea" in recipient_words().open_waters
    bad = tmp_path / "recipients.yaml"
    bad.write_text("open_waters: [sea]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        recipient_words(str(bad))


def test_killing_at_sea_is_no_show_of_force(tmp_path):
    sentence = "Chile's navy killed three fugitives at sea in February."
    assert [t for t, _ in typed(tmp_path, sentence)] == ["ASSAULT"]
