"""A toll told first and its attack told in a "when" clause are one happening (events/when_tolls.py, spurious4).
Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Mali": ("mali", "country"), "Niger": ("niger", "country"), "Chad": ("chad", "country"),
          "Kidal": ("kidal", "place"), "Gao": ("gao", "place"), "Iyad Ag Ghaly": ("ghaly", "person")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str):
    return extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt").events


def test_the_toll_and_its_when_attack_are_one_event(tmp_path):
    body = "Two soldiers of Mali were killed on Sunday when Niger's troops ambushed a patrol near Gao."
    events = [e for e in _events(tmp_path, body) if e.type == "ASSAULT"]
    assert len(events) == 1, events
    assert events[0].source == ["niger"] and "mali" in events[0].target, events
    assert events[0].evidence.startswith("Two soldiers") and events[0].evidence.endswith("ambushed a patrol near Gao")


def test_an_attack_with_a_toll_of_its_own_doer_stays_two(tmp_path):
    body = "Niger's troops killed two soldiers of Mali when Iyad Ag Ghaly's fighters attacked Kidal."
    events = [e for e in _events(tmp_path, body) if e.type == "ASSAULT"]
    assert len(events) == 2, events


def test_a_when_clause_on_the_second_conjunct_of_a_toll(tmp_path):
    body = "A soldier of Mali was killed and another wounded on Sunday when Niger's troops ambushed a patrol near Gao."
    events = [e for e in _events(tmp_path, body) if e.type == "ASSAULT"]
    assert len(events) == 1 and events[0].source == ["niger"], events
