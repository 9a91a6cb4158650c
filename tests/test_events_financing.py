"""Financing is aid only when it names a recipient (data/plover.yaml fund, bankroll, finance, lend: needs_target;
issue 8, spurious5). Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Kuwait": ("kuwait", "country"), "Kuwaiti": ("kuwait", "country"), "Jordan": ("jordan", "country"),
          "Amman": ("amman", "place"), "Arab Legion": ("arab_legion", "organization")}
HEADER = "source: own writing, analysis style\ntitle: Gulf money in the Levant (Example Review, 12 May 2023)\n\n"


def _aid(tmp_path, body: str) -> list:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "analysis.txt")
    return [(e.source, e.target) for e in ctx.events if e.type == "AID"]


def test_paying_for_a_thing_is_no_aid(tmp_path):
    for body in ("Kuwait financed a new terminal at the airport in Amman in 2019.",
                 "A Kuwaiti state fund lent most of the money for the highway to the Iraqi border in 2016.",
                 "Kuwait funded courtyards and hostels in the old city in 2015."):
        assert _aid(tmp_path, body) == [], body


def test_financing_a_named_party_stays_aid(tmp_path):
    for body in ("Kuwait financed the Arab Legion in 2019.", "Kuwait lent Jordan two billion dollars in 2016."):
        got = _aid(tmp_path, body)
        assert any("kuwait" in s and t for s, t in got), (body, got)
