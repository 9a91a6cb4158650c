"""Events with no candidate and events dropped by the object-sense check, sixth pass (issue 8, evcand5): oaths of
office (events/oaths.py), forces arriving (events/force_arrivals.py), sums approved (events/funds_approved.py),
informing a party (plover.yaml `inform`), roads closed, internet and entry suspended, a cabinet approved (plover.yaml
`by_object`), a named body in apposition to the object (material.named_in_apposition), a court's ruling
(judged_stances.yaml), a group acted on (triggers.QUANTIFIERS), persons put in charge (events/put_in_charge.py) and
asylum asked for (plover.yaml phrases).

Sentences are our own, written for these tests about arenas outside the development texts (the Nordic states, the
Andes, the Sahel).
"""

from event_fixtures import wire_events
from foothold.extract.events.force_arrivals import force_arrival
from foothold.extract.events.oaths import oath_of_office

PARTIES = {"King Harald": ("harald", "person"), "Solberg": ("solberg", "person"), "Niinisto": ("niinisto", "person"),
           "Marin": ("marin", "person"), "Storting": ("storting", "organization"), "Norway": ("norway", "country"),
           "NATO": ("nato", "organization"), "European Union": ("eu", "organization"), "Estonia": ("estonia", "country"),
           "Peru": ("peru", "country"), "Peruvian": ("peru", "country"), "Bolivia": ("bolivia", "country"),
           "Washington": ("usa", "country"), "Venezuelan": ("venezuela", "country"), "Puno": ("puno", "place"),
           "Chadian": ("chad", "country"), "Gao": ("gao", "place"), "Goma": ("goma", "place"),
           "Northwind Logistics": ("northwind", "organization"), "United States": ("usa", "country"),
           "Liberal Front": ("liberal_front", "organization"), "Supreme Court": ("supreme_court", "organization"),
           "Serbian": ("serbia", "country"), "Doha": ("doha", "place"), "Reuters": ("reuters", "media")}


def _nlp(text):
    from foothold.extract.nlp import load_nlp
    return load_nlp()(text)


def _root(text):
    return next(t for t in _nlp(text) if t.dep_ == "ROOT")


def typed(events, etype):
    return [e for e in events if e[0] == etype]


# --- oaths of office

def test_swearing_a_person_in_with_the_particle_after_them_appoints(tmp_path):
    events = wire_events(tmp_path, "King Harald swore Solberg in at the palace on Monday.", PARTIES)
    appointed = typed(events, "SUPPORT")
    assert appointed and "harald" in appointed[0][1] and "solberg" in appointed[0][2]


def test_administering_the_oath_of_office_to_a_person_appoints_them(tmp_path):
    events = wire_events(tmp_path, "President Niinisto administered the oath of office to Marin at the palace.", PARTIES)
    appointed = typed(events, "SUPPORT")
    assert appointed and "niinisto" in appointed[0][1] and "marin" in appointed[0][2]
    assert not typed(events, "CONSULT")


def test_taking_the_oath_or_swearing_in_court_is_no_oath_of_office():
    assert oath_of_office(_root("Marin took the oath of office on Friday.")) is None
    assert oath_of_office(_root("The witness swore an oath in court.")) is None
    assert oath_of_office(_root("The ministers administered the funds.")) is None


# --- forces arriving

def test_soldiers_reaching_a_named_town_deploy(tmp_path):
    events = wire_events(tmp_path, "About 2,000 Chadian soldiers had reached Gao by Friday.", PARTIES)
    deployed = typed(events, "MOBILIZE")
    assert deployed and "chad" in deployed[0][1]


def test_columns_moving_north_deploy(tmp_path):
    events = wire_events(tmp_path, "Serbian columns moved north along the highway during the day.", PARTIES)
    assert typed(events, "MOBILIZE")


def test_arrivals_read_only_for_forces_and_places():
    assert force_arrival(_root("Military contractors arrived on the front lines in September.")) is not None
    assert force_arrival(_root("The rebels reached the outskirts of Goma.")) is None      # no state's force
    assert force_arrival(_root("The two sides reached an agreement in Doha.")) is None
    assert force_arrival(_root("The talks moved forward slowly.")) is None
    assert force_arrival(_root("Police units moved into Goma.")) is None                 # an incursion's reading


# --- informing a party

def test_informing_a_named_body_consults_it(tmp_path):
    events = wire_events(tmp_path, "Estonia informed the European Union on Friday.", PARTIES)
    consulted = typed(events, "CONSULT")
    assert consulted and "estonia" in consulted[0][1] and "eu" in consulted[0][2]


def test_sources_informing_an_outlet_or_a_report_informing_a_debate_consult_no_one(tmp_path):
    events = wire_events(tmp_path, "Sources informed Reuters that the talks had failed. "
                                   "The report informed the debate in Lima.", PARTIES)
    assert not typed(events, "CONSULT")


# --- objects that give the verb's sense

def test_internet_suspended_and_bridges_closed_restrict(tmp_path):
    events = wire_events(tmp_path, "The government of Peru suspended mobile internet across Puno. "
                                   "Police in Bolivia closed the bridges leading to the square.", PARTIES)
    restricted = typed(events, "COERCE")
    assert {"peru", "bolivia"} <= {s for e in restricted for s in e[1]}


def test_a_closed_meeting_or_a_suspended_sentence_stays_unread(tmp_path):
    events = wire_events(tmp_path, "Peru closed the meeting at noon. A court in Bolivia suspended the sentence.",
                         PARTIES)
    assert not typed(events, "COERCE") and not typed(events, "SANCTION")


def test_a_cabinet_approved_by_parliament_appoints(tmp_path):
    events = wire_events(tmp_path, "The Storting approved Solberg's cabinet on May 7.", PARTIES)
    appointed = typed(events, "SUPPORT")
    assert appointed and "storting" in appointed[0][1] and "solberg" in appointed[0][2]


def test_a_body_named_in_apposition_is_the_dissolved_object(tmp_path):
    events = wire_events(tmp_path, "Its predecessor, the Liberal Front, was dissolved by the Supreme Court in March.",
                         PARTIES)
    coerced = typed(events, "COERCE")
    assert coerced and "liberal_front" in coerced[0][2]



# --- a court's ruling states a judgement (data/judged_stances.yaml `judging_verbs`)

def test_a_court_ruling_that_a_state_was_responsible_accuses_it(tmp_path):
    events = wire_events(tmp_path, "In October the Supreme Court ruled that Peru was responsible for the massacre.",
                         PARTIES)
    accused = typed(events, "ACCUSE")
    assert accused and "supreme_court" in accused[0][1] and "peru" in accused[0][2]


def test_ruling_a_country_or_ruling_out_talks_is_no_judgement(tmp_path):
    events = wire_events(tmp_path, "The junta that ruled Bolivia until 1982 was led by a general. "
                                   "Peru ruled out talks with Bolivia.", PARTIES)
    assert not typed(events, "ACCUSE")


# --- people acted on as a group (triggers.QUANTIFIERS "group", "crowd"; plover.yaml `beat` migrants, refugees)

def test_police_beating_a_group_of_migrants_assault_them(tmp_path):
    events = wire_events(tmp_path, "Peruvian police beat a group of Bolivian migrants near the border.", PARTIES)
    assaulted = typed(events, "ASSAULT")
    assert assaulted and "peru" in assaulted[0][1]


def test_beating_a_group_of_rivals_in_a_vote_is_no_assault(tmp_path):
    events = wire_events(tmp_path, "Peru beat a group of rival bids from Bolivia to host the games.", PARTIES)
    assert not typed(events, "ASSAULT")


# --- sums approved for a named party (events/funds_approved.py)

def test_a_sum_approved_for_a_named_state_is_aid_whatever_noun_names_it(tmp_path):
    parties = {**PARTIES, "World Bank": ("world_bank", "organization"), "Mali": ("mali", "country")}
    events = wire_events(tmp_path, "The World Bank approved a 300 million dollar programme for Mali in June.", parties)
    aided = typed(events, "AID")
    assert aided and "world_bank" in aided[0][1] and "mali" in aided[0][2]


def test_a_programme_or_a_budget_with_no_sum_or_recipient_is_no_aid():
    from foothold.extract.events.funds_approved import funds_approved
    assert funds_approved(_root("Parliament approved the government's programme for Mali.")) is None
    assert funds_approved(_root("Parliament approved a $2 billion budget on Monday.")) is None
    assert funds_approved(_root("The council allocated 20 million euros to Niger.")) is not None


# --- persons put in charge (events/put_in_charge.py)

def test_a_person_put_in_charge_of_a_body_is_appointed(tmp_path):
    events = wire_events(tmp_path, "President Ana Ruiz placed Luis Quispe in charge of the army on Monday.",
                         {"Ana Ruiz": ("ruiz", "person"), "Luis Quispe": ("quispe", "person")})
    appointed = typed(events, "SUPPORT")
    assert appointed and "ruiz" in appointed[0][1] and "quispe" in appointed[0][2]


def test_placed_under_arrest_or_in_the_command_post_is_no_appointment():
    from foothold.extract.events.put_in_charge import put_in_charge
    assert put_in_charge(_root("Police placed Luis Quispe under arrest on Monday.")) is None
    assert put_in_charge(_root("They put the radio in the command post.")) is None


def test_soldiers_landed_by_helicopter_and_warships_sailing_deploy():
    assert force_arrival(_root("Helicopters landed soldiers of the army in Moura.")) is not None
    assert force_arrival(_root("Two frigates sailed to the disputed waters on Monday.")) is not None
    assert force_arrival(_root("The ferry sailed from Valparaiso to Arica.")) is None
    assert force_arrival(_root("The pilot landed the plane in Lima.")) is None


# --- asylum asked for (plover.yaml phrases)

def test_applying_for_asylum_requests_it_and_a_yearly_count_does_not(tmp_path):
    events = wire_events(tmp_path, "Kofi Mensah, a former lawmaker, crossed into Togo with his family and applied for "
                                   "asylum there. Thousands of migrants apply for asylum in Togo every year.",
                         {"Kofi Mensah": ("mensah", "person"), "Togo": ("togo", "country")})
    requested = typed(events, "REQUEST")
    assert len(requested) == 1 and "mensah" in requested[0][1]


# --- partners named by the body they belong to (events/member_objects.py)

def test_informing_its_allies_in_named_bodies_targets_the_bodies(tmp_path):
    events = wire_events(tmp_path, "Norway has informed its allies in NATO and the European Union.", PARTIES)
    consulted = typed(events, "CONSULT")
    assert consulted and "norway" in consulted[0][1] and {"nato", "eu"} <= set(consulted[0][2])


def test_partners_in_an_unnamed_region_give_no_target(tmp_path):
    events = wire_events(tmp_path, "Norway has informed its partners in the region.", PARTIES)
    assert not typed(events, "CONSULT")
