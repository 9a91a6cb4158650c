"""An act told in the simple present is the report's present: a day before the publication told after its verb
times a past thing its phrase tells (events/present_acts.py).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

from foothold.extract.events.present_acts import _iso_day

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Ministry of Foreign Affairs":
          ("ministry_of_foreign_affairs", "organization"), "Navy of Peru": ("navy_of_peru", "organization"),
          "Santiago": ("santiago", "place")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, government statement style\ntitle: A statement (Ministry of Foreign Affairs, 14 March 2025)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "statement.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_a_present_condemnation_is_not_dated_by_the_deed_it_condemns(tmp_path):
    text = ("SANTIAGO, 14 March 2025 - The Ministry of Foreign Affairs of Chile condemns the removal of fishing nets "
            "from the Loa river by the Navy of Peru in the early hours of 12 March.")
    got = dated(tmp_path, text)
    acc = [d for t, s, d in got if t == "ACCUSE" and "ministry_of_foreign_affairs" in s]
    assert acc and all(d is not None and d.startswith("2025-03") and d != "2025-03-12" for d in acc), got


def test_a_past_condemnation_keeps_the_day_told(tmp_path):
    # near miss: the past tense is timed by the day told after it
    text = "SANTIAGO, 14 March 2025 - The Ministry of Foreign Affairs of Chile condemned the Navy of Peru on 12 March."
    got = dated(tmp_path, text)
    assert any(t == "ACCUSE" and d == "2025-03-12" for t, s, d in got), got


def test_a_date_before_the_present_verb_still_dates_it(tmp_path):
    # near miss: a chronicle's historic present, its date told first
    text = "SANTIAGO, 14 March 2025 - On 12 March the Ministry of Foreign Affairs of Chile condemns Peru's navy."
    got = dated(tmp_path, text)
    assert any(t == "ACCUSE" and d == "2025-03-12" for t, s, d in got), got


def test_iso_day_bounds():
    assert str(_iso_day("2025-02", last=True)) == "2025-02-28"
    assert str(_iso_day("2024-12", last=True)) == "2024-12-31"
    assert str(_iso_day("2024", last=False)) == "2024-01-01"
