"""A named organisation compounded on a common head noun acts, not its owner's possessive (issue 8, docs25;
`events/named_heads.py`). Own sentences from arenas other than the wire story that showed the need."""

from event_fixtures import wire_events

ACTORS = {"Ortega": ("ortega", "person"), "Sandinista Front": ("fsln", "organization"),
          "Nicaragua": ("nicaragua", "country"), "Costa Rica": ("costa_rica", "country")}


def test_the_compounded_party_acts_not_its_leader(tmp_path):
    got = wire_events(tmp_path, "MANAGUA, May 5 (Wire) - Ortega's Sandinista Front party condemned Costa Rica.", ACTORS)
    assert ("ACCUSE", ["fsln"], ["costa_rica"]) in got, got


def test_a_possessor_with_no_named_body_still_acts(tmp_path):
    # near misses: no organisation named on the head, so the owner is the one acting
    got = wire_events(tmp_path, "MANAGUA, May 5 (Wire) - Ortega's party condemned Costa Rica.", ACTORS)
    assert ("ACCUSE", ["ortega"], ["costa_rica"]) in got, got
    got = wire_events(tmp_path, "MANAGUA, May 5 (Wire) - Ortega's spokesman condemned Costa Rica.", ACTORS)
    assert ("ACCUSE", ["ortega"], ["costa_rica"]) in got, got
