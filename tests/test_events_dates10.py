"""dates10: a "since" date of another clause does not time a simple past or present act (events/since_elsewhere.py);
a weekday told right before a day in a phrase of time ("on the night of Friday 12 March") is such a phrase for a
present act (events/present_acts.weekday_before).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Ministry of Foreign Affairs":
          ("ministry_of_foreign_affairs", "organization"), "Navy of Peru": ("navy_of_peru", "organization"),
          "Bolivia": ("bolivia", "country"), "Santiago": ("santiago", "place"),
          "Carlos Ibarra": ("carlos_ibarra", "person")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, wire style\ntitle: A report (Andes Wire, 14 June 2025)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "report.txt")
    return [(e.type, e.source, e.target, e.date.iso if e.date else None) for e in ctx.events]


def support_dates(got, source):
    return [d for t, s, _, d in got if t == "SUPPORT" and source in s]


def test_a_since_date_in_reported_content_does_not_date_the_thanks(tmp_path):
    text = ("The governor, Carlos Ibarra, told reporters that farmers in the valley had lost "
            "their harvest since February and thanked Bolivia for its help.")
    got = dated(tmp_path, text)
    ds = support_dates(got, "carlos_ibarra")
    assert ds and all(d is not None and d.startswith("2025-06") for d in ds), got


def test_a_since_date_on_a_participle_does_not_date_a_present_act(tmp_path):
    text = ("The Ministry of Foreign Affairs thanks the Government of Bolivia and the rescue teams deployed in the "
            "valley since February.")
    got = dated(tmp_path, text)
    ds = support_dates(got, "ministry_of_foreign_affairs")
    assert ds and all(d is not None and d.startswith("2025-06") for d in ds), got


def test_a_since_date_on_a_participle_does_not_date_a_past_act(tmp_path):
    text = "Chile thanked Bolivia and the rescue teams deployed in the valley since February for their work."
    got = dated(tmp_path, text)
    ds = support_dates(got, "chile")
    assert ds and all(d is not None and d.startswith("2025-06") for d in ds), got


def test_a_perfect_act_keeps_its_since_frame_undated(tmp_path):
    # near miss: the act itself is framed by "since": a past before the story, left to since_window / told_undated
    text = "Peru has blocked the border since 2019, officials said."
    got = dated(tmp_path, text)
    assert not any(d is not None and d.startswith("2025-06") for t, s, _, d in got if "peru" in s), got


def test_a_weekday_before_the_day_is_a_phrase_of_time_for_a_present_act(tmp_path):
    text = ("SANTIAGO, 14 June 2025 - The Ministry of Foreign Affairs of Chile strongly condemns the attack on its "
            "embassy in Lima on the night of Thursday 12 June, in which a crowd tore down the flag.")
    got = dated(tmp_path, text)
    acc = [d for t, s, _, d in got if t == "ACCUSE" and "ministry_of_foreign_affairs" in s]
    assert acc and all(d is not None and d.startswith("2025-06") and d != "2025-06-12" for d in acc), got


def test_a_past_act_keeps_the_weekday_and_day(tmp_path):
    # near miss: a past tense is timed by the day told after it
    text = ("SANTIAGO, 14 June 2025 - The Ministry of Foreign Affairs of Chile condemned the Navy of Peru on the "
            "night of Thursday 12 June.")
    got = dated(tmp_path, text)
    assert any(t == "ACCUSE" and d == "2025-06-12" for t, s, _, d in got), got


def monitor_dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, monitor\ntitle: A monitor (Andes Monitor, 30 June 2025)\n\n"
    ctx = extract_events(tmp_path, header + "Chile and Peru traded accusations over the border all month.\n\n"
                         + text + "\n", ACTORS, "monitor.txt")
    return [(e.type, e.source, e.target, e.date.iso if e.date else None) for e in ctx.events]


def test_an_entry_date_times_the_act_an_after_clause_places(tmp_path):
    # events/anchored_elsewhere.py: 11 June is the approval's; the warning is the entry's
    text = ("12 June 2025 – Hours after the senate approved the budget on the night of 11 June, the governor, "
            "Carlos Ibarra, wrote on his blog that Chile would \"watch every step\" of Peru and warned Peru against "
            "closing the border.")
    got = monitor_dated(tmp_path, text)
    assert any(t == "THREATEN" and "carlos_ibarra" in s and d == "2025-06-12" for t, s, _, d in got), got


def test_without_an_entry_date_the_anchor_day_is_the_nearest_time_told(tmp_path):
    # near miss: no other date in the sentence, the anchoring clause's day stays
    text = ("Hours after the senate approved the budget on the night of 11 June, the governor, Carlos Ibarra, "
            "warned Peru against closing the border.")
    got = monitor_dated(tmp_path, text)
    assert any(t == "THREATEN" and "carlos_ibarra" in s and d == "2025-06-11" for t, s, _, d in got), got


def test_entry_date_before_reads_a_line_opening_date_and_dash():
    from foothold.extract.events.anchored_elsewhere import ENTRY_MARK
    assert ENTRY_MARK.match("7 May 2020 – Hours after", 10)
    assert ENTRY_MARK.match("7 May 2020: Hours after", 10)
    assert not ENTRY_MARK.match("7 May 2020 (Reuters) said", 10)


def test_a_year_naming_the_happening_after_since_still_dates_a_clause_on_it(tmp_path):
    # near miss: "since the 2019 war" names a happening the relative clause is timed by, not a bare since-date
    text = ("Relations between Chile and Peru have been frozen since the 2019 war over the valley, after which "
            "Chile recognised Bolivia's claim to the river.")
    got = dated(tmp_path, text)
    ds = [d for t, s, o, d in got if "chile" in s and "bolivia" in o]
    assert ds and all(d == "2019" for d in ds), got


def test_a_day_told_before_a_counted_clause_parsed_as_main_is_moved_for_that_clause(tmp_path):
    # clause_dates.fronted_count_date: the parser makes "declared" the main verb and hangs "On March 4" on it
    actors = dict(ACTORS, **{"National Electoral Board": ("national_electoral_board", "organization")})
    header = "source: own writing, analysis\ntitle: An analysis (Andes Review, 30 June 2025)\n\n"
    text = ("On March 4, 2025, a day after the National Electoral Board declared Carlos Ibarra the winner, the "
            "president of Chile appeared on state television and congratulated him.")
    ctx = extract_events(tmp_path, header + text + "\n", actors, "analysis.txt")
    got = [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]
    board = [d for t, s, d in got if "national_electoral_board" in s]
    assert board and all(d == "2025-03-03" for d in board), got
