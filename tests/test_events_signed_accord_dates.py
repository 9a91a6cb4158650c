"""Dates an act owns though the parser hangs them elsewhere (events/signed_accords.py, events/shift_owner.py,
analysis.shifted_in_clause): a day hung on the accord a SUPPORT verb signs is the signing's day; a counted shift
inside a relative clause deeper in the act's phrase moves that clause's happening, not the act.

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
          "Lima": ("lima", "place"), "Santiago": ("santiago", "place")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, wire style\ntitle: A report (Andes Wire, 16 March 2024)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "report.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_a_day_hung_on_the_signed_accord_dates_the_signing(tmp_path):
    # 16 March 2024 is a Saturday: "on Thursday" is the 14th, not the report's day
    got = dated(tmp_path, "LIMA, March 16 (Andes Wire) - Chile and Peru signed an agreement on Thursday to patrol "
                          "their border together, the foreign ministry said.")
    assert any(t == "SUPPORT" and "chile" in s and d == "2024-03-14" for t, s, d in got), got


def test_a_day_on_a_welcomed_deed_stays_the_deeds(tmp_path):
    # near miss: a reacted-to deed keeps its own day; the welcome is the report's
    got = dated(tmp_path, "On 16 March 2024, Bolivia welcomed the decision of Chile on Thursday to reopen the border.")
    assert any(t == "SUPPORT" and s == ["bolivia"] and d == "2024-03-16" for t, s, d in got), got


def test_a_shift_in_a_relative_clause_does_not_move_the_act(tmp_path):
    text = ("On 12 March 2024, Chile closed its border with Peru. Chile briefed "
            "Peru on the plans of the smugglers to cross the border, which he had described to parliament the day "
            "before.")
    got = dated(tmp_path, text)
    assert not any(t == "CONSULT" and d == "2024-03-11" for t, s, d in got), got
    assert any(t == "CONSULT" and d and d.startswith("2024-03") for t, s, d in got), got


def test_a_shift_in_the_acts_own_clause_moves_it(tmp_path):
    # near miss: "the day before" on the act's own verb counts from the day told
    text = ("On 12 March 2024, Chile closed its border with Peru. The day before, Chile had briefed "
            "Peru on the plans of the smugglers.")
    got = dated(tmp_path, text)
    assert any(t == "CONSULT" and d == "2024-03-11" for t, s, d in got), got
