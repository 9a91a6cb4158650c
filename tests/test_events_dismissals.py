"""Officials put out of office are COERCE (events/dismissals.py) and acts declined are REJECT
(events/declined_acts.py); issue 8, evargs5. Sentences of our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.extract.events.dismissals import dismissal_words as dismissing_words

ACTORS = {"Ramos": ("ramos", "person"), "Lopez": ("lopez", "person"), "Peru": ("peru", "country"),
          "Chile": ("chile", "country"), "Andean Union": ("andean_union", "organization"),
          "Lima": ("lima", "place")}


@pytest.mark.parametrize("sentence", [
    "President Ramos dismissed the army chief, General Lopez, on Monday.\n",
    "Ramos also sacked Defence Minister Lopez on Monday.\n",
    "Ramos fired his interior minister, Lopez, on Friday.\n",
])
def test_an_office_holder_dismissed_is_coerced(tmp_path, sentence):
    got = wire_events(tmp_path, sentence, ACTORS)
    assert ("COERCE", ["ramos"], ["lopez"]) in got, got
    assert not any(t in ("ASSAULT", "REJECT") for t, _, _ in got), got


def test_a_court_suspending_a_governor_coerces_him(tmp_path):
    got = wire_events(tmp_path, "The court suspended the governor of the province, Lopez, for 60 days.\n", ACTORS)
    assert any(t == "COERCE" and g == ["lopez"] for t, _, g in got), got


def test_a_passive_dismissal_names_its_doer(tmp_path):
    got = wire_events(tmp_path, "The police chief was dismissed by President Ramos on Monday.\n", ACTORS)
    assert any(t == "COERCE" and s == ["ramos"] for t, s, _ in got), got


@pytest.mark.parametrize("sentence, kind", [
    ("President Ramos dismissed the charge as baseless.\n", "REJECT"),
    ("Peru suspended aid to Chile on Monday.\n", "SANCTION"),
])
def test_the_verbs_other_senses_stay(tmp_path, sentence, kind):
    got = wire_events(tmp_path, sentence, ACTORS)
    assert any(t == kind for t, _, _ in got), got
    assert not any(t == "COERCE" for t, _, _ in got), got


def test_missiles_fired_are_no_dismissal(tmp_path):
    got = wire_events(tmp_path, "Rebels fired rockets at the governor's residence in Lima on Monday.\n", ACTORS)
    assert not any(t == "COERCE" for t, _, _ in got), got


def test_the_vocabulary_is_validated_data():
    words = dismissing_words()
    assert {"sack", "dismiss"} <= words.dismissing_verbs and "governor" in words.office_nouns
    assert "charge" not in words.office_nouns


def test_an_act_declined_is_a_refusal(tmp_path):
    got = wire_events(tmp_path, "The Andean Union declined to suspend Peru on Monday.\n", ACTORS)
    assert ("REJECT", ["andean_union"], ["peru"]) in got, got


def test_an_agreement_not_renewed_is_a_refusal(tmp_path):
    got = wire_events(tmp_path, "Peru also declined to renew an agreement with Chile in May.\n", ACTORS)
    assert any(t == "REJECT" and s == ["peru"] for t, s, _ in got), got


@pytest.mark.parametrize("sentence", [
    "Peru declined to provide details on Monday.\n",
    "Peru declined to discuss the case with Chile.\n",
    "Peru declined to comment on the report.\n",
])
def test_declining_to_tell_is_no_refusal(tmp_path, sentence):
    got = wire_events(tmp_path, sentence, ACTORS)
    assert not any(t == "REJECT" for t, _, _ in got), got
