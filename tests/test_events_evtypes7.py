"""Types of events already found, seventh pass (issue 8, evtypes4): a utility supply cut to a place that is no
state withholds a public good (PLOVER COERCE withhold); cuts aimed at a state stay SANCTION. All of a country's own
borders closed at once was COERCE restrict here until the closures round: the eval makers code a state's closure of
its crossings SANCTION "border closure" (seed.gold.notes.md item 28), so it now stays SANCTION (border_closures.py).

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

from foothold.extract.events.withheld_supplies import withheld_supply_words

ACTORS = {"Ethiopia": ("ethiopia", "country"), "Ethiopian": ("ethiopia", "country"),
          "Tigray": ("tigray", "place"), "Mekelle": ("mekelle", "place"), "Peru": ("peru", "country"),
          "Chile": ("chile", "country"), "Moldova": ("moldova", "country"), "Russia": ("russia", "country"),
          "Kenya": ("kenya", "country")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_vocabulary_loads():
    words = withheld_supply_words()
    assert "interrupt" in words.cutting_verbs and "electricity" in words.utilities and "supply" in words.supply_nouns


def test_power_cut_to_a_region_is_withheld(tmp_path):
    got = wire_events(tmp_path, "On Tuesday the Ethiopian government cut the supply of electricity to Tigray for a "
                      "week.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "SANCTION"), got
    got = wire_events(tmp_path, "Ethiopia interrupted fuel deliveries to Mekelle on Monday.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "SANCTION"), got


def test_supply_cut_to_a_state_stays_a_sanction(tmp_path):
    # near misses: a cut between states, and a cut naming no receiver, are a cut exchange
    got = wire_events(tmp_path, "Russia cut gas supplies to Moldova in October.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got
    got = wire_events(tmp_path, "Russia cut its gas supply by half in October.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got


def test_cut_of_no_utility_stays_a_sanction(tmp_path):
    got = wire_events(tmp_path, "Ethiopia cut aid to Tigray in March.\n", ACTORS)
    assert not typed(got, "COERCE"), got


def test_own_borders_closed_is_a_border_closure(tmp_path):
    # was COERCE restrict (evtypes4); the makers code a state's closed crossings SANCTION border closure (seed 28)
    got = wire_events(tmp_path, "Peru closed its land borders late on Friday.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got
    got = wire_events(tmp_path, "Kenya shut its border crossings for two days.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got
    got = wire_events(tmp_path, "Kenya closed the country's borders on Friday.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got


def test_border_closed_against_a_party_stays_a_sanction(tmp_path):
    got = wire_events(tmp_path, "Chile closed its borders with Peru.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got
    got = wire_events(tmp_path, "Kenya closed its border.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got


def test_an_agreement_called_a_milestone_is_praise(tmp_path):
    # the judgement after the object types the statement before the object's own cue ("agreement": AGREE)
    got = wire_events(tmp_path, "Peru and Chile agreed to reopen the border, and Kenya called the agreement "
                      "\"a major milestone\".\n", ACTORS)
    assert ("SUPPORT", ["kenya"], []) in got and ("AGREE", ["kenya"], []) not in got, got
    got = wire_events(tmp_path, "Kenya called the accord \"a historic achievement\" and said both sides had agreed "
                      "to reopen the road.\n", ACTORS)
    assert typed(got, "SUPPORT") and not typed(got, "AGREE"), got


def test_an_agreement_called_a_ploy_is_still_refused(tmp_path):
    got = wire_events(tmp_path, "Kenya called the ceasefire a ploy and fighting went on.\n", ACTORS)
    assert typed(got, "REJECT") and not typed(got, "SUPPORT"), got


def test_a_future_act_by_force_threatens(tmp_path):
    got = wire_events(tmp_path, "Peru said it would recover the islands by force if talks failed.\n", ACTORS)
    assert typed(got, "THREATEN") and not typed(got, "AGREE"), got
    got = wire_events(tmp_path, "Chile said it would restore order militarily.\n", ACTORS)
    assert typed(got, "THREATEN") and not typed(got, "AGREE"), got


def test_a_future_act_by_talks_is_an_intention(tmp_path):
    # near misses: no force named, or force named with a determiner ("the force of law")
    got = wire_events(tmp_path, "Peru said it would recover the islands through talks.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "Peru said it would enforce the ruling with the force of law.\n", ACTORS)
    assert not typed(got, "THREATEN"), got
