"""Events with no candidate and statements without a cue, fifth pass (issue 8, evcand4): office holders dismissed
(events/dismissals.py, data/dismissals.yaml) and reappointed (plover.yaml `reappoint`); protesters gathering and
marches held (events/protest_gatherings.py); works opened together (events/joint_openings.py).

Sentences are our own, written for these tests about arenas outside the development texts (Andes, West Africa,
the Pacific).
"""

from event_fixtures import wire_events
from foothold.extract.events.dismissals import dismissal_trigger, dismissal_words
from foothold.extract.events.joint_openings import joint_opening
from foothold.extract.events.protest_gatherings import assembled_protest, held_march

PARTIES = {"Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"),
           "Peruvian": ("peru", "country"), "Bolivian": ("bolivia", "country"), "Chilean": ("chile", "country"),
           "Ana Ruiz": ("ana_ruiz", "person"), "Luis Quispe": ("luis_quispe", "person"),
           "Marta Flores": ("marta_flores", "person"), "Juan Zapata": ("juan_zapata", "person"),
           "Kofi Mensah": ("kofi_mensah", "person"), "John Mahama": ("john_mahama", "person"),
           "Ama Owusu": ("ama_owusu", "person"), "Ghana": ("ghana", "country"), "Togo": ("togo", "country"),
           "Ghanaian": ("ghana", "country"), "Togolese": ("togo", "country"), "Fiji": ("fiji", "country"),
           "Tonga": ("tonga", "country")}


def _nlp(text):
    from foothold.extract.nlp import load_nlp
    return load_nlp()(text)


def typed(events, etype):
    return [e for e in events if e[0] == etype]


# --- office holders dismissed

def test_dismissal_words_load():
    words = dismissal_words()
    assert "sack" in words.dismissing_verbs and "governor" in words.office_nouns and "post" in words.office_posts


def test_sacking_an_office_holder_coerces_and_a_reappointment_appoints(tmp_path):
    events = wire_events(tmp_path, "In March, President John Mahama sacked the army chief, General Kofi Mensah, and "
                                   "reappointed Ama Owusu.", PARTIES)
    coerced = typed(events, "COERCE")
    assert coerced and "john_mahama" in coerced[0][1] and "kofi_mensah" in coerced[0][2]
    appointed = typed(events, "SUPPORT")
    assert appointed and "ama_owusu" in appointed[0][2]


def test_firing_a_minister_named_with_the_title_is_a_dismissal_not_a_shooting(tmp_path):
    events = wire_events(tmp_path, "President Luis Quispe fired Defence Minister Juan Zapata on Tuesday.", PARTIES)
    assert typed(events, "COERCE") and not typed(events, "ASSAULT")


def test_removing_a_person_from_the_post_dismisses(tmp_path):
    events = wire_events(tmp_path, "Peru's president Ana Ruiz removed General Juan Zapata from his post on Tuesday.",
                         PARTIES)
    assert any("juan_zapata" in e[2] for e in typed(events, "COERCE"))


def test_what_is_no_office_holder_keeps_the_verb_s_own_sense():
    doc = _nlp("Peruvian border guards removed 24 buoys from the river.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "remove")) is None
    doc = _nlp("Chilean police fired tear gas at the protesters in Santiago.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "fire")) is None
    doc = _nlp("The soldiers fired on the governor's convoy near Cusco.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "fire")) is None
    doc = _nlp("The ministry dismissed the claim as baseless.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "dismiss")) is None
    doc = _nlp("The president dismissed the police chief of Lima.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "dismiss")) is not None


# --- protesters gathering, marches held

def test_protesters_gathering_outside_an_embassy_protest(tmp_path):
    events = wire_events(tmp_path, "On 4 May protesters gathered outside the Chilean embassy in La Paz.", PARTIES)
    assert typed(events, "PROTEST")


def test_a_crowd_not_named_as_protesting_gathers_to_no_protest():
    doc = _nlp("Crowds gathered in Suva to mourn the former prime minister.")
    assert assembled_protest(next(t for t in doc if t.lemma_ == "gather")) is None
    doc = _nlp("Thousands of demonstrators converged on the square outside parliament.")
    assert assembled_protest(next(t for t in doc if t.lemma_ == "converge")) is not None


def test_a_march_held_or_led_is_a_protest(tmp_path):
    events = wire_events(tmp_path, 'The Tongan Students Union held a "Peace March" in Nuku\'alofa against the '
                                   'decree.', {**PARTIES, "Tongan Students Union": ("tsu", "organization")})
    assert any("tsu" in e[1] for e in typed(events, "PROTEST"))
    doc = _nlp("The Togolese army held exercises near the border.")
    assert held_march(next(t for t in doc if t.lemma_ == "hold")) is None


# --- works opened together

def test_two_leaders_opening_a_bridge_cooperate(tmp_path):
    events = wire_events(tmp_path, "Fiji's prime minister Ana Ruiz and her Tongan counterpart, Luis Quispe, opened "
                                   "the new port by video link in June.", PARTIES)
    coop = typed(events, "COOPERATE")
    assert coop and {"ana_ruiz", "luis_quispe"} <= set(coop[0][1])


def test_one_party_opening_its_hospital_or_two_opening_talks_is_no_joint_work():
    doc = _nlp("President Ana Ruiz opened a new hospital in Cusco.")
    assert joint_opening(next(t for t in doc if t.lemma_ == "open")) is None
    doc = _nlp("Peru and Chile opened talks on the maritime border.")
    assert joint_opening(next(t for t in doc if t.lemma_ == "open")) is None
    doc = _nlp("Ghana and Togo jointly commissioned the power plant at Aflao.")
    assert joint_opening(next(t for t in doc if t.lemma_ == "commission")) is not None


# --- gifts, forces put on alert

def test_a_gift_to_another_state_aids_it(tmp_path):
    events = wire_events(tmp_path, "Ghana gifted a patrol aircraft to the Togolese navy in January.", PARTIES)
    assert any("ghana" in e[1] and "togo" in e[2] for e in typed(events, "AID"))


def test_forces_placed_on_alert_mobilize(tmp_path):
    events = wire_events(tmp_path, "The Chilean army placed its units in the north on high alert on Monday.", PARTIES)
    assert typed(events, "MOBILIZE")
    events = wire_events(tmp_path, "Chile placed the new law on its agenda on Monday.", PARTIES)
    assert not typed(events, "MOBILIZE")


# --- a continued quotation that will not hold back means

def test_a_continued_quote_not_hesitating_to_use_every_tool_threatens(tmp_path):
    events = wire_events(tmp_path, '"Smugglers have fed the war in the valley for years," said Interior Minister Luis '
                                   'Quispe. "Bolivia will not hesitate to use all tools available to protect our border '
                                   'posts."', PARTIES)
    threats = typed(events, "THREATEN")
    assert threats and "luis_quispe" in threats[0][1]


def test_a_continued_quote_not_hesitating_to_help_threatens_no_one(tmp_path):
    events = wire_events(tmp_path, '"The floods hit hard," said Deputy Minister Ana Ruiz. "Peru will not hesitate to '
                                   'help the farmers of the valley."', PARTIES)
    assert not typed(events, "THREATEN")


# --- holders confirmed in an office

def test_a_body_confirming_a_person_as_prime_minister_appoints(tmp_path):
    events = wire_events(tmp_path, "Parliament had confirmed Luis Quispe as prime minister on Wednesday.",
                         {**PARTIES, "Parliament": ("parliament", "organization")})
    assert any("luis_quispe" in e[2] for e in typed(events, "SUPPORT"))


def test_confirming_what_was_said_appoints_no_one():
    from foothold.extract.events.confirmations import confirmed_in_office
    doc = _nlp("The ministry confirmed that Luis Quispe had resigned.")
    assert confirmed_in_office(next(t for t in doc if t.lemma_ == "confirm")) is None
    doc = _nlp("The Senate confirmed Luis Quispe as ambassador to Chile.")
    assert confirmed_in_office(next(t for t in doc if t.lemma_ == "confirm")) is not None


# --- forces ordered into a place

def test_troops_ordered_into_the_city_mobilize(tmp_path):
    events = wire_events(tmp_path, "President Luis Quispe declared a state of emergency in La Paz on Friday and ordered "
                                   "troops into the city.", PARTIES)
    assert any("luis_quispe" in e[1] for e in typed(events, "MOBILIZE"))


def test_an_order_with_a_clause_or_without_forces_deploys_no_one():
    from foothold.extract.events.ordered_forces import forces_ordered_in
    doc = _nlp("Chile ordered its troops to withdraw from the border.")
    assert forces_ordered_in(next(t for t in doc if t.lemma_ == "order")) is None
    doc = _nlp("The Fijian prime minister ordered an investigation into the riots.")
    assert forces_ordered_in(next(t for t in doc if t.lemma_ == "order")) is None
    doc = _nlp("The Togolese president ordered reinforcements to the northern border on Monday.")
    assert forces_ordered_in(next(t for t in doc if t.lemma_ == "order")) is not None
