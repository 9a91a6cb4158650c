"""A past perfect act in the that-clause of a verb of finding is the finding's content, not a new act.

Invented sentences from arenas outside the development texts (the wire header dates the report 5 May 1995).
"""

from event_fixtures import wire_events

from foothold.extract.events.findings import finding_content
from foothold.extract.nlp import load_nlp

ACTORS = {"the inquiry": ("inquiry", "organization"), "Presidential Guard": ("guard", "organization"),
          "Lome": ("lome", "place"), "Togo": ("togo", "country")}


def is_content(sentence: str, word: str) -> bool:
    doc = load_nlp()(sentence)
    return finding_content(next(t for t in doc if t.text == word))


def test_a_finding_of_an_earlier_act_tells_no_new_act(tmp_path):
    text = "In March the inquiry concluded that the Presidential Guard had deliberately killed 30 protesters in Lome.\n"
    assert is_content(text, "killed")
    got = wire_events(tmp_path, text, ACTORS)
    assert "ASSAULT" not in [g[0] for g in got], got
    assert is_content("The inquiry found that soldiers had shot the students.", "shot")


def test_a_narrated_finding_or_a_statement_keeps_the_act(tmp_path):
    assert not is_content("The inquiry found that soldiers shot the students.", "shot")
    assert not is_content("The army said that soldiers had shot the students.", "shot")
    got = wire_events(tmp_path, "The inquiry found that the Presidential Guard killed 30 protesters in Lome.\n", ACTORS)
    assert "ASSAULT" in [g[0] for g in got], got
