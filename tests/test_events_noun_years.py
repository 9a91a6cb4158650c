"""A year modifying an event noun dates that noun's happening (events/noun_years.py).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Kenya": ("kenya", "country"), "Djibouti": ("djibouti", "country"), "Mwai Kibaki": ("mwai_kibaki", "person"),
          "Kenya Ports Authority": ("kenya_ports_authority", "organization"), "Tadjoura": ("tadjoura", "place")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, think-tank analysis style\ntitle: Ports and power: Kenya in Djibouti\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "analysis.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_the_agreements_own_year_dates_it(tmp_path):
    text = ("Summary. Kenya's weight grows.\n\nPorts. Under a 2009 agreement signed by President Mwai Kibaki, the Kenya "
            "Ports Authority built a terminal near Tadjoura in Djibouti, which began operating in 2012 (Reuters, "
            "May 3, 2012).")
    got = dated(tmp_path, text)
    assert any(s == ["mwai_kibaki"] and d == "2009" for t, s, d in got), got


def test_an_agreement_with_no_year_takes_the_note(tmp_path):
    # near miss: no year on the noun, so the sentence's note dates it
    text = ("Summary. Kenya's weight grows.\n\nPorts. Under an agreement signed by President Mwai Kibaki, the Kenya "
            "Ports Authority built a terminal near Tadjoura in Djibouti, which began operating in 2012 (Reuters, "
            "May 3, 2012).")
    got = dated(tmp_path, text)
    assert any(s == ["mwai_kibaki"] and d and d.startswith("2012") for t, s, d in got), got


NEWS = "source: own writing, think-tank analysis style\ntitle: Kenya's courts, 2016-2018\n\n"
PARA = ("Summary. Kenya's courts grew harsher.\n\nCourts. Gunmen freed ten prisoners from Kamiti prison on "
        "March 1, 2017. Kenya executed three Somali men convicted of a{year} bomb attack on March 15, 2017.")


def noun_year_events(tmp_path, year: str) -> list[tuple]:
    ctx = extract_events(tmp_path, NEWS + PARA.format(year=year) + "\n", ACTORS, "analysis.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_a_date_of_another_year_on_a_dated_noun_is_the_governing_acts(tmp_path):
    got = noun_year_events(tmp_path, " 2014")
    assert any(t == "ASSAULT" and s == ["kenya"] and d == "2017-03-15" for t, s, d in got), got


def test_a_date_on_an_undated_noun_is_the_nouns(tmp_path):
    # near miss: no year on the attack, so the day is the attack's, not the execution's
    got = noun_year_events(tmp_path, "")
    assert any(t == "ASSAULT" and s == ["kenya"] for t, s, d in got), got
    assert not any(t == "ASSAULT" and s == ["kenya"] and d == "2017-03-15" for t, s, d in got), got
