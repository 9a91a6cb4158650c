"""A past perfect told with a time of day of its own is placed within the story's day and dated by its running date
(events/dayparts.py); a bare past perfect stays undated (gold notes §26).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Niger": ("niger", "country"), "Niamey": ("niamey", "place"), "Tillaberi": ("tillaberi", "place"),
          "Mali": ("mali", "country")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, wire style\ntitle: A report (Sahel Wire, 9 August 2024)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "report.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_a_past_perfect_before_dawn_takes_the_storys_day(tmp_path):
    text = ("NIAMEY, Aug 9 (Sahel Wire) - Niger's army said on Friday that it had retaken the town of Tillaberi. "
            "Mali had closed its border with Niger before dawn.")
    got = dated(tmp_path, text)
    assert any(s == ["mali"] and d and d.startswith("2024-08") for t, s, d in got), got


def test_a_bare_past_perfect_stays_undated(tmp_path):
    # near miss: no time of its own, a time before the story's
    text = ("NIAMEY, Aug 9 (Sahel Wire) - Niger's army said on Friday that it had retaken the town of Tillaberi. "
            "Mali had closed its border with Niger.")
    got = dated(tmp_path, text)
    assert any(s == ["mali"] and d is None for t, s, d in got), got
