"""Types of events already found (issue 8, evtype3): a protest done is no diplomatic protest, "supporters" are
no support, means of harm said to be taken threaten, a future act's topic is no act of its own, a request said
to come is a REQUEST, what a thing is called types the judgement, "should have done" blames, telling someone to
do something asks it. PLOVER manual definitions.

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"Peru": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Ghana": ("ghana", "country"),
          "Togo": ("togo", "country"), "Norway": ("norway", "country"), "Chile": ("chile", "country"),
          "Bolivia": ("bolivia", "country"), "Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"),
          "Mali": ("mali", "country"), "Niger": ("niger", "country"), "Chilean": ("chile", "country"),
          "Bolivian": ("bolivia", "country"), "Kenyan": ("kenya", "country"), "Ghanaian": ("ghana", "country"),
          "Norwegian": ("norway", "country"), "Kampala": ("kampala", "place")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_symbols_burned_in_protest_stay_a_protest(tmp_path):
    got = wire_events(tmp_path, "Hundreds of Bolivian miners burned Chilean flags outside the consulate in La Paz.\n",
                      ACTORS)
    assert typed(got, "PROTEST") and not typed(got, "ACCUSE"), got


def test_a_picket_is_a_protest_done(tmp_path):
    got = wire_events(tmp_path, "Nurses picketed the Kenyan embassy in Kampala on Monday.\n", ACTORS)
    assert typed(got, "PROTEST") and not typed(got, "ACCUSE"), got


def test_a_state_protesting_a_decision_still_accuses(tmp_path):
    # near miss: the verb "protest" with an object is a government's complaint (PLOVER ACCUSE)
    got = wire_events(tmp_path, "Peru protested the decision of Ecuador on Monday.\n", ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "PROTEST"), got


def test_supporters_named_are_no_support(tmp_path):
    got = wire_events(tmp_path, "Kenya said Uganda's police had shielded smugglers and beaten opposition supporters.\n",
                      ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "SUPPORT"), got


def test_means_of_harm_said_to_be_taken_threaten(tmp_path):
    got = wire_events(tmp_path, "Mali's foreign minister said Mali would take counter-measures to protect its security "
                                "and would strengthen its forces on the border with Niger.\n", ACTORS)
    assert typed(got, "THREATEN") and not typed(got, "AGREE"), got
    got = wire_events(tmp_path, "Peru said it would take retaliatory measures if Ecuador closed the border.\n", ACTORS)
    assert typed(got, "THREATEN") and not typed(got, "AGREE"), got


def test_readiness_to_fight_threatens(tmp_path):
    got = wire_events(tmp_path, '"We are ready to fight if the talks fail," the Ghanaian defence minister said of Togo.\n',
                      ACTORS)
    assert typed(got, "THREATEN") and not typed(got, "AGREE"), got


def test_a_future_acts_topic_is_no_act(tmp_path):
    got = wire_events(tmp_path, "Norway said it would talk to Chile about the arrests.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "THREATEN"), got
    # near miss: "military" describes no means taken here
    got = wire_events(tmp_path, "Peru said the two countries would deepen military cooperation with Ecuador.\n", ACTORS)
    assert not typed(got, "THREATEN"), got


def test_a_verb_off_its_listed_sense_names_no_act_to_come(tmp_path):
    # `take` is COERCE only for ground taken: "take steps" threatens nobody
    got = wire_events(tmp_path, "Kenya said it would take steps to ease trade with Uganda.\n", ACTORS)
    assert not typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "Kenya said it would take the town of Busia from Uganda.\n", ACTORS)
    assert typed(got, "THREATEN"), got


def test_a_request_said_to_come_is_a_request(tmp_path):
    got = wire_events(tmp_path, "Peru said it would continue to press Ecuador to release the fishermen.\n", ACTORS)
    assert typed(got, "REQUEST") and not typed(got, "THREATEN"), got


def test_what_a_thing_is_called_types_the_judgement(tmp_path):
    got = wire_events(tmp_path, "Togo's president called the agreement a violation of Togo's sovereignty.\n", ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "AGREE"), got
    got = wire_events(tmp_path, "Niger described the accord with Mali as a betrayal.\n", ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "AGREE"), got


def test_should_have_done_blames(tmp_path):
    got = wire_events(tmp_path, "Ghana's speaker said the government of Togo should have consulted its neighbours.\n",
                      ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "REQUEST"), got


def test_should_do_still_asks(tmp_path):
    # near miss: "should" with an act still to come is a demand
    got = wire_events(tmp_path, "Kenya said Uganda should withdraw its troops from the border.\n", ACTORS)
    assert typed(got, "REQUEST") and not typed(got, "ACCUSE"), got


def test_telling_someone_to_act_asks_it(tmp_path):
    got = wire_events(tmp_path, "The Norwegian mediator told Peru and Ecuador to agree on a ceasefire line.\n", ACTORS)
    assert typed(got, "REQUEST") and not typed(got, "AGREE"), got


def test_an_instrument_of_accession_handed_over_joins_the_treaty(tmp_path):
    got = wire_events(tmp_path, "Norway's foreign minister handed the instrument of ratification to the Chilean "
                                "foreign minister in Santiago.\n", ACTORS)
    assert typed(got, "SUPPORT") and not typed(got, "AID"), got


def test_a_place_handed_over_is_ground_given_up(tmp_path):
    got = wire_events(tmp_path, "Peru handed over the Tumbes province to Ecuador in 1942.\n",
                      {**ACTORS, "Tumbes": ("tumbes", "place")})
    assert typed(got, "RETREAT") and not typed(got, "AID"), got
    # near miss: money handed over is given
    got = wire_events(tmp_path, "Peru handed two million dollars to Ecuador.\n", ACTORS)
    assert typed(got, "AID"), got


def test_warcraft_sent_to_open_sea_deploy(tmp_path):
    got = wire_events(tmp_path, "Norway sent maritime patrol aircraft and minehunters to the Barents Sea on Monday.\n",
                      {**ACTORS, "Barents Sea": ("barents_sea", "place")})
    assert typed(got, "MOBILIZE") and not typed(got, "AID"), got


def test_a_loan_offered_is_a_promise(tmp_path):
    got = wire_events(tmp_path, "Kenya offered Uganda a loan of fifty million dollars on Tuesday.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "AID"), got


def test_the_wounded_flown_out_are_helped(tmp_path):
    got = wire_events(tmp_path, "Kenya flew wounded victims to Nairobi for treatment after the blast in Uganda.\n",
                      {**ACTORS, "Nairobi": ("nairobi", "place")})
    assert typed(got, "AID") and not typed(got, "CONSULT"), got


def test_a_decision_taken_against_someone_is_the_act(tmp_path):
    got = wire_events(tmp_path, "Ghana has decided to cancel the visit of Togo's foreign minister.\n", ACTORS)
    assert typed(got, "REJECT") and not typed(got, "AGREE"), got
    # near miss: a decision to cooperate is a stated intention (AGREE)
    got = wire_events(tmp_path, "Mali and Niger decided to attend the conference in Accra.\n",
                      {**ACTORS, "Accra": ("accra", "place")})
    assert typed(got, "AGREE"), got


def test_live_rounds_fired_with_tear_gas_assault(tmp_path):
    got = wire_events(tmp_path, "Kenyan police fired live ammunition and tear gas at protesters in Kampala.\n",
                      {**ACTORS, "Kampala": ("kampala", "place")})
    assert typed(got, "ASSAULT") and not typed(got, "COERCE"), got
    # tear gas alone, no harm told: the eval makers' COERCE crowd dispersal (news-dev 09; conv4,
    # tests/test_events_evtypes6.py)
    got = wire_events(tmp_path, "Kenyan police fired tear gas at protesters in Kampala.\n",
                      {**ACTORS, "Kampala": ("kampala", "place")})
    assert typed(got, "COERCE") and not typed(got, "ASSAULT"), got


def test_civilians_blocking_roads_protest(tmp_path):
    got = wire_events(tmp_path, "Chilean truckers blocked the main highway between Peru and Bolivia on Monday.\n", ACTORS)
    assert typed(got, "PROTEST") and not typed(got, "COERCE"), got
    # near miss: a state's police blocking a road restricts movement
    got = wire_events(tmp_path, "Kenyan police blocked the road to the border with Uganda on Monday.\n", ACTORS)
    assert not typed(got, "PROTEST"), got


def test_an_emergency_declared_with_a_mobilisation_readies_forces(tmp_path):
    got = wire_events(tmp_path, "Ecuador declared martial law and a general mobilisation on Sunday.\n", ACTORS)
    assert typed(got, "MOBILIZE") and not typed(got, "COERCE"), got
    got = wire_events(tmp_path, "Chile declared a state of emergency along its border with Bolivia on Tuesday.\n", ACTORS)
    assert typed(got, "MOBILIZE") and not typed(got, "COERCE"), got
    # near miss: an emergency at home restricts freedoms (PLOVER COERCE restrict)
    got = wire_events(tmp_path, "Ghana's government declared a state of emergency in Accra on Tuesday.\n",
                      {**ACTORS, "Accra": ("accra", "place")})
    assert typed(got, "COERCE") and not typed(got, "MOBILIZE"), got


def test_a_resignation_in_protest_refuses(tmp_path):
    got = wire_events(tmp_path, "Peru's defence minister resigned in protest on Tuesday after Peru signed the deal "
                                "with Ecuador.\n", ACTORS)
    assert typed(got, "REJECT") and not typed(got, "RETREAT"), got
    # near miss: a resignation with no protest is an official resignation (RETREAT)
    got = wire_events(tmp_path, "Peru's defence minister resigned on Tuesday.\n", ACTORS)
    assert typed(got, "RETREAT") and not typed(got, "REJECT"), got


def test_an_envoy_accepted_is_recognised(tmp_path):
    got = wire_events(tmp_path, "Togo accepted Kofi Mensah as Ghana's ambassador on Monday.\n",
                      {**ACTORS, "Kofi Mensah": ("kofi_mensah", "person")})
    assert typed(got, "SUPPORT") and not typed(got, "CONCEDE"), got


def test_support_given_with_material_help_is_aid(tmp_path):
    got = wire_events(tmp_path, "Kenya supported the Ugandan offensive with air and medical evacuation assistance.\n",
                      ACTORS)
    assert typed(got, "AID") and not typed(got, "SUPPORT"), got


def test_a_promise_of_harm_against_someone_threatens(tmp_path):
    got = wire_events(tmp_path, "Ghana's president promised a firm hand against the rebels of Togo.\n", ACTORS)
    assert typed(got, "THREATEN") and not typed(got, "AGREE"), got
    # near miss: help promised against a common enemy is a promise of help
    got = wire_events(tmp_path, "Kenya pledged support against the insurgency in Uganda.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "THREATEN"), got


def test_a_groups_supporters_expelled_is_a_sanction(tmp_path):
    got = wire_events(tmp_path, "Mali decided on Monday to expel Niger's supporters from its territory.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE") and not typed(got, "THREATEN"), got
