"""The protest that goes with a summons is the summons (events/summons.py, spurious4). Sentences are our own, from
arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Mali": ("mali", "country"), "Niger": ("niger", "country"), "Chad": ("chad", "country")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.trigger) for e in ctx.events]


def test_a_note_of_protest_or_a_protest_delivered_is_the_summons(tmp_path):
    for body in ("Chad's foreign ministry summoned Mali's ambassador and handed him a note of protest on Friday.",
                 "Niger's foreign ministry summoned Mali's charge d'affaires to deliver a formal protest."):
        events = _events(tmp_path, body)
        assert [t for _, _, t in events] == ["summoned"], (body, events)


def test_a_demand_beside_the_summons_stays_its_own(tmp_path):
    events = _events(tmp_path, "Chad summoned Mali's ambassador and demanded the release of its soldiers.")
    assert ("REQUEST", ["chad"], "demanded") in events, events
