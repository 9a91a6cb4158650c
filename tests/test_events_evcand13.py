"""Statements without a cue, thirteenth pass (issue 8, evcand13): an accord affirmed by a statement verb
(`affirmed_accords.py`, data/affirmed_accords.yaml): "the two ministers reaffirmed the 1929 treaty" endorses it
(PLOVER SUPPORT), where no said clause carries a cue; another party's listed conduct told in the simple past
(`speech.alleged_conduct`, plover.yaml `alleged_conduct` with "intrude") accuses it.

Sentences are our own, written for these tests about an arena outside the development texts (the Andes).
"""

import pytest
from event_fixtures import wire_events

from foothold.extract.events.affirmed_accords import affirmed_accord_words

PARTIES = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
           "Ecuador": ("ecuador", "country"), "Lima": ("peru", "country"), "Bolivian": ("bolivia", "country"),
           "Chilean": ("chile", "country")}


def _typed(tmp_path, sentence, kind):
    return [e for e in wire_events(tmp_path, sentence, PARTIES) if e[0] == kind]


@pytest.mark.parametrize("sentence, sources", [
    ("On Tuesday the foreign ministers of Chile and Peru reaffirmed the 1929 Treaty of Lima.", ["chile", "peru"]),
    ("On Friday Ecuador and Peru confirmed the ceasefire that took effect on Sunday.", ["ecuador", "peru"]),
    ("On Monday Bolivia reaffirmed the 1904 treaty with Chile.", ["bolivia"]),
])
def test_an_accord_affirmed_is_support(tmp_path, sentence, sources):
    found = _typed(tmp_path, sentence, "SUPPORT")
    assert found and sorted(found[0][1]) == sources


def test_the_accords_other_party_is_the_target(tmp_path):
    assert _typed(tmp_path, "On Monday Bolivia reaffirmed the 1904 treaty with Chile.", "SUPPORT")[0][2] == ["chile"]


def test_a_cue_read_first_keeps_its_type(tmp_path):
    # "agreement" is an AGREE cue of plover.yaml: the rule reads only statements nothing else typed
    assert not _typed(tmp_path, "On Monday Bolivia reaffirmed the border agreement with Chile.", "SUPPORT")


@pytest.mark.parametrize("sentence", [
    "On Friday Ecuador and Peru confirmed the ceasefire had collapsed.",       # a report: a clause, no object
    "On Friday Ecuador did not confirm the truce with Peru.",                  # negated
    "On Friday Bolivia confirmed the death of two soldiers.",                  # no accord
])
def test_a_report_a_negation_or_another_object_is_no_support(tmp_path, sentence):
    assert not _typed(tmp_path, sentence, "SUPPORT")


def test_a_commitment_to_an_accord_stays_the_pledges(tmp_path):
    # pledges.py types it before (a commitment to a thing is an endorsement): one SUPPORT, not two
    found = _typed(tmp_path, "On Friday Chile and Peru reaffirmed their commitment to the treaty.", "SUPPORT")
    assert len(found) == 1


def test_the_word_lists_load():
    words = affirmed_accord_words()
    assert "reaffirm" in words.affirming_verbs and "treaty" in words.accord_nouns


def test_on_a_tuning_document_the_reaffirmed_treaty_is_support():
    # bench/owndocs23 (a tuning set): "The two leaders reaffirmed the 1951 Mutual Defense Treaty, ..." (gold SUPPORT)
    from pathlib import Path

    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = Path(__file__).resolve().parents[1] / "bench" / "owndocs23" / "01-indopacom-change-of-command.txt"
    if not path.exists():
        pytest.skip("bench/owndocs23 not present")
    document = read_document(path)
    start = document.text.index("reaffirmed the 1951")
    found = [e for e in run(document).events if e.type == "SUPPORT" and e.start <= start < e.end]
    assert found


@pytest.mark.parametrize("sentence, target", [
    # reported speech need not shift back: a listed conduct verb in the simple past is told as done
    ("On Tuesday Lima said Bolivian soldiers crossed the border near the lake.", "bolivia"),
    ("On Tuesday Lima said the Chilean vessels had intruded into Peruvian waters.", "chile"),
])
def test_another_partys_conduct_told_in_the_simple_past_accuses(tmp_path, sentence, target):
    found = _typed(tmp_path, sentence, "ACCUSE")
    assert found and found[0][1] == ["peru"] and found[0][2] == [target]


def test_the_speakers_own_conduct_in_the_simple_past_accuses_no_one(tmp_path):
    assert not _typed(tmp_path, "On Tuesday Lima said its own soldiers crossed the border by mistake.", "ACCUSE")
