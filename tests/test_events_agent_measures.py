"""A measure told by a participle naming its doer (issue 8, evrecall2; events/agent_measures.py). Sentences of our
own, about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {
    "Bolivian government": ("bolivia", "country"), "Bolivia": ("bolivia", "country"), "Oruro": ("oruro", "place"),
    "Iran": ("iran", "country"), "Cordillera Union": ("cordillera_union", "organization"),
}

HEADER = "source: own writing, wire\ntitle: Oruro strikes (Reuters, 5 May 2019)\n\n"


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "wire.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_a_lockdown_declared_by_a_named_government_is_its_act(tmp_path):
    got = events(tmp_path, "Strikes continued in Oruro on Saturday despite a lockdown declared by the Bolivian "
                           "government.\n")
    assert any(t == "COERCE" and s == ["bolivia"] for t, s, _ in got), got


def test_a_participle_describing_a_group_is_still_no_act(tmp_path):
    got = events(tmp_path, "The Cordillera Union, a movement backed by Iran, held a rally in Oruro on Saturday.\n")
    assert not any(t == "SUPPORT" and s == ["iran"] for t, s, _ in got), got
