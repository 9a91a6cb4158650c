"""Entry barred to people on the move restricts movement (events/barred_movement.py `entry_barred`; issue 8, evtypes8):
PLOVER COERCE restrict, not the REJECT of a mission refused. Our own sentences."""

from event_fixtures import wire_events

ACTORS = {"Kenya": ("kenya", "country"), "Somalia": ("somalia", "country"), "Chad": ("chad", "country")}


def types(got):
    return [t for t, _, _ in got]


def test_entry_barred_to_travellers_restricts_movement(tmp_path):
    for body in ("Kenya barred entry to foreigners who had been in Somalia during the previous month.\n",
                 "On 3 May Chad barred the entry of foreign travellers arriving from Somalia.\n",
                 "Kenya barred entry to tourists from Somalia on Monday.\n"):
        got = wire_events(tmp_path, body, ACTORS)
        assert "COERCE" in types(got) and "REJECT" not in types(got), (body, got)


def test_entry_barred_to_a_mission_stays_a_refusal(tmp_path):
    # near miss: inspectors are no travellers; barring them refuses the mission (plover.yaml `bar`)
    got = wire_events(tmp_path, "Kenya barred entry to the inspectors on Monday.\n", ACTORS)
    assert "COERCE" not in types(got), got
