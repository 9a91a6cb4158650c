"""A denial told in a relative clause (issue 8): "X accused Y of shelling the town, which Y denies". The denied
claim is the one the clause hangs in, so the denial answers its claimant (PLOVER REJECT: the target is who is
answered).

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"Eritrea": ("eritrea", "country"), "Ethiopia": ("ethiopia", "country"), "Peru": ("peru", "country"),
          "Ecuador": ("ecuador", "country"), "Norway": ("norway", "country"), "Qatar": ("qatar", "country"),
          "Kenya": ("kenya", "country"), "Ghana": ("ghana", "country")}


def rejects(got):
    return [(g[1], g[2]) for g in got if g[0] == "REJECT"]


def test_a_relative_denial_answers_the_accuser(tmp_path):
    got = wire_events(tmp_path, "Eritrea has accused Ethiopia of shelling the border town, which Ethiopia "
                                "denies.\n", ACTORS)
    assert (["ethiopia"], ["eritrea"]) in rejects(got), got
    got = wire_events(tmp_path, "Peru accused Ecuador of moving troops to the border, which Ecuador denied.\n", ACTORS)
    assert (["ecuador"], ["peru"]) in rejects(got), got


def test_a_relative_denial_of_a_report_answers_its_speaker(tmp_path):
    got = wire_events(tmp_path, "Norway said Qatar had funded the militia, which Qatar denies.\n", ACTORS)
    assert any(s == ["qatar"] and "norway" in t for s, t in rejects(got)), got


def test_a_relative_clause_that_is_no_denial_adds_nothing(tmp_path):
    got = wire_events(tmp_path, "Kenya accused Ghana of shelling the town, which lies near the border.\n", ACTORS)
    assert rejects(got) == [], got
