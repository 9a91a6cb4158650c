"""Spurious events of the spurious10 pass: casualty reports told as agentless passive injuries.

Invented sentences from arenas outside the development texts (the wire header dates the report 5 May 1995).
"""

from event_fixtures import wire_events

from foothold.extract.events.agentless_injuries import agentless_injury
from foothold.extract.events.modality import why_not_factual
from foothold.extract.nlp import load_nlp

ACTORS = {"Peru": ("peru", "country"), "Peruvian": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Shining Path": ("sp", "organization"),
          "Ana Ruiz": ("ruiz", "person")}


def reason(sentence: str, word: str) -> str | None:
    doc = load_nlp()(sentence)
    return why_not_factual(next(t for t in doc if t.text == word))


def injury(sentence: str, word: str) -> bool:
    doc = load_nlp()(sentence)
    return agentless_injury(next(t for t in doc if t.text == word))


def test_an_agentless_passive_injury_is_a_casualty_report():
    assert injury("Ecuador's consul in Lima, Ana Ruiz, was injured.", "injured")
    assert injury("Villagers said two farmers had been wounded.", "wounded")
    assert injury("The envoy wished a quick recovery to those who were hurt.", "hurt")


def test_an_injury_with_its_doer_or_its_act_stays():
    assert not injury("A Peruvian sergeant was wounded by a sniper near the river.", "wounded")
    assert not injury("Two guards were injured in a grenade attack on Monday.", "injured")
    assert not injury("Three soldiers were wounded when a mine exploded.", "wounded")
    assert not injury("The car bomb wounded 12 people.", "wounded")


def test_an_injury_told_with_an_attack_still_names_its_target(tmp_path):
    got = wire_events(tmp_path, "On Monday the Shining Path fired rockets at a base where Peruvian troops are "
                                "stationed and 12 Peruvian soldiers were wounded.\n", ACTORS)
    assert [g[0] for g in got] == ["ASSAULT"] and got[0][2] == ["peru"], got
    got = wire_events(tmp_path, "The Shining Path attacked a Peruvian army post on Monday.\n\nTwo soldiers were "
                                "wounded.\n", ACTORS)
    assert [g[0] for g in got] == ["ASSAULT"], got


def test_the_arrest_stays_and_the_reported_injuries_give_no_event(tmp_path):
    got = wire_events(tmp_path, "Peru arrested 14 members of the Shining Path on Monday and said about 20 police "
                                "officers had been injured.\n", ACTORS)
    assert [g[0] for g in got] == ["COERCE"], got


def test_a_measure_named_by_a_waiver_or_exemption_is_no_act():
    assert reason("The Treasury granted Ecuador a 90-day waiver from sanctions on Peruvian fishmeal.",
                  "sanctions") == "exempted"
    assert reason("The committee granted Peru an exemption from the ban on arms sales to Ecuador.", "ban") == "exempted"


def test_a_measure_imposed_or_eased_stays():
    assert reason("Peru imposed sanctions on Ecuadorian fishmeal on Monday.", "sanctions") is None
    assert reason("Ecuador lifted the embargo on Peruvian fishmeal on Monday.", "embargo") != "exempted"


def test_the_waiver_sentence_gives_no_sanction(tmp_path):
    got = wire_events(tmp_path, "Peru granted Ecuador a 90-day waiver from sanctions on fishmeal imports on "
                                "Monday.\n", ACTORS)
    assert not [g for g in got if g[0] == "SANCTION"], got
