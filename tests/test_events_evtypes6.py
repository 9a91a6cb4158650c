"""Types of events already found, sixth pass (issue 8, evtypes3): crowd-control weapons named with no harm told
are the eval makers' COERCE crowd dispersal (news-dev 09; conv4; the PLOVER manual's ASSAULT crowd-control only
where the act's words tell harm or live fire), a bar from going somewhere is COERCE restrict, a payment ordered of
another party is a demand (REQUEST), a crossing closed to people on the move restricts, and a stated refusal to
comply rejects.

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

from foothold.extract.events.barred_movement import barred_movement_words
from foothold.extract.events.crowd_control import crowd_control_words
from foothold.extract.events.ordered_payments import payment_verbs

ACTORS = {"Kenya": ("kenya", "country"), "Kenyan": ("kenya", "country"), "Peru": ("peru", "country"),
          "Peruvian": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Chile": ("chile", "country"),
          "Chilean": ("chile", "country"), "Nairobi": ("nairobi", "place"), "Lima": ("lima", "place"),
          "Maria Lopez": ("maria_lopez", "person"), "John Mensah": ("john_mensah", "person")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_vocabularies_load():
    assert "tear" in crowd_control_words().weapon_modifiers and "gas" in crowd_control_words().weapon_words
    assert "bar" in barred_movement_words().barring_verbs and "enter" in barred_movement_words().movement_verbs
    assert "pay" in payment_verbs()


def test_tear_gas_fired_is_a_crowd_dispersal(tmp_path):
    got = wire_events(tmp_path, "Kenyan police fired tear gas at students in Nairobi on Monday.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "ASSAULT"), got


def test_a_dispersal_with_a_weapon_named_is_a_crowd_dispersal(tmp_path):
    got = wire_events(tmp_path, "Kenyan police dispersed the march with water cannon on Monday.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "ASSAULT"), got
    got = wire_events(tmp_path, "Chilean police fired rubber bullets and teargas at the crowd in Santiago.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "ASSAULT"), got


def test_a_dispersal_naming_no_weapon_restricts(tmp_path):
    # near miss: the manual's "police pushed back protesters" is COERCE restrict
    got = wire_events(tmp_path, "Kenyan police dispersed the march in Nairobi on Monday.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "ASSAULT"), got


def test_residents_barred_from_moving_are_restricted(tmp_path):
    got = wire_events(tmp_path, "Kenyan soldiers barred residents from moving north of the river at night.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "SANCTION"), got


def test_a_speaker_barred_from_entering_is_restricted(tmp_path):
    got = wire_events(tmp_path, "Chilean troops surrounded the senate and barred its president, John Mensah, from "
                                "entering.\n", ACTORS)
    assert ("COERCE", ["chile"], ["john_mensah"]) in got and not typed(got, "SANCTION"), got


def test_barred_from_entering_a_state_is_left_as_read(tmp_path):
    # near miss: a travel ban on a state's territory is no restriction at home
    got = wire_events(tmp_path, "Maria Lopez has been barred from entering Peru.\n", ACTORS)
    assert not typed(got, "COERCE"), got
    # near miss: a bar from an exchange holds no movement
    got = wire_events(tmp_path, "Kenya barred 14 banks from dollar transactions on Monday.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got


def test_inspectors_barred_from_entering_stay_a_rejection(tmp_path):
    # near miss: the lexicon's own sense of `bar` (a group kept out: PLOVER REJECT) holds
    got = wire_events(tmp_path, "Ecuador barred Peruvian inspectors from entering the mine.\n", ACTORS)
    assert typed(got, "REJECT") and not typed(got, "COERCE"), got


def test_a_payment_ordered_is_a_demand(tmp_path):
    got = wire_events(tmp_path, "The Supreme Court of Peru ordered the mining company to pay compensation to 40 "
                                "farmers on Monday.\n", ACTORS)
    assert typed(got, "REQUEST") and not typed(got, "AID"), got


def test_a_force_ordered_to_act_still_acts(tmp_path):
    # near miss: an order to one's own troops to withdraw is still read as the withdrawal
    got = wire_events(tmp_path, "Maria Lopez ordered the troops to withdraw from the border on Monday.\n", ACTORS)
    assert not typed(got, "REQUEST"), got


def test_weapons_fired_into_the_air_are_a_crowd_dispersal(tmp_path):
    # the manual's "firing weapons in the air"; with tear gas in one clause: one act, not two types (the makers:
    # COERCE crowd dispersal)
    got = wire_events(tmp_path, "Kenyan police shot into the air to disperse the crowd in Nairobi on Monday.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "ASSAULT"), got
    got = wire_events(tmp_path, "Protesters threw stones at the Kenyan police, who responded by firing tear gas at them "
                                "and shooting in the air in Nairobi.\n", ACTORS)
    assert ("COERCE", ["kenya"], []) in got and not [g for g in typed(got, "ASSAULT") if g[1] == ["kenya"]], got


def test_a_crossing_closed_to_people_on_the_move_is_a_border_closure(tmp_path):
    # was COERCE restrict (closed_to_travellers); the makers code a crossing closed by a state's authorities
    # SANCTION border closure (seed.gold.notes.md item 28), whoever it is closed to (border_closures.py)
    got = wire_events(tmp_path, "Chile closed its land crossings to foreign pilgrims on Monday.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got
    got = wire_events(tmp_path, "Chile closed its border with Peru on Monday.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got


def test_a_stated_refusal_to_comply_rejects(tmp_path):
    got = wire_events(tmp_path, "Peru said it will not comply with the ruling.\n", ACTORS)
    assert typed(got, "REJECT"), got


def test_units_and_tanks_sent_to_a_frontier_deploy(tmp_path):
    got = wire_events(tmp_path, "The Chilean army sent armoured units to the frontier on Monday.\n", ACTORS)
    assert typed(got, "MOBILIZE") and not typed(got, "AID"), got
    got = wire_events(tmp_path, "Chile sent tanks to the northern border on Monday.\n", ACTORS)
    assert typed(got, "MOBILIZE") and not typed(got, "AID"), got
    # near miss: tanks sent to a state are military aid to it
    got = wire_events(tmp_path, "Chile sent tanks to Peru in March.\n", ACTORS)
    assert typed(got, "AID") and not typed(got, "MOBILIZE"), got


def test_a_dispersal_using_tear_gas_is_a_crowd_dispersal(tmp_path):
    got = wire_events(tmp_path, "Kenyan police dispersed the protest using tear gas on Monday.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "ASSAULT"), got
    # near miss: a later act conjoined names no weapon of the dispersal
    got = wire_events(tmp_path, "Kenyan police dispersed the protest in Nairobi and later arrested ten students.\n",
                      ACTORS)
    assert not typed(got, "ASSAULT"), got
