"""What a verb of citing takes is the reason given, not an act (spurious12: events/skips.CITING), and what a
"throughout" phrase spans is a time frame (skips.FRAME_PREPS). Own sentences,
arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Karl Brenner": ("brenner", "person"), "Valmont": ("valmont", "place"),
          "Northern Front": ("front", "organization")}
HEADER = "source: https://example.org/a/report.html\ntitle: Report\n\n"


def test_a_cited_attack_is_no_attack_of_the_one_citing(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Prime Minister Karl Brenner announced his resignation on 3 March, "
                         "citing the Valmont attack.", ACTORS)
    types = [(e.type, e.source) for e in ctx.events]
    assert ("RETREAT", ["brenner"]) in types
    assert not any(t == "ASSAULT" for t, _ in types)


def test_the_attack_told_itself_stays(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "The Northern Front attacked Valmont on 3 March.", ACTORS)
    assert any(e.type == "ASSAULT" and e.source == ["front"] for e in ctx.events)


def test_a_detention_a_stay_spans_is_a_time_frame(tmp_path):
    # skips.FRAME_PREPS: the event noun of a "throughout" phrase is the span other acts fill
    ctx = extract_events(tmp_path, HEADER + "Karl Brenner received consular visits throughout his detention in "
                         "Valmont in 2021.", ACTORS)
    assert not any(e.type == "COERCE" for e in ctx.events)


def test_an_arrest_told_itself_stays(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Valmont police arrested Karl Brenner on 3 March.", ACTORS)
    assert any(e.type == "COERCE" and e.target == ["brenner"] for e in ctx.events)
