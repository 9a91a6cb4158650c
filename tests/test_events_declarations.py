"""What is declared types a declaration no cue types (issue 8, evrecall3; events/declarations.py,
data/declarations.yaml). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

from foothold.extract.events.declarations import declarations

PARTIES = {"Gabriel Valdes": ("gabriel_valdes", "person"), "National Council": ("national_council", "organization"),
           "Chile": ("chile", "country")}


def types(got):
    return {t for t, _, _ in got}


def test_mourning_war_and_an_armed_conflict_declared(tmp_path):
    got = wire_events(tmp_path, "President Gabriel Valdes declared three days of national mourning on Monday.", PARTIES)
    assert "SUPPORT" in types(got), got
    got = wire_events(tmp_path, "The National Council declared a people's defensive war against the junta in "
                                "September 2021.", PARTIES)
    assert "THREATEN" in types(got), got
    got = wire_events(tmp_path, 'President Gabriel Valdes on Tuesday declared an "internal armed conflict" and '
                                "ordered the army to disarm 22 gangs.", PARTIES)
    assert "COERCE" in types(got), got


def test_a_declaration_of_no_listed_thing_is_no_event(tmp_path):
    got = wire_events(tmp_path, "Chile declared on Monday that the weather was fine.", PARTIES)
    assert not got, got


def test_the_table_loads():
    table = declarations()
    assert "declare" in table.verbs and table.declared["mourning"][0] == "SUPPORT"
