"""A present passive in a relative clause is the party's standing state, whatever the main clause's time.

Invented sentences from arenas outside the development texts (the wire header dates the report 5 May 1995).
"""

from event_fixtures import wire_events

from foothold.extract.events.modality import why_not_factual
from foothold.extract.nlp import load_nlp

ACTORS = {"Polisario Front": ("polisario", "organization"), "Algeria": ("algeria", "country"),
          "Moroccan": ("morocco", "country"), "Morocco": ("morocco", "country")}


def reason(sentence: str, word: str) -> str | None:
    doc = load_nlp()(sentence)
    return why_not_factual(next(t for t in doc if t.text == word))


def test_a_present_passive_relative_beside_a_dated_act_is_a_state(tmp_path):
    text = "The Polisario Front, which is backed by Algeria, attacked a Moroccan post on Monday.\n"
    assert reason(text, "backed") == "state"
    got = wire_events(tmp_path, text, ACTORS)
    assert [g[0] for g in got] == ["ASSAULT"], got


def test_a_past_or_dated_relative_is_still_an_act(tmp_path):
    assert reason("The Polisario Front, which was backed by Algeria on Monday, attacked a post.", "backed") is None
    assert reason("Morocco, which is attacked by the Polisario Front today, protested.", "attacked") is None
    got = wire_events(tmp_path, "The Polisario Front, which was armed by Algeria on Monday, attacked a Moroccan "
                                "post.\n", ACTORS)
    assert ("SUPPORT" in [g[0] for g in got] or "AID" in [g[0] for g in got]) and "ASSAULT" in [g[0] for g in got], got


WOUNDED = ("On May 3, the Polisario Front launched rockets at two posts where Moroccan troops are stationed and "
           "at least 12 Moroccan soldiers were wounded.\n")


def test_a_conjunct_told_in_the_past_is_the_storys_act_not_the_relatives_state():
    doc = load_nlp()(WOUNDED)
    assert why_not_factual(next(t for t in doc if t.text == "stationed")) == "state"
    assert why_not_factual(next(t for t in doc if t.text == "wounded")) is None


def test_the_wounded_of_such_a_conjunct_still_name_the_attacks_target(tmp_path):
    got = wire_events(tmp_path, WOUNDED, ACTORS)
    assert [g[0] for g in got] == ["ASSAULT"] and got[0][2] == ["morocco"], got


def test_a_present_conjunct_keeps_the_relatives_state():
    doc = load_nlp()("The Polisario Front, which is backed by Algeria and is armed by its allies, attacked a post.")
    assert why_not_factual(next(t for t in doc if t.text == "armed")) == "state"


def test_in_an_undated_sentence_the_past_conjunct_keeps_the_relatives_state():
    doc = load_nlp()("The appointment of Ould Salek, who is considered close to Algeria and was armed by it, angered "
                     "the Moroccan parties.")
    assert why_not_factual(next(t for t in doc if t.text == "armed")) == "state"
