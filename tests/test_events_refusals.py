"""Stated refusals (issue 8, evrecall2; events/refusals.py, data/refusals.yaml). Sentences of our own, about arenas
outside the development texts."""

from event_fixtures import wire_events

from foothold.extract.events.refusals import refusal_words

ACTORS = {
    "Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"),
    "Gabriel Valdes": ("gabriel_valdes", "person"), "Ana Quispe": ("ana_quispe", "person"),
}


def test_a_side_that_will_not_give_up_its_claim_rejects(tmp_path):
    got = wire_events(tmp_path, "Chile said on Monday that it would not give up its claim to the corridor.\n",
                      ACTORS)
    assert any(t == "REJECT" for t, _, _ in got), got


def test_a_warning_that_no_one_will_be_allowed_to_harm_it_threatens(tmp_path):
    got = wire_events(tmp_path, '"We will not allow anyone to cross our borders," Peru\'s defence minister, Ana '
                                "Quispe, said on Tuesday.\n", ACTORS)
    assert any(t == "THREATEN" for t, _, _ in got), got


def test_a_prediction_about_another_party_or_a_past_refusal_is_no_stated_refusal(tmp_path):
    got = wire_events(tmp_path, "Chile's foreign minister, Gabriel Valdes, said on Monday that Bolivia would not give "
                                "up its claim to the corridor.\n", ACTORS)
    assert not any(t in ("REJECT", "THREATEN") for t, _, _ in got), got
    got = wire_events(tmp_path, "Chile's foreign minister, Gabriel Valdes, said on Monday that the talks were "
                                "useful.\n", ACTORS)
    assert not any(t in ("REJECT", "THREATEN") for t, _, _ in got), got


def test_the_word_lists_load():
    words = refusal_words()
    assert "give up" in words.yielding_verbs and "allow" in words.permitting_verbs


def test_a_side_that_will_not_abandon_its_commitment_supports(tmp_path):
    got = wire_events(tmp_path, "Chile said on Monday that it would not abandon its commitment to Bolivia.\n", ACTORS)
    assert any(t == "SUPPORT" for t, _, _ in got) and not any(t == "REJECT" for t, _, _ in got), got


def test_an_idle_it_judging_a_course_refuses_nothing(tmp_path):
    got = wire_events(tmp_path, "Chile said on Monday that it would not help to raise tariffs.\n", ACTORS)
    assert not any(t == "REJECT" for t, _, _ in got), got
