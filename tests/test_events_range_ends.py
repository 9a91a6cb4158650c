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


def test_two_days_joined_by_and_or_a_range_inside_a_sentence_are_kept():
    # near misses: "and" tells two days; a range inside a sentence ends where its next act may be dated
    a = DateValue(iso="2021-05-03", precision="day", start=0, end=5)
    b = DateValue(iso="2021-05-05", precision="day", start=10, end=15)
    assert without_range_ends([a, b], "3 May and 5 May. Tanzania closed its border.") == [a, b]
    c = DateValue(iso="2021-05-05", precision="day", start=9, end=14)
    assert without_range_ends([a, c], "3 May to 5 May. Tanzania closed its border.") == [a]
    text = "The siege lasted from 3 May to 5 May, and ended with a truce."
    d = DateValue(iso="2021-05-03", precision="day", start=text.index("3 May"), end=text.index("3 May") + 5)
    e = DateValue(iso="2021-05-05", precision="day", start=text.index("5 May"), end=text.index("5 May") + 5)
    assert without_range_ends([d, e], text) == [d, e]
