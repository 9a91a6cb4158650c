"""A state's forces hit by unnamed attackers, in a report about one state (issue 8, evrecall2;
events/armed_targets.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import extract_events

from foothold.extract.events.armed_targets import force_nouns

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Ollague": ("ollague", "place")}


def events(tmp_path, title: str, body: str) -> list[tuple]:
    header = f"source: own writing, wire\ntitle: {title} (Reuters, 5 May 2019)\n\n"
    ctx = extract_events(tmp_path, header + body, ACTORS, "wire.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_unnamed_gunmen_ambushing_a_patrol_hit_the_state_the_report_is_about(tmp_path):
    got = events(tmp_path, "Chile police officer killed in border attack",
                 "On Saturday unidentified gunmen ambushed a patrol near the border post of Ollague.\n")
    assert ("ASSAULT", [], ["chile"]) in got, got


def test_a_report_about_two_states_or_a_civilian_target_binds_no_state(tmp_path):
    got = events(tmp_path, "Chile and Peru trade blame after border attack",
                 "On Saturday unidentified gunmen ambushed a patrol near the border post of Ollague.\n")
    assert not any(t == "ASSAULT" for t, _, _ in got), got
    got = events(tmp_path, "Chile police officer killed in border attack",
                 "On Saturday unidentified gunmen ambushed a bus near the border post of Ollague.\n")
    assert not any(t == "ASSAULT" and tg == ["chile"] for t, _, tg in got), got


def test_the_force_nouns_load():
    assert "patrol" in force_nouns() and "soldier" in force_nouns()


def test_a_passive_toll_of_soldiers_is_left_to_the_clashes_it_counts(tmp_path):
    got = events(tmp_path, "Chile police officer killed in border attack",
                 "On Saturday ten soldiers and four smugglers were killed near the border post of Ollague.\n")
    assert not any(t == "ASSAULT" and tg == ["chile"] and not s for t, s, tg in got), got
