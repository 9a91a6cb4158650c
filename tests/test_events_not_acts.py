"""Shapes that tell no act (spurious3): a journey verb with an object carries it, no visit
(material.carried_on_journey); "struggled to" is an effort, neither a fight nor the act it strives for
(modality.IRREALIS_GOVERNORS, cameo.fallback_trigger); what a scheduled arrival is for has not happened (unfactual._object_of_schedule); what a
thanks is for is its topic (skips.THANKING). Sentences are our own, from arenas
outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Kenya": ("kenya", "country"), "Somalia": ("somalia", "country"), "Ruto": ("ruto", "person"),
          "Odinga": ("odinga", "person"), "ECOWAS": ("ecowas", "organization"), "Guinea": ("guinea", "country"),
          "Bolivia": ("bolivia", "country"), "Paraguay": ("paraguay", "country"), "Nairobi": ("nairobi", "place"),
          "Mombasa": ("mombasa", "place"), "Asuncion": ("asuncion", "place"), "Sucre": ("sucre", "place")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.trigger) for e in ctx.events]


def test_a_journey_carrying_someone_is_no_visit(tmp_path):
    events = _events(tmp_path, "Police detained Odinga in Nairobi on Monday and flew him to a prison in Mombasa.")
    assert "CONSULT" not in [t for t, _, _ in events], events
    events = _events(tmp_path, "Kenya's president Ruto flew to Mombasa on Monday for talks with Somalia.")
    assert "CONSULT" in [t for t, _, _ in events], events


def test_struggling_to_act_is_an_effort(tmp_path):
    events = _events(tmp_path, "As the shilling lost value in March, Kenya struggled to service its loans and to pay "
                               "its contractors.")
    assert events == [], events


def test_what_a_scheduled_arrival_or_a_preparation_is_for_has_not_happened(tmp_path):
    for body in ("Ruto is due in Mombasa on Sunday for a summit with Somalia and Odinga.",
                 "In Nairobi, Ruto received Odinga to prepare for the summit with Somalia in Mombasa."):
        assert "summit" not in [trig for _, _, trig in _events(tmp_path, body)], body


def test_what_a_thanks_is_for_is_its_reason(tmp_path):
    events = _events(tmp_path, "Kenya thanked Somalia for Somalia's swift condemnation of the attack on Monday.")
    assert [t for t, _, _ in events] == ["SUPPORT"], events
