"""A gerund kept up is a course of acts, not one act (spurious12: events/kept_courses.py). Own sentences, arenas
outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Ruritania": ("ruritania", "country"), "Osterland": ("osterland", "country"),
          "Northern Front": ("front", "organization"), "Valmont": ("valmont", "place")}
HEADER = "source: https://example.org/a/report.html\ntitle: Report\n\n"


def _events(tmp_path, text):
    ctx = extract_events(tmp_path, HEADER + text, ACTORS)
    return [(e.type, e.source, e.target) for e in ctx.events], ctx.data.get("skipped_events", {})


def test_a_kept_up_strike_is_a_course(tmp_path):
    events, skipped = _events(tmp_path, "Ruritania kept striking Osterland positions through 2019.")
    assert not any(t == "ASSAULT" for t, _, _ in events)
    assert skipped.get("habitual", 0) >= 1


def test_a_present_kept_up_act_is_a_course(tmp_path):
    events, _ = _events(tmp_path, "The Northern Front keeps shelling the outskirts of Valmont.")
    assert not any(t == "ASSAULT" for t, _, _ in events)


def test_a_day_dated_continuation_is_one_act(tmp_path):
    events, _ = _events(tmp_path, "On 3 March, the Northern Front kept shelling Valmont.")
    assert ("ASSAULT", ["front"], ["valmont"]) in events


def test_a_promise_to_keep_is_still_read(tmp_path):
    events, _ = _events(tmp_path, "Ruritania promised to keep supplying Osterland.")
    assert any(t == "AGREE" and s == ["ruritania"] for t, s, _ in events)


def test_the_plain_act_is_kept(tmp_path):
    events, _ = _events(tmp_path, "Ruritania struck Osterland positions in 2019.")
    assert any(t == "ASSAULT" and s == ["ruritania"] for t, s, _ in events)
