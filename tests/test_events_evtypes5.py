"""Events found but typed wrong, fifth pass (issue 8, evtypes2; read first on the rotated owndocs22 and owndocs28).

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import wire_events

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Ghana": ("ghana", "country"),
           "Togo": ("togo", "country"), "Lima": ("lima", "place"), "Accra": ("accra", "place"),
           "Ana Quispe": ("ana_quispe", "person"), "Tupac Front": ("tupac_front", "organization")}


def types(events):
    return [e[0] for e in events]


def test_a_court_sentence_or_conviction_is_sanction_convict(tmp_path):
    # the PLOVER manual's SANCTION mode `convict`: "found guilty and sentenced" (a prison term only adds a mode)
    for body in ("A court in Peru sentenced Ana Quispe to 25 years in prison on Tuesday.",
                 "A military court in Peru sentenced Ana Quispe to death in absentia on Tuesday.",
                 "A court in Peru convicted Ana Quispe of sedition on Tuesday."):
        events = wire_events(tmp_path, body, PARTIES)
        assert "SANCTION" in types(events) and "COERCE" not in types(events), (body, events)


def test_a_convicted_person_named_in_passing_is_no_conviction(tmp_path):
    # near miss: a participle describing the executed (the execution is the act)
    events = wire_events(tmp_path, "Peru executed three Chilean nationals convicted of smuggling on Tuesday.", PARTIES)
    assert types(events) == ["ASSAULT"], events


def test_a_speaker_telling_its_own_forces_attack_reports_the_attack(tmp_path):
    # the strike is the news, not an accusation read from "terrorist" in its object (PLOVER ASSAULT)
    for body in ('Chile said on Wednesday that its troops had struck "terrorist cells" hiding in the hills.',
                 "Chile said its troops had attacked terrorist camps in the border hills on Tuesday."):
        events = wire_events(tmp_path, body, PARTIES)
        assert types(events) == ["ASSAULT"] and events[0][1] == ["chile"], (body, events)


def test_another_sides_attack_told_by_a_speaker_still_accuses(tmp_path):
    # near miss: the attack told is Peru's, so Chile's statement blames Peru
    events = wire_events(tmp_path, "Chile said Peruvian troops had shelled its border posts on Tuesday.",
                         {**PARTIES, "Peruvian": ("peru", "country")})
    assert ("ACCUSE", ["chile"], ["peru"]) in events, events
    # near miss: a denial of the own side's act is no attack
    events = wire_events(tmp_path, "Chile said its troops had not attacked terrorist camps on Tuesday.", PARTIES)
    assert "ASSAULT" not in types(events), events


def test_struck_combatants_or_buildings_are_attacked(tmp_path):
    events = wire_events(tmp_path, "A Peruvian drone struck a school in Arica on Monday.",
                         {**PARTIES, "Peruvian": ("peru", "country")})
    assert types(events) == ["ASSAULT"], events
    # near miss: a deal struck is no attack
    events = wire_events(tmp_path, "Chile and Peru struck a deal on fishing rights on Monday.", PARTIES)
    assert "ASSAULT" not in types(events), events


def test_a_note_that_demands_is_a_request(tmp_path):
    events = wire_events(tmp_path, "The Chilean foreign minister handed the Peruvian envoy a letter calling for the "
                                   "release of the fishermen.", {**PARTIES, "Chilean": ("chile", "country"),
                                                                 "Peruvian": ("peru", "country")})
    assert types(events) == ["REQUEST"], events
    # near misses: a note of protest complains (ACCUSE), goods handed over are aid
    events = wire_events(tmp_path, "Chile handed Peru a note of protest on Monday.", PARTIES)
    assert types(events) == ["ACCUSE"], events
    events = wire_events(tmp_path, "Chile handed Peru 50 tonnes of rice on Monday.", PARTIES)
    assert types(events) == ["AID"], events


def test_an_accord_told_as_concluded_is_support(tmp_path):
    # PLOVER SUPPORT: "ratify, sign, or finalize an agreement"; the noun's own participle says it was concluded
    events = wire_events(tmp_path, "The fisheries agreement between Chile and Peru, concluded in May 2019, was "
                                   "negotiated by the foreign ministries.", PARTIES)
    assert types(events) == ["SUPPORT"], events
    # near miss: an accord only proposed is no concluded one
    events = wire_events(tmp_path, "Chile proposed a fisheries agreement with Peru to be signed in May.", PARTIES)
    assert "SUPPORT" not in types(events), events


def test_an_accusation_beside_the_own_act_is_still_said(tmp_path):
    # the statement accuses in its own words ("which they accused of"): it stays an accusation
    events = wire_events(tmp_path, 'Chile said its troops had targeted "terrorist groups", which it accused of '
                                   "stirring the riots in Lima.", PARTIES)
    assert "ACCUSE" in types(events), events


def test_columns_and_squadrons_moved_are_deployed(tmp_path):
    events = wire_events(tmp_path, "Peru's army moved more than 50 columns into the northern districts on Monday.",
                         PARTIES)
    assert types(events) == ["MOBILIZE"], events
    # near miss: a capital moved is no deployment
    events = wire_events(tmp_path, "Peru moved its capital to the coast in 1950.", PARTIES)
    assert "MOBILIZE" not in types(events), events


def test_an_order_to_harm_whoever_may_come_threatens(tmp_path):
    events = wire_events(tmp_path, 'Ana Quispe said she had instructed the navy to "sink and destroy" any Chilean '
                                   "boats that entered Peruvian waters.", {**PARTIES, "Chilean": ("chile", "country")})
    assert "THREATEN" in types(events) and "ASSAULT" not in types(events), events
    # near miss: an order against named camps is the strike (the speaker's own ordered act)
    events = wire_events(tmp_path, "Ana Quispe said she had ordered the air force to bomb the rebel camps near Lima.",
                         PARTIES)
    assert "ASSAULT" in types(events), events


def test_an_announced_halt_of_fighting_is_a_concession(tmp_path):
    # PLOVER CONCEDE: "declarations (but not implementations) of ceasefires"
    for body in ("The Tupac Front announced that it would suspend its operations against Chilean forces.",
                 "The Tupac Front announced on Monday that it was suspending its operations against Chilean forces."):
        events = wire_events(tmp_path, body, {**PARTIES, "Chilean": ("chile", "country")})
        assert types(events) == ["CONCEDE"], (body, events)
    # near miss: a company's operations suspended are cooperation halted, no ceasefire
    events = wire_events(tmp_path, "Andes Air announced that it would suspend its operations in Peru.",
                         {**PARTIES, "Andes Air": ("andes_air", "organization")})
    assert "CONCEDE" not in types(events), events


def test_police_or_instructors_sent_to_no_state_deploy(tmp_path):
    events = wire_events(tmp_path, "Chile declared a state of emergency and sent in a thousand extra police.", PARTIES)
    assert "MOBILIZE" in types(events) and "AID" not in types(events), events
    # near miss: instructors sent to a state are military aid to it
    events = wire_events(tmp_path, "Chile sent 300 military instructors to Peru in December.", PARTIES)
    assert ("AID", ["chile"], ["peru"]) in events, events


def test_a_call_paid_on_someone_is_a_visit(tmp_path):
    events = wire_events(tmp_path, "Ana Quispe called on the Chilean president in Lima on Tuesday.",
                         {**PARTIES, "Chilean": ("chile", "country")})
    assert types(events) == ["CONSULT"], events
    # near miss: calling on someone to act asks it
    events = wire_events(tmp_path, "Ana Quispe called on the Chilean president to release the prisoners.",
                         {**PARTIES, "Chilean": ("chile", "country")})
    assert types(events) == ["REQUEST"], events

