"""When did it happen? (events/dating.py): the verb whose tense times an act.

Sentences are invented for the tests (wire style, other regions and decades).
"""

from event_fixtures import extract_events

from foothold.extract.events.dating import aspect_verb
from foothold.extract.nlp import load_nlp

ACTORS = {"Libya": ("libya", "country"), "Chad": ("chad", "country"), "Sudan": ("sudan", "country")}
HEADER = "source: https://example.org/a/story.html\ntitle: Story (VOA News, 25 Apr 2024)\n\n"


def word(sentence: str, text: str):
    doc = load_nlp()(sentence)
    return next(t for t in doc if t.text == text)


def test_an_infinitive_and_a_participial_adjunct_take_their_verbs_time():
    tok = word("Libya has helped send rifles to Chad, while also smuggling fuel to Sudan.", "smuggling")
    assert aspect_verb(tok).text == "helped"
    assert aspect_verb(word("Libya has helped send rifles to Chad.", "send")).text == "helped"
    # a marker of its own sets another time
    assert aspect_verb(word("Libya attacked Chad on Monday after closing the border.", "closing")).text == "closing"


def test_a_present_perfect_adjunct_is_undated_like_its_verb(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Officials said the network has helped transfer rifles to Chad, while also "
                         "smuggling rockets to Sudan.\n\nOn Monday, Libya sent rockets to Sudan.\n", ACTORS, "story.txt")
    undated = [e for e in ctx.events if "sudan" in e.target and "smuggling" in e.evidence]
    assert undated and all(e.date is None for e in undated), [(e.evidence, e.date) for e in ctx.events]


def test_today_with_no_publication_date_takes_no_background_year(tmp_path):
    text = ("Today, Libya expelled two diplomats from Chad. Since the 2019 coup, Chad has jailed hundreds.\n\n"
            "In 2022, Libya expelled the ambassador of Sudan.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "release.txt")
    assert ctx.document.date is None
    dates = {e.evidence.split(",")[0]: e.date.iso if e.date else None for e in ctx.events if "expelled" in e.evidence}
    assert [d for k, d in dates.items() if "2022" not in k] == [None], dates
    assert "2022" in dates.values(), dates          # a stated year still dates its act


def test_a_coordinated_verb_takes_the_full_date_of_its_own_clause(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Libya expelled two Chadian diplomats in January 2022 and recalled its "
                         "ambassador from Sudan in June 2023.\n", ACTORS, "story.txt")
    dates = sorted(e.date.iso for e in ctx.events if e.date is not None)
    assert dates == ["2022-01", "2023-06"], [(e.evidence, e.date) for e in ctx.events]
    # a bare year is no clause's own full date: the partner's date still holds
    ctx = extract_events(tmp_path, HEADER + "Libya expelled two Chadian diplomats in January 2022 and recalled its "
                         "ambassador from Sudan.\n", ACTORS, "story.txt")
    assert all(e.date is not None and e.date.iso == "2022-01" for e in ctx.events), [(e.evidence, e.date) for e in ctx.events]


def test_a_background_since_date_times_no_other_sentence(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Since 2019, Libya has hosted officials from Chad. "
                         "Libya attacked a convoy in Sudan.\n", ACTORS, "story.txt")
    bombed = [e for e in ctx.events if "attacked" in e.evidence]
    assert bombed and all(e.date is not None and not e.date.iso.startswith("2019") for e in bombed), \
        [(e.evidence, e.date) for e in ctx.events]


def test_a_day_counted_from_the_last_day_told(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Libya expelled two Chadian diplomats on 3 March 2024. Chad recalled its "
                         "ambassador from Libya two days later.\n", ACTORS, "story.txt")
    recalled = [e for e in ctx.events if "recalled" in e.evidence]
    assert recalled and recalled[0].date is not None and recalled[0].date.iso == "2024-03-05", \
        [(e.evidence, e.date) for e in ctx.events]
    # counted from a month, it stays unknown to the day
    ctx = extract_events(tmp_path, HEADER + "Libya expelled two Chadian diplomats in March 2024. Chad recalled its "
                         "ambassador from Libya two days later.\n", ACTORS, "story.txt")
    recalled = [e for e in ctx.events if "recalled" in e.evidence]
    assert recalled and (recalled[0].date is None or recalled[0].date.precision != "day"), \
        [(e.evidence, e.date) for e in ctx.events]


def test_an_anchor_or_relative_clause_date_does_not_run_on(tmp_path):
    for first in ("Chad recalled its ambassador from Libya two months after Libyan troops attacked Sudan on 3 March 2024.",
                  "Chad suspended its aid to Libya, which it had cut once on 3 March 2024."):
        ctx = extract_events(tmp_path, HEADER + first + " Libya expelled two Chadian diplomats.\n", ACTORS, "story.txt")
        expelled = [e for e in ctx.events if "expelled" in e.evidence]
        assert expelled and all(e.date is None or e.date.iso != "2024-03-03" for e in expelled), \
            [(e.evidence, e.date) for e in ctx.events]


def test_an_anchoring_clause_date_gives_no_year_to_the_news(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Chad closed its border weeks after Libyan troops crossed it in November 2019. "
                         "Chad recalled its ambassador from Libya.\n", ACTORS, "story.txt")
    recalled = [e for e in ctx.events if "recalled" in e.evidence]
    assert recalled and all(e.date is None or not e.date.iso.startswith("2019") for e in recalled), \
        [(e.evidence, e.date) for e in ctx.events]
def dates_by_word(ctx) -> dict[str, str | None]:
    return {e.evidence: e.date.iso if e.date else None for e in ctx.events}


def test_a_dateline_dates_the_report_not_the_acts_of_its_sentence(tmp_path):
    text = ("source: own wire\ntitle: Border clash\n\nNDJAMENA, Sept 30, 2023 - Libya attacked Chad on Sunday near "
            "the border, officials said.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "wire.txt")
    assert ctx.document.date.iso == "2023-09-30"
    assert [e.date.iso for e in ctx.events if "attacked" in e.evidence] == ["2023-09-24"], dates_by_word(ctx)


def test_a_year_inside_a_name_or_a_clause_on_an_object_does_not_date_the_act(tmp_path):
    text = HEADER + ("Libya accused Chad of breaking the 1994 Tripoli Accord.\n\n"
                     "Chad urged Libya to return the ferry, which sank in 1999.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    dates = [e.date.iso if e.date else None for e in ctx.events]
    assert dates and all(d == "2024-04" for d in dates), dates_by_word(ctx)


def test_a_past_perfect_reported_by_a_past_saying_verb_is_the_news(tmp_path):
    text = HEADER + "Sudan said that Libya had shelled Chad.\n"
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    shelled = [e for e in ctx.events if "shelled" in e.evidence]
    assert shelled and shelled[0].date is not None and shelled[0].date.iso.startswith("2024"), dates_by_word(ctx)


def test_a_time_told_from_another_happening_does_not_inherit_the_running_date(tmp_path):
    # "two days before the vote": an offset from an undated happening, not the paragraph's last date
    text = HEADER + ("On March 3, 2024, Libya closed its border with Chad. Two days before the vote, Sudan expelled "
                     "two diplomats from Chad. On the same day, Libya expelled a diplomat from Sudan.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    dates = {e.evidence.split()[0]: e.date.iso if e.date else None for e in ctx.events}
    shifted = [e for e in ctx.events if e.source == ["sudan"]]
    assert shifted and all(e.date is None or e.date.iso == "2024" for e in shifted), dates
    assert any(e.date is not None and e.date.iso == "2024-03-03" for e in ctx.events if "closed" in e.evidence), dates


ANALYSIS = "source: own writing, analysis style\ntitle: Note (analysis note, December 2021)\n\n"


def test_a_day_without_a_year_takes_the_year_the_paragraph_is_telling(tmp_path):
    # a note written in December 2021 tells 2019: "on October 29" follows "October 17, 2019", not the note's year
    ctx = extract_events(tmp_path, ANALYSIS + "Background\n\nOn October 17, 2019, a new tax set off riots in Chad. "
                         "Libya expelled two Chadian diplomats on October 29, citing the riots.\n\n"
                         "On March 2, Libya expelled the ambassador of Sudan.\n", ACTORS, "note.txt")
    dates = [e.date.iso for e in ctx.events if "expelled" in e.evidence]
    assert dates == ["2019-10-29", "2021-03-02"], [(e.evidence, e.date) for e in ctx.events]


def test_a_range_of_days_dates_its_first_and_lends_its_year(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Libya attacked a convoy in Chad on the night of 14 to 15 March 2019.\n\n"
                         "Libya attacked a convoy in Sudan between 27 May and 2 June 2020.\n", ACTORS, "story.txt")
    assert [e.date.iso for e in ctx.events] == ["2019-03-14", "2020-05-27"], [(e.evidence, e.date) for e in ctx.events]


def test_a_denial_told_in_a_relative_clause_on_the_accused_is_the_news(tmp_path):
    # "X blamed Y, which denied responsibility": the answer is current, unlike "the men who attacked Z"
    ctx = extract_events(tmp_path, ANALYSIS + "In July 2021, the army of Sudan blamed the RSF, which denied responsibility.\n",
                         {**ACTORS, "RSF": ("rsf", "organization")}, "note.txt")
    dates = {e.type: e.date.iso if e.date else None for e in ctx.events}
    assert dates.get("REJECT") == "2021-07", [(e.type, e.evidence, e.date) for e in ctx.events]


def test_a_month_counted_from_the_last_date_told(tmp_path):
    # evdate: "the following month" moves on from the last date told, not from a source note after it
    actors = {"Chad": ("chad", "country"), "Sudan": ("sudan", "country"), "Libya": ("libya", "country")}
    # (the parser hangs the shift on "gear" read as a verb: the sentence's shift still counts)
    text = ("Floods hit eastern Chad in August 2020, and Sudan sent rescue teams to Chad on 5 August 2020 (Reuters, "
            "August 5, 2020). Libya sent a team of police advisers and riot gear the following month. The floods "
            "receded in the spring (Reuters, January 9, 2021).\n")
    ctx = extract_events(tmp_path, text, actors, "analysis.txt")
    libya = [e.date.iso for e in ctx.events if e.source == ["libya"]]
    assert libya == ["2020-09"], [(e.evidence, e.date) for e in ctx.events]


def test_month_shift_reads_the_phrase():
    from foothold.extract.events.dating import month_shift
    assert month_shift("They met again the following month.") == 1
    assert month_shift("Talks resumed three months later.") == 3
    assert month_shift("It had warned the month before.") == -1
    assert month_shift("They met again the following day.") is None


def test_then_keeps_the_running_date_over_a_source_note(tmp_path):
    # evdate: "then" tells the story's next step; the note dates the report of it (Great Lakes arena)
    actors = {"Congo": ("drc", "country"), "Rwanda": ("rwanda", "country"), "Uganda": ("uganda", "country"),
              "Goma": ("goma", "place"), "M23": ("m23", "organization")}
    text = ("Rebels of M23 took Goma on November 20, 2012 (Reuters, Nov 21, 2012). Rwanda then sent troops to Congo "
            "(Reuters, June 3, 2013). Uganda hosted talks between Congo and M23 in Kampala (Reuters, June 5, 2013).\n")
    ctx = extract_events(tmp_path, text, actors, "analysis.txt")
    dates = {e.source[0]: e.date.iso for e in ctx.events if e.source and e.date}
    assert dates.get("rwanda") == "2012-11-20" and dates.get("uganda") == "2013-06-05", dates
    # a note of the story's own year still dates the step it closes
    text = "Rebels of M23 took Goma on November 20, 2012. Rwanda then sent troops to Congo (Reuters, Dec 2, 2012).\n"
    ctx = extract_events(tmp_path, text, actors, "analysis2.txt")
    assert [e.date.iso for e in ctx.events if e.source == ["rwanda"]] == ["2012-12-02"]


def test_since_a_day_of_the_story_s_week_dates_a_current_act(tmp_path):
    # evdate: "Since Monday, X have blocked ..." started that day; "Since 2019, X has hosted ..." stays a background
    text = HEADER + ("NDJAMENA, April 25 (VOA) - Since Monday, Chad has deployed troops to its border with Sudan."
                     "\n\nSince 2019, Libya has deployed troops to its border with Chad.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    dates = {e.evidence.split(",")[0]: (e.date.iso if e.date else None) for e in ctx.events}
    assert dates.get("Since Monday") == "2024-04-22", dates
    assert all(d is None or not d.startswith("2019") for k, d in dates.items() if k.startswith("Since 2019")), dates
