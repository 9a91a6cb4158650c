"""A structure that falls kills without a doer (spurious12: events/collapses.py). Own sentences, arenas outside the
development texts."""

from event_fixtures import extract_events

ACTORS = {"Ruritania": ("ruritania", "country"), "Osterland": ("osterland", "country"),
          "Northern Front": ("front", "organization"), "Valmont": ("valmont", "place")}
HEADER = "source: https://example.org/a/report.html\ntitle: Report\n\n"


def _ctx(tmp_path, text):
    return extract_events(tmp_path, HEADER + text, ACTORS)


def test_a_fallen_canopy_kills_without_an_attack(tmp_path):
    ctx = _ctx(tmp_path, "On 1 November the canopy of the new station in Osterland fell on people waiting outside, "
                         "killing 14 Ruritania citizens.")
    assert not any(e.type == "ASSAULT" for e in ctx.events)
    assert ctx.data["skipped_events"].get("structural_collapse", 0) >= 1


def test_a_shell_that_falls_is_still_an_attack(tmp_path):
    ctx = _ctx(tmp_path, "On 1 November a Ruritania shell fell on the Valmont market, killing 14.")
    assert any(e.type == "ASSAULT" and e.source == ["ruritania"] for e in ctx.events)


def test_an_armed_group_killing_is_kept(tmp_path):
    ctx = _ctx(tmp_path, "On 1 November the Northern Front shelled Valmont, killing 14.")
    assert any(e.type == "ASSAULT" and e.source == ["front"] for e in ctx.events)
