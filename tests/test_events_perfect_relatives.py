"""A present perfect since a start in a set-off relative clause describes its party; a present passive's time is its own clause's.

Invented sentences from arenas outside the development texts (the wire header dates the report 5 May 1995).
"""

from event_fixtures import wire_events

from foothold.extract.events.modality import why_not_factual
from foothold.extract.nlp import load_nlp

ACTORS = {"Zapatista": ("ezln", "organization"), "Zapatistas": ("ezln", "organization"),
          "Mexico": ("mexico", "country"), "Guatemala": ("guatemala", "country"),
          "Ana Ruiz": ("ruiz", "person"), "Juan Perez": ("perez", "person")}


def reason(sentence: str, word: str) -> str | None:
    doc = load_nlp()(sentence)
    return why_not_factual(next(t for t in doc if t.text == word))


def test_a_set_off_present_perfect_on_an_object_is_background():
    assert reason("The embassy stands with the elders of the valley, who have led peaceful sit-ins against the dam "
                  "since March.", "led") == "background"
    assert reason("The envoy met the exiles, who have accused the junta of torture since the coup.",
                  "accused") == "background"


def test_a_present_perfect_with_no_start_stays_news():
    assert reason("The blast follows the shelling of the port on 3 May, which the government has blamed on the "
                  "rebels.", "blamed") is None


def test_a_restrictive_past_or_day_dated_clause_stays_news():
    assert reason("The army recaptured the towns that the rebels have seized since March.", "seized") is None
    assert reason("The envoy met the rebel chief, who has on Monday released 12 hostages.", "released") is None
    assert reason("The minister met Juan Perez, who urged him to expel the foreign troops.", "urged") is None


def test_a_perfect_relative_gives_no_event_but_the_main_act_stays(tmp_path):
    text = "Mexico on Tuesday arrested Ana Ruiz, who has accused Guatemala of arming the Zapatistas since 1994.\n"
    got = wire_events(tmp_path, text, ACTORS)
    assert [g[0] for g in got] == ["COERCE"], got


FUNDED = ("The militia is funded, trained and armed by Guatemala, and it has carried out dozens of raids in Mexico "
          "since 1994.")


def test_a_time_in_a_conjunct_clause_of_its_own_does_not_date_the_passive(tmp_path):
    assert reason(FUNDED, "funded") == "state"
    assert reason(FUNDED, "armed") == "state"
    got = wire_events(tmp_path, FUNDED.replace("The militia", "The Zapatista militia") + "\n", ACTORS)
    assert not [g for g in got if g[0] in ("AID", "SUPPORT")], got


def test_a_passive_dated_in_its_own_clause_is_an_act():
    assert reason("The militia is armed by Guatemala since Monday, and it has raided Mexico.", "armed") is None
    assert reason("On Monday the militia is armed by Guatemala.", "armed") is None
