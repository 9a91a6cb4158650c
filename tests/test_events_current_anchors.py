"""An act told in an "after" clause of a dated act (issue 8, evrecall2; events/current_anchors.py). Sentences of our
own, about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {
    "Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"),
    "Bolivian": ("bolivia", "country"), "Chilean": ("chile", "country"), "Lima": ("lima", "place"),
}

HEADER = "source: own writing, analysis\ntitle: Andean quarrels\n\n"


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "analysis.txt")
    return [(e.type, e.source, e.target, e.date.iso if e.date else None) for e in ctx.events]


def test_the_act_that_prompted_a_dated_act_is_told_with_its_month(tmp_path):
    got = events(tmp_path, "Chile recalled its ambassador from Lima on 14 March 2019, after Peru accused Chile of "
                           "spying on its navy.\n")
    assert any(t == "ACCUSE" and s == ["peru"] and d == "2019-03" for t, s, _, d in got), got


def test_an_anchor_of_an_undated_act_or_told_in_the_past_perfect_stays_background(tmp_path):
    got = events(tmp_path, "Relations between the two states soured after Peru accused Chile of spying on its navy.\n")
    assert not any(t == "ACCUSE" for t, *_ in got), got
    got = events(tmp_path, "Chile recalled its ambassador from Lima on 14 March 2019, after Peru had accused Chile of "
                           "spying on its navy.\n")
    assert not any(t == "ACCUSE" for t, *_ in got), got
