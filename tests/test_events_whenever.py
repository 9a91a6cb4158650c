"""An act repeated "whenever" something happens is a course of acts, not one (events/whenever.py, issue 8
precision); a perfect over a span is left an act, as news-dev codes it. Sentences are our own, from arenas outside
the development texts."""

from event_fixtures import extract_events

ACTORS = {"Saudi Arabia": ("saudi_arabia", "country"), "Houthi": ("houthis", "organization"),
          "Sri Lankan": ("sri_lanka", "country"), "Tamil Tiger": ("ltte", "organization"),
          "Colombia": ("colombia", "country"), "Venezuela": ("venezuela", "country"), "Iran": ("iran", "country"),
          "Turkey": ("turkey", "country"), "Nicaragua": ("nicaragua", "country"),
          "Nicaraguan": ("nicaragua", "country"), "Arturo Cruz": ("cruz", "person"),
          "Ortega": ("ortega", "person")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.evidence) for e in ctx.events]


def test_an_act_repeated_whenever_is_a_course(tmp_path):
    for body in ("The Sri Lankan navy shelled Tamil Tiger positions whenever the rebels advanced.",
                 "Saudi Arabia has bombed Houthi depots whenever talks stalled."):
        assert _events(tmp_path, body) == [], body


def test_a_dated_act_or_a_perfect_over_a_span_stays(tmp_path):
    assert [t for t, _ in _events(tmp_path, "Since Monday, Colombia has deployed two brigades to its border with "
                                            "Venezuela.")] == ["MOBILIZE"]
    assert _events(tmp_path, "Saudi Arabia bombed Houthi targets in Saada on Tuesday for the first time since 2015.")
    assert _events(tmp_path, "Iran has suspended gas exports to Turkey for three months.")


def test_an_act_of_its_own_beside_a_course_stays(tmp_path):
    body = "Nicaragua has jailed critics of Ortega whenever they protested, and Nicaraguan police arrested Arturo Cruz " \
           "on Monday."
    assert "COERCE" in [t for t, _ in _events(tmp_path, body)], body
