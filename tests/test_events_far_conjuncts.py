"""A finite verb the parser conjoined to an infinitive deep inside a said clause continues the nearest verb above in
its own tense: the speaker's next act (issue 8, evargs5; events/finite_conjunct.py `far_finite_conjuncts`).
Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events
from foothold.extract.events.finite_conjunct import far_finite_conjuncts
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
