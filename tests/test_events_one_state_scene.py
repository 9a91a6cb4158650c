"""Places of one state named as the scene are one state (issue 8, anaphora; events/one_state_scene.py, hooked in
arguments.story_state). Places of our own choosing, outside the development texts (Colombia, Ecuador, East Africa)."""

from types import SimpleNamespace

from event_fixtures import wire_events
from foothold.extract.events.one_state_scene import one_state
from foothold.model import Actor

ACTORS = {
    "Colombia": ("colombia", "country"), "Medellin": ("medellin", "place"), "Cali": ("cali", "place"),
    "Bogota": ("bogota", "place"),
}


def fake_index(actors: dict[str, str], capitals: dict[str, str]):
    """The parts of a DocIndex one_state reads: the actors and their types, and the capitals' states."""
    listed = [Actor(id=aid, name=name, type=kind) for name, (aid, kind) in actors.items()]
    return SimpleNamespace(ctx=SimpleNamespace(actors=listed), actor_type={a.id: a.type for a in listed},
                           capital_state=capitals)


def test_cities_of_one_named_state_are_that_state():
    index = fake_index({"Ecuador": ("ecuador", "country"), "Guayaquil": ("guayaquil", "place"),
                        "Cuenca": ("cuenca", "place"), "Quito": ("quito", "place")}, {"quito": "ecuador"})
    assert one_state({"guayaquil", "cuenca", "ecuador"}, index) == {"ecuador"}
    assert one_state({"guayaquil", "cuenca"}, index) == {"ecuador"}


def test_cities_of_two_states_or_of_an_unknown_state_stay_apart():
    index = fake_index({"Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"),
                        "Mombasa": ("mombasa", "place"), "Nowhereville": ("nowhereville", "place")},
                       {"kampala": "uganda"})
    assert one_state({"mombasa", "uganda"}, index) == {"mombasa", "uganda"}
    assert one_state({"mombasa", "nowhereville"}, index) == {"mombasa", "nowhereville"}
    assert one_state({"mombasa", None}, index) == {"mombasa", None}


def test_the_government_after_riots_in_three_cities_of_one_state(tmp_path):
    got = wire_events(tmp_path, "Truckers in Colombia went on strike in May. Riots broke out in Medellin, Cali and "
                                "Bogota on Monday. On Tuesday the government imposed a curfew.\n", ACTORS)
    assert any(t == "COERCE" and s == ["colombia"] for t, s, _ in got), got
