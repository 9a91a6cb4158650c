"""A state-body noun ("the army") binds a namesake organisation only when it was named in its own sentence or the four
before (issue 8, anaphora; events/state_body_heads.py, read by arguments.named_by_head). Sentences of our own, about
arenas outside the development texts (Uganda, Myanmar)."""

from event_fixtures import wire_events

ACTORS = {
    "Lord's Resistance Army": ("lra", "organization"), "Sudan": ("sudan", "country"),
    "Kachin Independence Army": ("kia", "organization"), "Myitkyina": ("myitkyina", "place"),
    "Okello Ojok": ("okello_ojok", "person"),
}
FILLER = ("Aid agencies counted the displaced. Prices rose in the markets. Schools stayed closed for a month. "
          "Traders stopped travelling at night. Many families left for the towns. ")


def test_the_army_far_after_a_rebel_army_is_not_that_army(tmp_path):
    got = wire_events(tmp_path, "The Lord's Resistance Army crossed into Sudan in March 2002. " + FILLER
                      + "The army arrested Okello Ojok in Gulu on Monday.\n", ACTORS)
    assert not any(t == "COERCE" and "lra" in s for t, s, _ in got), got


def test_the_army_just_after_its_namesake_is_that_army(tmp_path):
    got = wire_events(tmp_path, "The Kachin Independence Army seized a hill near Myitkyina on Sunday. The army "
                                "arrested Okello Ojok on Monday.\n", ACTORS)
    assert any(t == "COERCE" and s == ["kia"] for t, s, _ in got), got
