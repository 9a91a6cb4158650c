"""A proposal of joint action is a promise, PLOVER AGREE (issue 8, evskip3; events/proposals_made.py,
data/proposals.yaml). Sentences of our own, about arenas outside the development texts (the Andes)."""

from event_fixtures import wire_events

from foothold.extract.events.proposals_made import proposal_words

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"),
           "Ecuador": ("ecuador", "country"), "Lima": ("peru", "country")}


def test_a_joint_course_proposed_is_agree(tmp_path):
    for body in ("Peru proposed on Monday that the two countries settle their border trade in soles.",
                 "Peru proposed on Monday that the joint water commission of the two countries meet within a week.",
                 "On Monday Peru proposed to set up a joint commission with Chile to look into the fishing dispute.",
                 "Peru proposed setting up a working group with Chile to follow the port projects month by month.",
                 "Peru's envoy met Chile's trade minister on Monday and proposed a joint committee to review the tariff "
                 "list."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "AGREE" and "peru" in s for t, s, _ in got), (body, got)


def test_force_a_step_away_or_a_thing_proposed_is_no_promise(tmp_path):
    for body in ("Peru proposed on Monday to bomb the rebel camps near the Chile border.",
                 "The Peru fisheries minister proposed to resign on Monday.",
                 "The Peru interior minister proposed the decree to the president on Monday.",
                 "Peru proposed a new candidate for the court on Monday.",
                 "Peru proposed on Monday to hold a referendum on the new constitution."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "AGREE" for t, _, _ in got), (body, got)


def test_the_word_lists_load():
    words = proposal_words()
    assert "committee" in words.joint_bodies and "task force" in words.joint_bodies
    assert "resign" in words.not_proposed_acts
