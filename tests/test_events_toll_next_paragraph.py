"""The toll of an attack told at the end of the paragraph before is that attack's, not another
(events/toll_next_paragraph.py, issue 8 precision). Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Al-Shabaab": ("shabaab", "organization"), "Mogadishu": ("mogadishu", "place"),
          "Kenyan": ("kenya", "country"), "Ugandan": ("uganda", "country"), "Somalia": ("somalia", "country")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return list(ctx.events)


def test_a_toll_opening_the_next_paragraph_joins_the_attack(tmp_path):
    events = _events(tmp_path, "Al-Shabaab fighters attacked a hotel in Mogadishu on Sunday.\n\n"
                                 "Two Kenyan engineers and a Ugandan guard were killed.")
    assert [(e.source, e.evidence) for e in events] == [
        (["shabaab"], "Al-Shabaab fighters attacked a hotel in Mogadishu on Sunday")], events
    assert {"kenya", "uganda"} <= set(events[0].target), events


def test_a_toll_marked_as_another_happening_stays(tmp_path):
    events = _events(tmp_path, "Al-Shabaab fighters attacked a hotel in Mogadishu on Sunday.\n\n"
                                 "In a separate incident, two Kenyan soldiers were killed near the border.")
    assert len(events) == 2, events
