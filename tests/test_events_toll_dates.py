"""A clause on a reacted-to deed tells that deed ("condemned a Boko Haram attack on Sunday that killed four
soldiers"): the deed's date is the clause's act's, not only a date for the reaction to skip (timing.described_noun,
read by timing.reacted_elsewhere). Own sentences from arenas no development text uses; with the near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Chad": ("chad", "country"), "Chadian": ("chad", "country"), "Boko Haram": ("boko_haram", "organization"),
          "Niger": ("niger", "country")}
HEADER = ("source: own writing, wire style\ntitle: A report (Lake Wire, 20 March 2024)\n\n"
          "N'DJAMENA, March 20 (Lake Wire) - ")


def dated(tmp_path, text: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + text + "\n", ACTORS, "report.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_a_toll_told_in_a_clause_on_a_condemned_attack_takes_the_attacks_day(tmp_path):
    got = dated(tmp_path, "Chad condemned a Boko Haram attack on Sunday that killed four Chadian soldiers.")
    assert ("ASSAULT", ["boko_haram"], "2024-03-17") in got, got
    # the condemnation stays the report's
    assert ("ACCUSE", ["chad"], "2024-03-20") in got, got


def test_the_attacks_day_still_dates_no_other_act_of_the_sentence(tmp_path):
    # near miss: an act outside the condemned deed's phrase is not timed by that deed's day
    got = dated(tmp_path, "Chad condemned a Boko Haram attack on Sunday and Niger closed its border.")
    assert all(d != "2024-03-17" for t, s, d in got if s in (["chad"], ["niger"])), got
