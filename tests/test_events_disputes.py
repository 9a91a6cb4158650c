"""A fight over a topic, or against a measure, is a political dispute, no ASSAULT (events/disputes.py, issue 8
precision). Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Ruto": ("ruto", "person"), "Kenyan": ("kenya", "country"), "Muslim Brotherhood": ("mb", "organization"),
          "Egyptian": ("egypt", "country"), "IMF": ("imf", "organization"), "Pakistan": ("pakistan", "country"),
          "Thai": ("thailand", "country"), "Cambodian": ("cambodia", "country")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _types(tmp_path, body: str) -> list[str]:
    return [e.type for e in extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt").events]


def test_a_clash_over_a_topic_or_a_fight_against_a_measure_is_no_assault(tmp_path):
    for body in ("President Ruto clashed with the Kenyan senate over the budget on Monday.",
                 "Pakistan's finance minister clashed with the IMF over fuel subsidies on Monday.",
                 "The Muslim Brotherhood fought the new constitution in the courts."):
        assert "ASSAULT" not in _types(tmp_path, body), body


def test_a_clash_over_ground_or_with_troops_stays(tmp_path):
    assert "ASSAULT" in _types(tmp_path, "Thai soldiers clashed with Cambodian troops over the temple on Monday.")
    assert "ASSAULT" in _types(tmp_path, "The Muslim Brotherhood fought Egyptian police in Cairo on Friday.")
