"""A time within the day last told ("Hours earlier, X had ...", "By evening ...", "later that day") dates the act in
its clause by that day, even a past perfect, and counts from the story's last date, not from a "since" frame or an
anchoring clause's year (events/analysis.py `shifted_in_clause`, timing.off_story_time).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Somalia": ("somalia", "country"), "Somali": ("somalia", "country"), "al-Shabaab": ("shabaab", "organization"),
          "Kenya": ("kenya", "country"), "Kenyan": ("kenya", "country"), "Mogadishu": ("mogadishu", "place"),
          "Eritrea": ("eritrea", "country"), "Ethiopia": ("ethiopia", "country"),
          "Ethiopian": ("ethiopia", "country"), "Sudan": ("sudan", "country")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, wire style\ntitle: A report (Horn Wire, 20 March 2024)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "report.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_hours_earlier_dates_a_past_perfect_by_the_day_last_told(tmp_path):
    got = dated(tmp_path, "Al-Shabaab fighters attacked a Kenyan base in Somalia on 12 March 2024. Hours earlier, "
                          "Kenya had expelled two Somali diplomats.")
    assert ("SANCTION", ["kenya"], "2024-03-12") in got, got
    # near miss: with no shift a past perfect tells a time before the story's own, undated
    got = dated(tmp_path, "Al-Shabaab fighters attacked a Kenyan base in Somalia on 12 March 2024. Kenya had "
                          "expelled two Somali diplomats.")
    assert ("SANCTION", ["kenya"], None) in got, got


def test_by_evening_counts_from_the_story_day_not_a_since_frame(tmp_path):
    text = ("Ethiopia and Eritrea have held talks in Asmara since Tuesday. On Friday the two delegations met again. "
            "By evening Ethiopia had signed a border accord with Eritrea.")
    got = dated(tmp_path, text.replace("On Friday", "On 15 March 2024"))
    assert any(t == "SUPPORT" and s == ["ethiopia"] and d == "2024-03-15" for t, s, d in got), got


def test_the_year_of_an_anchoring_clause_is_no_story_day(tmp_path):
    text = ("On 4 June 2023, gunmen killed 30 villagers in Sudan, the worst attack since the war began in 2015. "
            "Hours earlier, Ethiopia had closed its border with Sudan.")
    got = dated(tmp_path, text)
    assert any(s == ["ethiopia"] and d == "2023-06-04" for t, s, d in got), got


def test_days_after_that_happening_still_counts_from_its_anchoring_clause(tmp_path):
    # near miss of the skip above: "that strike" is the happening the anchoring clause dated
    text = ("Al-Shabaab has attacked Kenyan convoys since a Kenyan air strike killed its leader in March 2019. "
            "Days after that strike, al-Shabaab attacked a Kenyan base in Somalia.")
    got = dated(tmp_path, text)
    assert any(t == "ASSAULT" and s == ["shabaab"] and d == "2019-03" for t, s, d in got), got
