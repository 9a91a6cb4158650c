"""Type leftovers (issue 8, evtype2): a commitment to stand by a party (SUPPORT), an official sent somewhere (a visit, CONSULT), a
gathering left (REJECT), warships docking (a port call: CONSULT), an announced dispatch of forces (MOBILIZE), diplomatic recognition
switched (SUPPORT). PLOVER manual definitions; plover.yaml holds the words, `events/walkouts.py` the gathering left.

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"Peru": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Ghana": ("ghana", "country"),
          "Togo": ("togo", "country"), "Norway": ("norway", "country"), "Sri Lanka": ("sri_lanka", "country"),
          "Greece": ("greece", "country"), "Cyprus": ("cyprus", "country"), "Egypt": ("egypt", "country"),
          "Nicaragua": ("nicaragua", "country"), "Taiwan": ("taiwan", "country"), "China": ("china", "country"),
          "Canada": ("canada", "country"), "Iceland": ("iceland", "country")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_a_commitment_to_stand_by_a_party_supports_it(tmp_path):
    got = wire_events(tmp_path, "Greece reaffirmed its commitment to stand by the people of Cyprus.\n", ACTORS)
    assert ("SUPPORT", ["greece"], ["cyprus"]) in got and not typed(got, "AGREE"), got


def test_a_minister_sent_somewhere_visits(tmp_path):
    got = wire_events(tmp_path, "Egypt sent its foreign minister to Managua in Nicaragua on Tuesday.\n", ACTORS)
    assert typed(got, "CONSULT") and not typed(got, "AGREE") and not typed(got, "AID"), got


def test_a_gathering_left_is_refused(tmp_path):
    got = wire_events(tmp_path, "Canada pulled out of the summit in Reykjavik on Friday.\n", ACTORS)
    assert typed(got, "REJECT") and not typed(got, "RETREAT"), got
    got = wire_events(tmp_path, "Peru withdrew from the talks with Ecuador on Monday.\n", ACTORS)
    assert typed(got, "REJECT") and not typed(got, "RETREAT"), got


def test_ground_left_stays_a_withdrawal(tmp_path):
    # near miss: leaving a country gives up ground (RETREAT), no gathering refused
    got = wire_events(tmp_path, "Egyptian troops pulled out of Nicaragua in 1990.\n", ACTORS)
    assert typed(got, "RETREAT") and not typed(got, "REJECT"), got


def test_warships_docking_make_a_port_call(tmp_path):
    got = wire_events(tmp_path, "China's warships docked at a port in Sri Lanka on Monday.\n", ACTORS)
    assert typed(got, "CONSULT") and not typed(got, "MOBILIZE"), got


def test_an_announced_dispatch_of_forces_deploys(tmp_path):
    got = wire_events(tmp_path, "Ghana's army announced that it had sent an additional battalion into Togo.\n",
                      ACTORS)
    assert typed(got, "MOBILIZE") and not typed(got, "AID"), got


def test_switched_recognition_supports_the_new_side(tmp_path):
    got = wire_events(tmp_path, "Nicaragua switched diplomatic recognition from Taiwan to China in 2021.\n", ACTORS)
    assert ("SUPPORT", ["nicaragua"], ["china"]) in got, got
