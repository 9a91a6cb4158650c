"""A fronted "when" clause told in an earlier year sets the scene (events/when_settings.py; issue 8, spurious5).
Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Mali": ("mali", "country"), "Malian": ("mali", "country"), "Algeria": ("algeria", "country"),
          "Algiers": ("algiers", "place"), "Bamako": ("bamako", "place"), "Amadou Keita": ("amadou_keita", "person"),
          "Tuareg Front": ("tuareg_front", "organization"), "Kidal": ("kidal", "place")}
HEADER = "source: own writing, analysis style\ntitle: Algeria's hand in northern Mali (analysis note, March 2024)\n\n"


def _events(tmp_path, body: str) -> list:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "analysis.txt")
    return [(e.type, e.evidence) for e in ctx.events]


def test_a_fronted_when_clause_of_an_earlier_year_is_the_scene(tmp_path):
    for body, scene_type in (("When Amadou Keita visited Algiers in November 2021, Algeria offered to host new talks.",
                              "CONSULT"),
                             ("When the Tuareg Front seized Kidal in 2012, Algeria closed its border with Mali.",
                              "COERCE")):
        got = _events(tmp_path, body)
        assert not any(t == scene_type for t, _ in got), (body, got)
        assert got, (body, got)          # the main clause's act stays


def test_a_when_clause_of_the_report_day_or_a_closing_one_stays(tmp_path):
    for body in ("When the Tuareg Front seized Kidal on 14 February, Algeria closed its border with Mali.",
                 "The crisis began in 2012, when the Tuareg Front seized Kidal."):
        got = _events(tmp_path, body)
        assert any("seized" in ev for _, ev in got), (body, got)
