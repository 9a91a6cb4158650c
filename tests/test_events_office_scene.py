"""An unnamed state body in a story whose nearest sentence names no state or place takes the state of the head
acting there (issue 8, anaphora; events/office_scene.py, hooked in arguments.story_state). Sentences of our own,
about arenas outside the development texts (Zambia in the 1990s, Belarus, Ecuador)."""

from event_fixtures import WIRE_HEADER, extract_events
from foothold.model import Relation

ACTORS = {
    "Frederick Chiluba": ("frederick_chiluba", "person"), "Zambia": ("zambia", "country"),
    "Kenneth Kaunda": ("kenneth_kaunda", "person"), "Alexander Lukashenko": ("alexander_lukashenko", "person"),
    "Belarus": ("belarus", "country"), "Belarusian": ("belarus", "country"), "Zambian": ("zambia", "country"), "Poland": ("poland", "country"), "Polish": ("poland", "country"),
    "Madeleine Albright": ("madeleine_albright", "person"), "United States": ("united_states", "country"),
}


def events_with_ties(tmp_path, text: str, ties: list[tuple[str, str, str, str | None]]) -> list[tuple]:
    """(type, source, target) of each event of ``text`` told as a wire report, with the relations ``ties``
    read before the events, as the relation step does."""
    relations = [Relation(s, p, o, "", 0, 0, "test", time=t) for s, p, o, t in ties]
    ctx = extract_events(tmp_path, WIRE_HEADER + text, ACTORS, "wire.txt", relations)
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_police_after_an_acting_head_of_state_are_his_states(tmp_path):
    got = events_with_ties(tmp_path, "Zambian President Frederick Chiluba declared a state of emergency on Tuesday. Police "
                                     "detained Kenneth Kaunda on Wednesday.\n",
                           [("frederick_chiluba", "leads", "zambia", None)])
    assert ("COERCE", ["zambia"], ["kenneth_kaunda"]) in got, got


def test_the_authorities_after_an_acting_head_of_state(tmp_path):
    got = events_with_ties(tmp_path, "Belarusian President Alexander Lukashenko accused the West of plotting a coup. The authorities "
                                     "expelled the Polish ambassador on Friday.\n",
                           [("alexander_lukashenko", "leads", "belarus", None)])
    assert any(t == "SANCTION" and s == ["belarus"] for t, s, _ in got), got


def test_no_tie_no_state(tmp_path):
    got = events_with_ties(tmp_path, "Zambian President Frederick Chiluba declared a state of emergency on Tuesday. Police "
                                     "detained Kenneth Kaunda on Wednesday.\n", [])
    assert not any(t == "COERCE" and s == ["zambia"] for t, s, _ in got), got


def test_a_former_head_or_a_member_sets_no_scene(tmp_path):
    text = ("Madeleine Albright criticised the government on Tuesday. Police detained Kenneth Kaunda on "
            "Wednesday.\n")
    for ties in ([("madeleine_albright", "member_of", "united_states", None)],
                 [("madeleine_albright", "leads", "united_states", "former")]):
        got = events_with_ties(tmp_path, text, ties)
        assert not any(t == "COERCE" and "united_states" in s for t, s, _ in got), got
