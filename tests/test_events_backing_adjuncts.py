"""Backing told as the manner of another act is no act of its own (events/backing_adjuncts.py, spurious4). Sentences
are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Mali": ("mali", "country"), "Niger": ("niger", "country"), "Chad": ("chad", "country"),
          "Union for the Republic": ("ur", "organization"), "Moussa Kone": ("kone", "person")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str):
    return extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt").events


def test_with_the_backing_of_is_how_the_act_came_about(tmp_path):
    for body in ("Moussa Kone was elected speaker of Niger's parliament in March with the backing of the Union for "
                 "the Republic.",
                 "Moussa Kone won 80 votes in the chamber with the backing of the Union for the Republic."):
        events = _events(tmp_path, body)
        assert not [e for e in events if e.trigger and "backing" in e.trigger], (body, [e.trigger for e in events])


def test_backing_told_as_an_act_stays(tmp_path):
    events = _events(tmp_path, "The Union for the Republic backed Moussa Kone for speaker on Monday.")
    assert any(e.type == "SUPPORT" for e in events), events
