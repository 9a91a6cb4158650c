"""Small misreadings, fourteenth pass (issue 8, fixes14): forces ordered to take over posts (events/ordered_forces.py),
a main clause's verb hung on a relative clause (events/relative_conjuncts.py), a report's body called by its head
noun or "it" (events/author_subjects.py).

Sentences are our own, written for these tests about arenas outside the development texts (the Andes).
"""

from pathlib import Path

import pytest
from event_fixtures import wire_events

ANDES = {"Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"), "Peru": ("peru", "country"),
         "Arce": ("arce", "person"), "La Paz": ("lapaz", "place"),
         "Ministry of Mines": ("ministry_of_mines", "organization"),
         "Andean Press Watch": ("andean_press_watch", "organization")}


@pytest.mark.parametrize("sentence", [
    "Arce ordered the army's 4th Division to take over the checkpoints near the border with Peru.",
    "Arce ordered the army to take over security at the border crossings with Peru.",
])
def test_forces_ordered_to_take_over_posts_are_deployed(tmp_path, sentence):
    events = wire_events(tmp_path, sentence, ANDES)
    assert any(e[0] == "MOBILIZE" and e[1] == ["arce"] for e in events), events


def test_forces_ordered_to_take_over_a_company_are_not_deployed(tmp_path):
    events = wire_events(tmp_path, "Arce ordered the ministry to take over the company's accounts.", ANDES)
    assert not [e for e in events if e[0] == "MOBILIZE"], events


def test_a_call_hung_on_a_relative_clause_is_the_main_subjects(tmp_path):
    text = ("The Ministry of Mines condemns the attack on one of its trucks near La Paz yesterday, which wounded two "
            "drivers, and calls on the police to find the attackers.")
    events = wire_events(tmp_path, text, ANDES)
    assert any(e[0] == "REQUEST" and e[1] == ["ministry_of_mines"] for e in events), events


def test_a_relative_clause_of_one_tense_keeps_its_own_subject():
    from foothold.extract.events.arguments import subject_of
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("The ministry condemned the raid, which destroyed three trucks and wounded two drivers.")
    wounded = next(t for t in doc if t.lower_ == "wounded")
    assert subject_of(wounded)[0].lower_ != "ministry"


def test_a_report_s_body_called_by_its_head_noun_then_it_calls(tmp_path):
    text = ("The Andean Press Watch counted nine assaults on reporters in Bolivia in May.\n\n"
            "Findings. The Watch knows of no trial in any of the cases. It calls on Bolivia to open an inquiry.")
    events = wire_events(tmp_path, text, ANDES)
    assert any(e[0] == "REQUEST" and e[1] == ["andean_press_watch"] for e in events), events


def test_it_after_no_body_stays_partyless(tmp_path):
    text = "Prices rose in La Paz in May. It calls on Bolivia to act."
    events = wire_events(tmp_path, text, ANDES)
    assert not [e for e in events if e[1] == ["andean_press_watch"]], events


BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.skipif(not (BENCH / "owndocs22" / "05-basra-activists-monitor.txt").exists(), reason="bench set absent")
def test_a_tuning_monitor_report_s_it_calls_on():
    from foothold.extract.pipeline import run_with_context
    from foothold.ingest import read_document
    extraction, _ = run_with_context(read_document(BENCH / "owndocs22" / "05-basra-activists-monitor.txt"))
    events = extraction.to_format()["events"]
    assert any(e["type"] == "REQUEST" and e["source"] == ["southern_iraq_rights_monitor"]
               and e["evidence"].startswith("It calls on") for e in events)
