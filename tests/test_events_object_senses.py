"""Objects a verb's listed objects miss: ships delivered and sent, warships entering a harbour, treaties and trips
suspended, and an object set after an interruption (issue 8, evskip2; events/object_senses.py,
events/interrupted_objects.py, data/object_senses.yaml). Sentences of our own, about arenas outside the
development texts."""

import pytest
from event_fixtures import wire_events

from foothold.errors import DataFileError
from foothold.extract.events.object_senses import object_senses

PARTIES = {"Norway": ("norway", "country"), "Norwegian": ("norway", "country"), "Iceland": ("iceland", "country"),
           "Denmark": ("denmark", "country"), "Danish": ("denmark", "country"), "Finland": ("finland", "country"),
           "Finnish": ("finland", "country"), "Reykjavik": ("reykjavik", "place")}


def test_ships_delivered_are_aid_and_ships_sent_are_a_deployment(tmp_path):
    got = wire_events(tmp_path, "In March Norway delivered two patrol boats to Iceland under the coastal "
                                "security programme.", PARTIES)
    assert ("AID", ["norway"], ["iceland"]) in got, got
    got = wire_events(tmp_path, "Norway also sent a patrol ship to shadow the Danish vessels.", PARTIES)
    assert any(t == "MOBILIZE" and s == ["norway"] for t, s, _ in got), got


def test_a_warship_entering_a_harbour_is_a_deployment_but_a_lorry_is_not(tmp_path):
    got = wire_events(tmp_path, "On May 3, 2021, the Danish frigate Thetis and the submarine Skjold entered "
                                "Reykjavik harbour after exercises.", PARTIES)
    assert any(t == "MOBILIZE" for t, _, _ in got), got
    for body in ("On May 3, 2021, forty Danish lorries entered Reykjavik harbour with fish.",
                 "Norway agreed to let fuel ships enter the ports of Iceland from May 3, 2021."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "MOBILIZE" for t, _, _ in got), (body, got)
    got = wire_events(tmp_path, "On May 3, 2021, two Danish naval vessels entered Reykjavik harbour.", PARTIES)
    assert any(t == "MOBILIZE" for t, _, _ in got), got


def test_a_treaty_or_a_trip_suspended(tmp_path):
    got = wire_events(tmp_path, "On Monday Iceland suspended the fisheries treaty it had signed with Norway.", PARTIES)
    assert any(t == "SANCTION" and s == ["iceland"] for t, s, _ in got), got
    got = wire_events(tmp_path, "In Oslo, the Norwegian government suspended bus trips of Danish and Finnish fans "
                                "to the stadium.", PARTIES)
    assert ("COERCE", ["norway"], ["denmark", "finland"]) in got, got


def test_an_object_set_after_an_interruption(tmp_path):
    got = wire_events(tmp_path, "Norway decided to suspend, with immediate effect, the participation of Iceland in "
                                "all activities of the council.", PARTIES)
    assert ("SANCTION", ["norway"], ["iceland"]) in got, got
    got = wire_events(tmp_path, "Iceland has decided to suspend, with immediate effect, the Treaty of Fisheries and "
                                "Cooperation it concluded with Norway in 1990.", PARTIES)
    assert any(t == "SANCTION" and s == ["iceland"] for t, s, _ in got), got


def test_declining_to_host_or_to_halt_is_a_refusal(tmp_path):
    got = wire_events(tmp_path, "In January 2020, Iceland declined to host the alliance's naval exercises that year.",
                      PARTIES)
    assert any(t == "REJECT" and s == ["iceland"] for t, s, _ in got), got
    got = wire_events(tmp_path, "Iceland declined to comment on the exercises on Monday.", PARTIES)
    assert not any(t == "REJECT" for t, _, _ in got), got


def test_other_objects_stay_the_other_sense(tmp_path):
    for body in ("Norway suspended the striker for two matches on Monday.",
                 "Norway sent a letter to Iceland on Monday.",
                 "Norway plans to send a survey ship to Iceland for gas.",
                 "The Norwegian minister entered the hall on Monday.",
                 "Norway suspended, in protest, the Icelandic officials said on Monday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t in ("SANCTION", "MOBILIZE", "AID") for t, _, _ in got), (body, got)


def test_the_data_file_loads_and_is_validated(tmp_path):
    senses = object_senses()
    assert any("deliver" in s.verbs and "boat" in s.modified_objects and "patrol" in s.modifiers and s.type == "AID"
               for s in senses)
    bad = tmp_path / "bad.yaml"
    bad.write_text("senses:\n  - verbs: [send]\n    objects: [ship]\n    type: SAIL\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        object_senses(str(bad))


def test_the_interrupted_object_is_the_phrase_after_the_closing_comma_not_a_next_speaker():
    from foothold.extract.events.interrupted_objects import interrupted_object
    from foothold.extract.nlp import load_nlp
    nlp = load_nlp()
    doc = nlp("Finland decided to suspend, with immediate effect, the participation of Iceland in the council.")
    verb = next(t for t in doc if t.lower_ == "suspend")
    assert interrupted_object(verb).lower_ == "participation"
    doc = nlp("Finland suspended, in protest, the Icelandic officials said on Monday.")
    verb = next(t for t in doc if t.lower_ == "suspended")
    assert interrupted_object(verb) is None
