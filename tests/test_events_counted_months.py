"""A counted month shift ("two months later", "a month later") moves the story from the last date told, a source
note's included; an uncounted "months later" tells a time only by another happening (tense.counted_month,
EventDater.last_told_before).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Ghana": ("ghana", "country"), "World Bank": ("world_bank", "organization"), "Accra": ("accra", "place"),
          "Togo": ("togo", "country")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, think-tank analysis style\ntitle: Ghana's debt, 2022-2024\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "analysis.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


LEAD = ("Summary. Ghana borrowed.\n\nDebt. Togo's finance minister flew to Accra to meet Ghana's finance minister "
        "(Accra Daily, June 12, 2023). ")


def test_two_months_after_a_source_note(tmp_path):
    got = dated(tmp_path, LEAD + "The World Bank approved a loan of 300 million dollars to Ghana two months later.")
    assert any(t == "AID" and d == "2023-08" for t, s, d in got), got


def test_months_later_uncounted_is_not_shifted(tmp_path):
    # near miss: no count, so no month to move to
    got = dated(tmp_path, LEAD + "The World Bank approved a loan of 300 million dollars to Ghana months later.")
    assert any(t == "AID" for t, s, d in got) and not any(t == "AID" and d == "2023-08" for t, s, d in got), got
