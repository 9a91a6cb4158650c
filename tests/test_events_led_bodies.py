"""A leader's possessive before a noun his organisation's name holds stands for the organisation (issue 8, anaphora;
events/led_bodies.py, hooked at the top of arguments.head_actors). Sentences of our own, about arenas outside the
development texts (Uganda, Liberia)."""

from event_fixtures import WIRE_HEADER, extract_events
from foothold.model import Relation

ACTORS = {
    "Joseph Kony": ("joseph_kony", "person"), "Lord's Resistance Army": ("lra", "organization"),
    "Barlonyo": ("barlonyo", "place"), "Charles Taylor": ("charles_taylor", "person"),
    "National Patriotic Front": ("npfl", "organization"), "Buchanan": ("buchanan", "place"),
}
TEXT = ("Joseph Kony is the leader of the Lord's Resistance Army. His army attacked the village of Barlonyo in "
        "February 2004.\n")


def events_with_ties(tmp_path, text: str, ties: list[tuple[str, str, str]]) -> list[tuple]:
    """(type, source, target) of each event of ``text`` told as a wire report, with the relations ``ties``
    read before the events, as the relation step does."""
    relations = [Relation(s, p, o, "", 0, 0, "test") for s, p, o in ties]
    ctx = extract_events(tmp_path, WIRE_HEADER + text, ACTORS, "wire.txt", relations)
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_his_army_is_the_army_he_leads(tmp_path):
    got = events_with_ties(tmp_path, TEXT, [("joseph_kony", "leads", "lra")])
    assert any(t == "ASSAULT" and s == ["lra"] for t, s, _ in got), got


def test_his_front_is_the_front_he_leads(tmp_path):
    got = events_with_ties(tmp_path, "Charles Taylor is the leader of the National Patriotic Front. His front seized "
                                     "the port of Buchanan in July 1990.\n", [("charles_taylor", "leads", "npfl")])
    assert any(t == "COERCE" and s == ["npfl"] for t, s, _ in got), got


def test_without_a_tie_or_with_another_noun_the_person_stays(tmp_path):
    got = events_with_ties(tmp_path, TEXT, [])
    assert any(t == "ASSAULT" and s == ["joseph_kony"] for t, s, _ in got), got
    got = events_with_ties(tmp_path, TEXT.replace("His army", "His bodyguards"), [("joseph_kony", "leads", "lra")])
    assert not any(t == "ASSAULT" and s == ["lra"] for t, s, _ in got), got
