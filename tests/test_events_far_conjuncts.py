"""A finite verb the parser conjoined to an infinitive deep inside a said clause continues the nearest verb above in
its own tense: the speaker's next act (issue 8, evargs5; events/finite_conjunct.py `far_finite_conjuncts`).
Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events
from foothold.extract.events.finite_conjunct import far_finite_conjuncts, said_requests
from foothold.extract.nlp import load_nlp

ACTORS = {"Juan Perez": ("juan_perez", "person"), "Cusco": ("cusco", "place"), "Peru": ("peru", "country"),
          "Chile": ("chile", "country")}


def test_the_speakers_call_after_a_said_clause_is_his_request(tmp_path):
    got = wire_events(tmp_path, "The governor of Cusco, Juan Perez, said the killings aimed to push the province into "
                                "chaos and called on Peru to disarm the gangs.\n", ACTORS)
    assert any(t == "REQUEST" and s == ["juan_perez"] and "peru" in g for t, s, g in got), got


def test_the_conjunct_is_rehung_on_the_verb_of_its_tense():
    doc = load_nlp()("The governor said the killings aimed to push the province into chaos and called on the army "
                     "to disarm the gangs.")
    pairs = [(c.text, v.text) for t in doc for c, v in far_finite_conjuncts(t)]
    assert pairs == [("called", "said")], pairs


def test_a_conjunct_with_a_subject_of_its_own_stays():
    doc = load_nlp()("The governor said the killings aimed to push the province into chaos and the army called on "
                     "residents to stay home.")
    assert not [c for t in doc for c, _ in far_finite_conjuncts(t)]


# evargs12: the infinitive of an accusation's preposition, and a past tense read as a participle

ACCUSERS = {"Sokoto Front": ("sokoto_front", "organization"), "Ghana": ("ghana", "country"),
            "Accra": ("ghana", "country"), "Togo": ("togo", "country"), "John Mahama": ("john_mahama", "person")}


def test_a_call_after_an_accusations_infinitive_is_the_accusers_request(tmp_path):
    got = wire_events(tmp_path, 'Sokoto Front accused Ghana of "starving Togolese of water" to punish Togo and called '
                                'on President John Mahama to pay the debt in full.\n', ACCUSERS)
    assert ("ACCUSE", ["sokoto_front"], ["ghana"]) in got, got
    assert any(t == "REQUEST" and s == ["sokoto_front"] and "john_mahama" in g for t, s, g in got), got


def test_a_past_tense_hung_on_the_accusations_preposition_is_the_accusers_next_act(tmp_path):
    got = wire_events(tmp_path, 'The Sokoto Front accused Accra of "starving farmers of water" to punish Togo and '
                                'called on President John Mahama to pay the arrears in full.\n', ACCUSERS)
    assert any(t == "REQUEST" and s == ["sokoto_front"] and "john_mahama" in g for t, s, g in got), got


def test_a_participle_continuing_a_bare_infinitive_is_a_past_tense_of_the_verb_above():
    doc = load_nlp()("The foreign minister blamed Togo for failing to build trust and accused aid groups of "
                     "discouraging the herders.")
    pairs = [(c.text, v.text) for t in doc for c, v in far_finite_conjuncts(t)]
    assert pairs == [("accused", "blamed")], pairs


def test_a_passive_participle_with_its_own_auxiliary_stays():
    doc = load_nlp()("The minister blamed Togo for failing to protect the herders, who were attacked and robbed.")
    assert not [c for t in doc for c, _ in far_finite_conjuncts(t)]


def test_a_past_tense_conjoined_to_a_prepositions_gerund_goes_to_the_verb_above():
    doc = load_nlp()("John Mahama accused Togo of arming the rebels and blamed Benin for hosting their camps.")
    pairs = [(c.text, v.text) for t in doc for c, v in far_finite_conjuncts(t)]
    assert pairs == [("blamed", "accused")], pairs


# evargs12: the speaker's call after a said clause, hung by the parser on the said clause's verb

SPEAKERS = {"John Mahama": ("john_mahama", "person"), "Togo": ("togo", "country"),
            "Sokoto Front": ("sokoto_front", "organization")}


def test_a_call_after_a_said_clause_is_the_speakers_second_act(tmp_path):
    got = wire_events(tmp_path, 'The office of John Mahama said in a statement that the shelling was "a crime that '
                                'crossed every line" and called on Togo to halt the attacks.\n', SPEAKERS)
    kinds = sorted(t for t, s, g in got if s == ["john_mahama"])
    assert kinds == ["ACCUSE", "REQUEST"], got
    assert ("REQUEST", ["john_mahama"], ["togo"]) in got, got


def test_the_call_is_rehung_on_the_verb_of_saying():
    doc = load_nlp()("The minister said the government respected the court's decision and called for calm.")
    pairs = [(c.text, v.text) for t in doc for c, v in said_requests(t)]
    assert pairs == [("called", "said")], pairs


def test_another_act_conjoined_in_the_said_clause_stays_the_clauses():
    doc = load_nlp()("The minister said the militia attacked the base and burned the trucks.")
    assert not [c for t in doc for c, _ in said_requests(t)]
