"""A range joined by "to" or a dash is dated by its first day; its end times nothing (events/range_ends.py).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

from foothold.extract.events.range_ends import without_range_ends
from foothold.model import DateValue

ACTORS = {"Mozambique": ("mozambique", "country"), "Tanzania": ("tanzania", "country"),
          "Malawi": ("malawi", "country")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = ("source: own writing, monitor report style (border monitor)\n"
              "title: Border monitor: Mozambique, March-May 2021 (Rovuma Watch, 20 May 2021)\n\n")
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "monitor.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_an_entry_headed_by_a_range_takes_its_first_day(tmp_path):
    text = ("Rovuma Watch logged four incidents.\n\n12 March to 4 April. Tanzania closed its border with Mozambique. "
            "Malawi condemned Tanzania.")
    got = dated(tmp_path, text)
    assert any(t == "ACCUSE" and s == ["malawi"] and d == "2021-03-12" for t, s, d in got), got


def test_two_days_joined_by_and_are_both_kept():
    # near miss: "and" tells two days, not a range
    text = "on 3 May and 5 May"
    a = DateValue(iso="2021-05-03", precision="day", start=3, end=8)
    b = DateValue(iso="2021-05-05", precision="day", start=13, end=18)
    assert without_range_ends([a, b], text) == [a, b]
    text2 = "on 3 May to 5 May"
    c = DateValue(iso="2021-05-05", precision="day", start=12, end=17)
    assert without_range_ends([a, c], text2) == [a]
