"""Triggers read but skipped, seventh pass (issue 8, evskip7): whom a munition that landed hit, named where it landed
(events/munition_targets.py), arrests a state's body or officer reports in the passive (events/reported_arrests.py),
and thanks to a group no actor names (events/thanked_groups.py). Sentences of our own, about an arena outside the
development texts (the Andes)."""

from event_fixtures import extract_events, wire_events

from foothold.model import Relation

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Chilean": ("chile", "country"),
           "Lima": ("lima", "place"), "Rosa Quispe": ("quispe", "person")}


def _assaults(got):
    return [(s, g) for t, s, g in got if t == "ASSAULT"]


def test_a_munition_landing_near_a_states_embassy_hits_that_state(tmp_path):
    got = wire_events(tmp_path, "On Monday two rockets fell near the Chilean embassy in Lima.", PARTIES)
    assert ([], ["chile"]) in _assaults(got), got


def test_a_munition_aimed_at_a_states_embassy_hits_that_state(tmp_path):
    got = wire_events(tmp_path, "On Monday a rocket aimed at the Chilean embassy fell short inside the old town.",
                      PARTIES)
    assert ([], ["chile"]) in _assaults(got), got


def test_every_party_of_conjoined_landing_phrases_is_hit(tmp_path):
    body = ("On Monday a dozen missiles landed near a new building of the Chilean consulate and at a villa "
            "belonging to Rosa Quispe.")
    got = wire_events(tmp_path, body, PARTIES)
    assert any(set(g) == {"chile", "quispe"} for _, g in _assaults(got)), got


def test_a_state_that_is_only_the_ground_is_no_party_hit(tmp_path):
    for body in ("On Monday two rockets landed in Peru.", "On Monday shells fell near the Chilean border."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not _assaults(got), (body, got)


def test_an_arrest_a_state_body_reports_in_the_passive_is_that_states(tmp_path):
    for body in ("Protests spread across Peru on Friday. The interior ministry said on Saturday that three guards "
                 "had been detained over the shooting.",
                 "Protests spread across Peru on Friday. The national police said 18 officers were injured and "
                 "that 22 people were detained."):
        got = wire_events(tmp_path, body, PARTIES)
        assert ("COERCE", ["peru"], []) in got, (body, got)


def test_an_arrest_an_officer_reports_is_his_states(tmp_path):
    leads = [Relation("quispe", "member_of", "peru", "x", 0, 1, "test", title="Interior Minister")]
    body = ("Chile and Peru closed their border on Friday. Interior Minister Rosa Quispe said on Saturday that 120 "
            "people had been arrested since Friday.")
    ctx = extract_events(tmp_path, "title: Wire (Reuters, 5 May 1995)\n\n" + body, PARTIES, "wire.txt", leads)
    assert any(e.type == "COERCE" and e.source == ["peru"] for e in ctx.events), ctx.events


def test_an_arrest_told_by_witnesses_or_by_an_agent_is_not_the_reporters(tmp_path):
    for body in ("Protests spread across Peru on Friday. Witnesses said 40 people had been arrested.",
                 "The interior ministry of Peru said 40 soldiers had been detained by Chile."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "COERCE" and s == ["peru"] for t, s, _ in got), (body, got)


def test_thanks_to_a_group_no_actor_names_is_praise_with_no_target(tmp_path):
    for body in ("On Monday Rosa Quispe thanked the security forces and urged calm.",
                 "On Monday Rosa Quispe thanked the police officers, soldiers and volunteers who cleared the roads."):
        got = wire_events(tmp_path, body, PARTIES)
        assert ("SUPPORT", ["quispe"], []) in got, (body, got)


def test_thanks_to_anyone_else_still_needs_a_party(tmp_path):
    got = wire_events(tmp_path, "On Monday Rosa Quispe thanked the organisers for the invitation.", PARTIES)
    assert not any(t == "SUPPORT" for t, _, _ in got), got
