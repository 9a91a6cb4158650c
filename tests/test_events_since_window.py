"""A present perfect framed by "since" a time of the publication's own year dates the act to what that time and the
publication share: the year, or the month when both fall in it (events/since_window.py). A "since" of an earlier
year still leaves it undated.

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

from foothold.extract.events.since_window import shared_part
from foothold.model import DateValue

ACTORS = {"Myanmar": ("myanmar", "country"), "Arakan Army": ("arakan_army", "organization"),
          "Sittwe": ("sittwe", "place"), "Bangladesh": ("bangladesh", "country"),
          "Mozambique": ("mozambique", "country"), "Palma": ("palma", "place")}


def dated(tmp_path, text: str, credit: str = "14 May 2024") -> list[tuple]:
    header = f"source: own writing, release\ntitle: A release (Delta Monitor, {credit})\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "release.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_since_a_month_of_the_publication_year_dates_the_year(tmp_path):
    got = dated(tmp_path, "Since February, the Arakan Army has seized three towns near Sittwe.")
    assert any(s == ["arakan_army"] and d == "2024" for t, s, d in got), got


def test_since_a_day_of_the_publication_month_dates_the_month(tmp_path):
    got = dated(tmp_path, "Since 2 May, the Arakan Army has seized three towns near Sittwe.")
    assert any(s == ["arakan_army"] and d == "2024-05" for t, s, d in got), got


def test_since_an_earlier_year_stays_undated(tmp_path):
    # near miss: the act fell somewhere in years the text does not pin down
    got = dated(tmp_path, "Since 2019, the Arakan Army has seized three towns near Sittwe.")
    assert any(s == ["arakan_army"] and d is None for t, s, d in got), got


def test_shared_part_of_a_time_and_the_publication():
    pub = DateValue(iso="2024-05-14", precision="day")
    assert shared_part(DateValue(iso="2024-02", precision="month"), pub).iso == "2024"
    assert shared_part(DateValue(iso="2024-05-02", precision="day"), pub).iso == "2024-05"
    assert shared_part(DateValue(iso="2023-11", precision="month"), pub) is None
    assert shared_part(DateValue(iso="2024-06", precision="month"), pub) is None     # after the publication
