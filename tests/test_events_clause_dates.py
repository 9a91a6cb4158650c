"""Which date phrase of a sentence times which act (issue 8, dates2): the date on the act's own verb, a present
participle's date shared with its act, a "since" date framing a state, a source note's year for a yearless date, and
"last night" counted from the report's day.

Sentences are invented for the tests (Andean, Sahel and Caucasus arenas), each with its near miss.
"""

from event_fixtures import extract_events

from foothold.extract.dates import parse_date
from foothold.extract.events.clause_dates import clause_head, simultaneous_participle
from foothold.extract.events.note_years import noted_year
from foothold.extract.nlp import load_nlp
from foothold.model import DateValue

ACTORS = {"Ecuador": ("ecuador", "country"), "Ecuadorian": ("ecuador", "country"), "Colombia": ("colombia", "country"),
          "FARC dissidents": ("farc_dissidents", "organization"), "Peru": ("peru", "country"),
          "Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"), "Mali": ("mali", "country"),
          "Malian": ("mali", "country"), "Niger": ("niger", "country"), "JNIM": ("jnim", "organization"), "Armenia": ("armenia", "country"),
          "Georgia": ("georgia", "country"), "Nikol Pashinyan": ("pashinyan", "person"),
          "Irakli Kobakhidze": ("kobakhidze", "person"), "Chile": ("chile", "country"),
          "Chilean": ("chile", "country"), "La Paz": ("la_paz", "place")}
WIRE = "source: https://example.org/a/story.html\ntitle: Story (Andes Wire, 14 Mar 2023)\n\n"
NOTE = "source: own writing, research brief\ntitle: A note on the region (research note)\n\n"
RELEASE = "source: own writing, government statement\ntitle: Statement (ministry, 9 October 2024)\n\n"


def dated(tmp_path, header: str, text: str) -> list[tuple]:
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.target, e.date.iso if e.date else None) for e in ctx.events]


def test_a_date_on_the_acts_own_verb_beats_the_saying_date_before_it(tmp_path):
    got = dated(tmp_path, WIRE, "QUITO, Mar 14 (Andes Wire) - Ecuador's navy said on Tuesday that three sailors were "
                                "wounded when FARC dissidents attacked a patrol boat near the border before dawn on "
                                "Sunday.")
    attacks = [g for g in got if g[0] == "ASSAULT" and g[1] == ["farc_dissidents"]]
    assert attacks and all(d == "2023-03-12" for *_, d in attacks), got
    # near miss: a deed inside what was said, with no date of its own, is still the saying's time (month)
    got = dated(tmp_path, WIRE, "QUITO, Mar 14 (Andes Wire) - Ecuador's navy said on Tuesday that FARC dissidents "
                                "had attacked a patrol boat near the border.")
    attacks = [g for g in got if g[0] == "ASSAULT" and g[1] == ["farc_dissidents"]]
    assert attacks and all(d.startswith("2023-03") for *_, d in attacks), got


def test_a_relative_clauses_own_year_dates_the_act_it_tells(tmp_path):
    got = dated(tmp_path, NOTE, "Between March and October 2021, traders moved gold out of Mali in breach of a "
                                "decree of Bolivia, which banned imports from Mali in 2019.")
    bans = [g for g in got if g[0] == "SANCTION" and g[1] == ["bolivia"]]
    assert bans and all(d == "2019" for *_, d in bans), got


def test_a_present_participle_on_the_object_shares_the_acts_date(tmp_path):
    got = dated(tmp_path, NOTE, "JNIM fighters ambushed a convoy carrying Malian soldiers to Gao on 12 March 2022, "
                                "killing four (Sahel Monitor, 14 March 2022).")
    ambush = [g for g in got if g[1] == ["jnim"] and g[0] == "ASSAULT"]
    assert ambush and ambush[0][3] == "2022-03-12", got
    doc = load_nlp()("JNIM fighters ambushed a convoy carrying Malian soldiers to Gao on 12 March 2022.")
    ambushed = next(t for t in doc if t.text == "ambushed")
    carrying = next(t for t in doc if t.text == "carrying")
    assert simultaneous_participle(carrying, ambushed)
    assert clause_head(next(t for t in doc if t.text == "March"), ambushed).i == ambushed.i
    # near miss: a past participle describing the object tells an earlier state, no date of the act
    doc = load_nlp()("Chile reopened the consulate seized by protesters in 2019.")
    seized = next(t for t in doc if t.text == "seized")
    assert not simultaneous_participle(seized, next(t for t in doc if t.text == "reopened"))


def test_a_since_date_frames_a_state_and_another_date_times_the_act(tmp_path):
    got = dated(tmp_path, NOTE, "Chile reopened its consulate in La Paz, closed since 1978, in March 2023 "
                                "(Andes Wire, March 30, 2023).")
    reopened = [g for g in got if g[1] == ["chile"]]
    assert reopened and all(d == "2023-03" for *_, d in reopened), got


def test_a_yearless_date_takes_the_year_of_the_note_closing_its_sentence(tmp_path):
    text = ("Background. Relations were already poor: Peru expelled two Bolivian diplomats in December 2023.\n\n"
            "Arrests. Police of Peru detained a Bolivian consul in June and deported him to La Paz (Andes Wire, "
            "June 22, 2024).")
    got = dated(tmp_path, NOTE, text)
    detained = [g for g in got if g[0] == "COERCE" and g[1] == ["peru"]]
    assert detained and all(d == "2024-06" for *_, d in detained), got


def test_noted_year_reads_only_its_own_sentences_note():
    class Note:
        def __init__(self, start, iso):
            self.start, self.date = start, DateValue(iso=iso, precision="day")
    text = "Troops left in August and came back (Agency, June 22, 2024)."
    august = DateValue(iso="2023-08", precision="month", start=text.index("August"),
                       end=text.index("August") + len("August"))
    note = Note(text.index("("), "2024-06-22")
    assert noted_year(august, text, [note]).iso == "2023-08"         # later in the year than the note: the year before
    june = DateValue(iso="2023-06", precision="month", start=5, end=9)
    text2 = "Left June for good. Then came back (Agency, June 22, 2024)."
    assert noted_year(june, text2, [Note(text2.index("("), "2024-06-22")]).iso == "2023-06"   # another sentence's note
    written = DateValue(iso="2019-06", precision="month", start=0, end=9)
    assert noted_year(written, "June 2019 (Agency, June 22, 2024).", [Note(10, "2024-06-22")]).iso == "2019-06"


def test_last_night_is_the_day_before_the_reports_day(tmp_path):
    day = DateValue(iso="2024-10-09", precision="day")
    assert parse_date("last night", day).iso == "2024-10-08"
    assert parse_date("this morning", day).iso == "2024-10-09"
    assert parse_date("last night", DateValue(iso="2024-10", precision="month")) is None    # no day to count from
    got = dated(tmp_path, RELEASE, "Yerevan, 9 October 2024\n\nPrime Minister Nikol Pashinyan spoke by telephone "
                                   "with Prime Minister Irakli Kobakhidze of Georgia last night.")
    calls = [g for g in got if g[0] == "CONSULT" and g[1] == ["pashinyan"]]
    assert calls and calls[0][3] == "2024-10-08", got


def test_a_day_counted_from_the_last_date_is_not_overridden_by_a_like_act(tmp_path):
    text = ("On 3 May JNIM fighters attacked an army post of Niger near Ayorou. JNIM fighters also ambushed an army "
            "convoy of Mali near Ansongo the same day. On 4 May JNIM fighters attacked a Malian army camp at Boni.")
    got = dated(tmp_path, "source: own writing, monitor report\ntitle: Mali weekly, 1-7 May 2023 (monitor)\n\n", text)
    second = [g for g in got if g[0] == "ASSAULT" and "mali" in g[2]]
    assert second and second[0][3] == "2023-05-03", got
    assert any(g[0] == "ASSAULT" and "mali" in g[2] and g[3] == "2023-05-04" for g in got), got   # the camp's own day


def test_a_since_date_is_no_time_the_story_runs_on_from(tmp_path):
    text = ("Chapter 2. The trial\n\nOn 11 May 2021, a court of Belarus sentenced two reporters to prison. The "
            "authorities had held them since March 2019. The foreign minister of Lithuania condemned the verdict on "
            "12 May.")
    acts = {"Belarus": ("belarus", "country"), "Lithuania": ("lithuania", "country")}
    ctx = extract_events(tmp_path, "source: own writing, monitor report\ntitle: Report (monitor)\n\n" + text + "\n",
                         acts, "story.txt")
    got = [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]
    assert any(t == "ACCUSE" and d == "2021-05-12" for t, _, d in got), got
    # near miss: a year the story moves to does carry a yearless day after it
    text = ("Chapter 2. The trial\n\nOn 11 May 2021, a court of Belarus sentenced two reporters to prison. In March "
            "2022 the court freed them. The foreign minister of Lithuania welcomed the release on 12 May.")
    ctx = extract_events(tmp_path, "source: own writing, monitor report\ntitle: Report (monitor)\n\n" + text + "\n",
                         acts, "story.txt")
    got = [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]
    assert any(s == ["lithuania"] and d == "2022-05-12" for _, s, d in got), got


def test_an_act_counted_days_after_or_before_the_governing_verbs_day(tmp_path):
    got = dated(tmp_path, WIRE, "LA PAZ, Mar 14 (Andes Wire) - Bolivia recalled its ambassador from Chile on Sunday, "
                                "two days after Chile announced that it had expelled a Bolivian diplomat.")
    expelled = [g for g in got if g[0] == "SANCTION" and g[1] == ["chile"]]
    assert expelled and all(d == "2023-03-10" for *_, d in expelled), got
    assert any(g[1] == ["bolivia"] and g[3] == "2023-03-12" for g in got), got      # the governing act keeps its day
    # near miss: a governing verb dated only to the month counts no day
    got = dated(tmp_path, WIRE, "LA PAZ, Mar 14 (Andes Wire) - Bolivia recalled its ambassador from Chile in "
                                "February, two days after Chile announced that it had expelled a Bolivian diplomat.")
    expelled = [g for g in got if g[0] == "SANCTION" and g[1] == ["chile"]]
    assert expelled and all(len(d or "") < 10 for *_, d in expelled), got


def test_offset_clause_reads_the_count_and_its_direction():
    from foothold.extract.events.clause_dates import offset_clause
    doc = load_nlp()("Chile recalled its envoy on Monday, a week before Peru said that it had closed the border.")
    closed = next(t for t in doc if t.text == "closed")
    clause, days = offset_clause(closed)
    assert clause.text == "said" and days == 7
    doc = load_nlp()("Chile recalled its envoy on Monday after Peru said that it had closed the border.")
    assert offset_clause(next(t for t in doc if t.text == "closed")) is None
