"""A head's government acts for the head's state (issue 8, event actors; events/head_governments.py, hooked in
arguments.head_actors). Sentences of our own, on arenas outside the development texts (Zambia, Ecuador)."""

from event_fixtures import WIRE_HEADER, extract_events
from foothold.model import Relation

ACTORS = {"Frederick Chiluba": ("frederick_chiluba", "person"), "Zambia": ("zambia", "country"),
          "Rafael Correa": ("rafael_correa", "person"), "Ecuador": ("ecuador", "country")}


def events_with_ties(tmp_path, text: str, ties: list[tuple[str, str, str]]) -> list[tuple]:
    relations = [Relation(s, p, o, "", 0, 0, "test") for s, p, o in ties]
    ctx = extract_events(tmp_path, WIRE_HEADER + text, ACTORS, "wire.txt", relations)
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_his_government_is_the_state_he_heads(tmp_path):
    got = events_with_ties(tmp_path, "President Frederick Chiluba of Zambia returned from London on Monday. His "
                                     "government imposed a nationwide curfew on Tuesday.\n",
                           [("frederick_chiluba", "leads", "zambia")])
    assert any(t == "COERCE" and s == ["zambia"] for t, s, _ in got), got


def test_the_government_of_a_president_is_his_state(tmp_path):
    got = events_with_ties(tmp_path, "Ecuador's election was held on Sunday. The government of President Rafael "
                                     "Correa expelled two diplomats on Tuesday.\n",
                           [("rafael_correa", "leads", "ecuador")])
    assert any(s == ["ecuador"] for _, s, _ in got), got


def test_without_the_tie_the_person_stays(tmp_path):
    got = events_with_ties(tmp_path, "President Frederick Chiluba of Zambia returned from London on Monday. His "
                                     "government imposed a nationwide curfew on Tuesday.\n", [])
    assert ("COERCE", ["frederick_chiluba"], []) in got, got
