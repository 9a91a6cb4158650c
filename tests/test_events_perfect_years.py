"""A yearless day or month told on a past perfect lies before the last date the story told: later in that year it is
the year before (events/perfect_years.py).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Ecuador": ("ecuador", "country"), "Peru": ("peru", "country"), "Quito": ("quito", "place"),
          "Lima": ("lima", "place")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, think-tank analysis style\ntitle: Ecuador and Peru: a border cooled\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "analysis.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


LEAD = ("Summary. The border is calm.\n\nTalks. Ecuador's foreign minister met Peru's foreign minister in Lima "
        "(Andes Wire, February 3, 2021). ")


def test_a_past_perfect_month_after_the_last_date_is_the_year_before(tmp_path):
    got = dated(tmp_path, LEAD + "In October Ecuador had recalled its ambassador from Peru.")
    assert any(t == "SANCTION" and d == "2020-10" for t, s, d in got), got


def test_a_simple_past_month_keeps_the_running_year(tmp_path):
    # near miss: no past perfect, the story runs on
    got = dated(tmp_path, LEAD + "In October Ecuador recalled its ambassador from Peru.")
    assert any(t == "SANCTION" and d == "2021-10" for t, s, d in got), got


def test_a_past_perfect_month_before_the_last_date_keeps_its_year(tmp_path):
    # near miss: January comes before the February told, in the same year
    got = dated(tmp_path, LEAD.replace("February 3", "March 3") + "In January Ecuador had recalled its ambassador from Peru.")
    assert any(t == "SANCTION" and d == "2021-01" for t, s, d in got), got
