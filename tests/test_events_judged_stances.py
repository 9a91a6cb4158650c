"""events/judged_stances.py (issue 8, evstate2): a release's stance told with no speech verb -- a judging verb
with a "that" clause ("holds that X is responsible for ...") and a noting verb "with concern" ("notes with concern
the reports that ...") are statements; the second accuses. Sentences written for these tests (Andean arena)."""
import pytest

from event_fixtures import extract_events
from foothold.errors import DataFileError
from foothold.extract.events.judged_stances import judged_words

ACTORS = {"Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"),
          "Shining Path": ("sendero", "organization"), "The Ministry": ("ministry", "organization")}
HEADER = "source: https://example.org/andes.html\ntitle: Andean statement (Reuters, 5 May 2011)\n\n"


def typed_by(tmp_path, sentence: str, speaker: str) -> list[str]:
    return [e.type for e in extract_events(tmp_path, HEADER + sentence, ACTORS).events if speaker in e.source]


def test_holding_another_responsible_in_a_clause_accuses(tmp_path):
    sentence = "Peru holds that the Shining Path is responsible for the bombing of the power station in Huancayo."
    events = extract_events(tmp_path, HEADER + sentence, ACTORS).events
    accusations = [e for e in events if e.type == "ACCUSE" and "peru" in e.source]
    assert accusations and "sendero" in accusations[0].target
    assert accusations[0].extractor and accusations[0].evidence


def test_a_vote_considered_unfair_accuses(tmp_path):
    sentence = "Chile considers that the vote held in Bolivia in March was unfair."
    assert "ACCUSE" in typed_by(tmp_path, sentence, "chile")


@pytest.mark.parametrize("sentence", [
    "The committee that Peru holds responsible meets in Lima.",                 # relative clause, no clause
    "Peru holds talks with Bolivia on the border every year.",                   # holding talks is no judgement
    "Peru does not hold that the Shining Path is responsible for the bombing.",  # negated
])
def test_no_judged_clause(tmp_path, sentence):
    assert "ACCUSE" not in typed_by(tmp_path, sentence, "peru")


@pytest.mark.parametrize("sentence", [
    "The Ministry notes with concern the reports that Bolivia has closed its border crossings with Peru.",
    "The Ministry is following with deep concern the shelling of villages near the border by Bolivia.",
    "The Ministry regards with alarm the decision of Bolivia to expel the ambassador of Peru.",
])
def test_noting_with_concern_accuses(tmp_path, sentence):
    assert "ACCUSE" in typed_by(tmp_path, sentence, "ministry")


def test_noting_with_satisfaction_does_not_accuse(tmp_path):
    sentence = "The Ministry notes with satisfaction the reports that Bolivia has reopened its border crossings."
    assert "ACCUSE" not in typed_by(tmp_path, sentence, "ministry")


def test_word_lists_are_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("judging_verbs: [hold]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        judged_words(str(bad))
