"""What a statement's words do when no cue names it (issue 8, evrecall3; events/quoted_acts.py): a quoted order is a
demand, the speaker's side denying its own hostile act rejects the charge. Sentences of our own, about arenas outside
the development texts."""

from event_fixtures import wire_events

PARTIES = {"Ghana": ("ghana", "country"), "Togo": ("togo", "country"), "Kofi Mensah": ("kofi_mensah", "person"),
           "Benin": ("benin", "country"), "Togolese": ("togo", "country")}


def types(got):
    return {t for t, _, _ in got}


def test_a_quoted_order_is_a_demand_and_the_ordered_act_no_happening(tmp_path):
    for body in ('"Release the fishermen, and we will talk about everything else," Ghana\'s foreign minister, Kofi '
                 "Mensah, said on Monday.",
                 '"Stop the shelling of our villages now," Kofi Mensah told reporters in Accra on Monday.'):
        got = wire_events(tmp_path, body, PARTIES)
        assert "REQUEST" in types(got) and "RETREAT" not in types(got), (body, got)


def test_a_proposal_or_thanks_is_no_order(tmp_path):
    got = wire_events(tmp_path, '"Let us work together for peace," Kofi Mensah said on Monday.', PARTIES)
    assert "REQUEST" not in types(got), got


def test_the_speakers_side_denying_its_own_attack_rejects(tmp_path):
    for body in ('"We have not taken part in any air strikes," Togo\'s foreign minister said on Monday.',
                 "Togo said on Monday that it had not attacked the border post."):
        got = wire_events(tmp_path, body, PARTIES)
        assert "REJECT" in types(got), (body, got)


def test_another_partys_act_denied_or_a_refused_future_is_no_denial_here(tmp_path):
    got = wire_events(tmp_path, "Benin said on Monday that the Togolese army had not attacked the border post.",
                      PARTIES)
    assert "REJECT" not in types(got), got


def test_a_performative_is_typed_by_its_act_and_forces_announced_deploy(tmp_path):
    parties = {**PARTIES, "National Assembly": ("national_assembly", "organization")}
    got = wire_events(tmp_path, '"We hereby reinstate the National Assembly," Ghana\'s president said on Monday.',
                      parties)
    assert "CONCEDE" in types(got), got
    got = wire_events(tmp_path, "Ghana's president, Kofi Mensah, announced more troops for the north on Monday.",
                      PARTIES)
    assert "MOBILIZE" in types(got), got
