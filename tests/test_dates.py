"""Date phrases: the normaliser, the scanner and the component on the seed report."""
from pathlib import Path

import pytest

from foothold.extract.dates import DateExtractor, find_dates, parse_date
from foothold.extract.pipeline import Context
from foothold.ingest import read_document
from foothold.model import DateValue

SEED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed.txt"
JULY_14 = DateValue(iso="2020-07-14", precision="day")


@pytest.mark.parametrize("phrase, iso, precision, qualifier", [
    ("May 11, 2020", "2020-05-11", "day", None),
    ("11 May 2020", "2020-05-11", "day", None),
    ("3rd of June, 2020", "2020-06-03", "day", None),
    ("2020-06-03", "2020-06-03", "day", None),
    ("On May 11", "2020-05-11", "day", None),
    ("in mid-June", "2020-06", "month", "mid"),
    ("early June 2002", "2002-06", "month", "early"),
    ("late June 2020", "2020-06", "month", "late"),
    ("the end of March 2020", "2020-03", "month", "end"),
    ("the summer of 2014", "2014", "season", "summer"),
    ("in 2019", "2019", "year", None),
    ("late 2019", "2019", "year", "late"),
    ("in January", "2020-01", "month", None),
    ("yesterday", "2020-07-13", "day", None),
    ("last week", "2020-07", "month", "last week"),
    ("last month", "2020-06", "month", None),
    ("last year", "2019", "year", None),
    ("two days ago", "2020-07-12", "day", None),
    ("on Monday", "2020-07-13", "day", None),
])
def test_parse_date_reads_phrase_against_the_document_date(phrase, iso, precision, qualifier):
    value = parse_date(phrase, JULY_14)
    assert (value.iso, value.precision, value.qualifier) == (iso, precision, qualifier)


def test_a_month_later_than_the_anchor_is_last_years_unless_told_otherwise():
    assert parse_date("in September", JULY_14).iso == "2019-09"
    assert parse_date("in September", JULY_14, roll_back=False).iso == "2020-09"
    assert parse_date("July 20", JULY_14).iso == "2020-07-20"    # same month: same year


@pytest.mark.parametrize("phrase, anchor", [
    ("may", JULY_14), ("33%", JULY_14), ("$3", JULY_14), ("the fall", JULY_14), ("2000 fighters", JULY_14),
    ("March", None), ("May 11", None), ("yesterday", None)])
def test_parse_date_refuses_non_dates_and_unanchored_phrases(phrase, anchor):
    assert parse_date(phrase, anchor) is None


def test_find_dates_skips_numbers_modals_and_prayers():
    text = ("Some 2000 fighters may march on Friday prayers; $2020 was paid. "
            "After the 2003 invasion, in March 2020, elections were set.")
    found = [(v.text, v.iso) for v in find_dates(text, JULY_14)]
    assert found == [("2003", "2003"), ("March 2020", "2020-03")]


def test_a_weekday_before_a_full_date_is_not_a_second_date():
    found = [(v.text, v.iso) for v in find_dates("On Tuesday, June 2, 2020, and on Friday, they met.", JULY_14)]
    assert found == [("June 2, 2020", "2020-06-02"), ("Friday", "2020-07-10")]


def test_find_dates_keeps_future_months_in_the_year_of_a_future_sentence():
    text = "Parliamentary elections will be held in October. The PM visited Tehran in October."
    assert [v.iso for v in find_dates(text, JULY_14)] == ["2020-10", "2019-10"]


def test_without_document_date_the_latest_explicit_date_gives_the_year():
    text = "On March 3, 2019, talks began. On May 11 they ended. In 2021 nothing happened. On June 2 again."
    found = [(v.text, v.iso) for v in find_dates(text, None)]
    assert found == [("March 3, 2019", "2019-03-03"), ("May 11", "2019-05-11"), ("2021", "2021"),
                     ("June 2", "2019-06-02")]


@pytest.fixture(scope="module")
def seed_context(eval_dir):   # eval_dir: skipped without ../shared
    document = read_document(SEED)
    document.date = JULY_14
    from foothold.extract.citations import CitationExtractor
    ctx = Context(document=document, doc=None)
    CitationExtractor()(ctx)
    DateExtractor()(ctx)
    return ctx


def test_seed_dates_point_at_the_original_text(seed_context):
    text = seed_context.document.text
    assert len(seed_context.dates) > 40
    assert all(text[v.start:v.end] == v.text for v in seed_context.dates)
    assert [v.start for v in seed_context.dates] == sorted(v.start for v in seed_context.dates)
    by_text = {v.text: v for v in seed_context.dates}
    assert (by_text["mid-June"].iso, by_text["mid-June"].qualifier) == ("2020-06", "mid")
    assert by_text["the summer of 2014"].precision == "season"


def test_seed_dates_leave_citation_notes_to_citations(seed_context):
    notes = [(c.note_start, c.note_end) for c in seed_context.citations]
    assert not [v for v in seed_context.dates if any(s <= v.start < e for s, e in notes)]
    # a parenthesis holding only a date is the text's own date, not a citation
    assert any(v.text == "May 24, 2020" for v in seed_context.dates)


def test_seed_flags_the_date_far_from_the_document_date(seed_context):
    assert seed_context.warnings == [
        "date 2002-06 in 'early June 2002' is 18 years before the document date 2020-07-14"]


def test_without_a_document_date_a_month_the_text_dated_keeps_that_year():
    # an encyclopaedia page: the event's full date, a background year, then the story by day and month
    text = ("The blockade began on 3 March 2015 when the navy closed the port. The ruling party had won the "
            "October 2014 vote. On 3 March, sailors boarded two ferries; on 9 April troops arrived. "
            "In November the talks resumed.")
    found = [(v.text, v.iso) for v in find_dates(text)]
    assert found == [("3 March 2015", "2015-03-03"), ("October 2014", "2014-10"), ("3 March", "2015-03-03"),
                     ("9 April", "2015-04-09"), ("November", "2015-11")]


def test_with_a_document_date_the_document_date_anchors_years():
    text = "The ruling party had won the October 2014 vote. On 3 March, sailors boarded two ferries."
    found = [(v.text, v.iso) for v in find_dates(text, JULY_14)]
    assert found[-1] == ("3 March", "2020-03-03")


def test_a_period_named_in_the_title_dates_no_month_after_it_as_last_years(tmp_path):
    # a monitor's report on a period, not a wire story dated by its credit: the page came out after the period
    path = tmp_path / "floods.txt"
    path.write_text("source: own writing, monitor report style\n"
                    "title: Sindh: the evictions of 2-6 August 2019 (Riverbank Housing Monitor)\n\n"
                    "On 2 August, police cleared the camps. On 9 September, the court heard the families' petition. "
                    "The mayor visited in October.\n", encoding="utf-8")
    document = read_document(path)
    assert document.date.iso == "2019-08-06" and document.metadata.get("date_ends_period")
    ctx = Context(document=document, doc=None)
    DateExtractor()(ctx)
    assert [v.iso for v in ctx.dates] == ["2019-08-02", "2019-09-09", "2019-10"]


def test_only_a_period_end_keeps_a_later_month_in_the_anchors_year():
    text = "The minister visited in November. Talks resumed on 3 March."
    assert [v.iso for v in find_dates(text, DateValue(iso="2021-04-02", precision="day"))] == ["2020-11", "2021-03-03"]
    assert [v.iso for v in find_dates(text, DateValue(iso="2021-04-02", precision="day"), period_end=True)] \
        == ["2021-11", "2021-03-03"]


def test_a_year_line_heads_the_yearless_entries_below_it():
    text = ("Timeline of the border dispute, begun in March 2021.\n\n2021\n\n- March 4: Troops cross the river.\n"
            "- November 9: Talks open in Geneva.\n\n2022:\n\n- February 7: A drone strikes the post.\n"
            "- October 4: Both sides sign a truce. It recalls the clash of November 9, 2021.\n- December 1: Talks end.")
    assert [v.iso for v in find_dates(text) if v.precision != "year"] == [
        "2021-03", "2021-03-04", "2021-11-09", "2022-02-07", "2022-10-04", "2021-11-09", "2022-12-01"]
    # a year line overrides the document date too ("2020" under a page published in 2023)
    text = "Chronology\n\n2020\n\n- June 3: The port reopens."
    assert [v.iso for v in find_dates(text, DateValue(iso="2023-05-01", precision="day"))] == ["2020-06-03"]
    # a year inside a sentence heads nothing
    text = "In 2019 the council met twice.\n\nOn June 3 the port reopened."
    assert [v.iso for v in find_dates(text, DateValue(iso="2023-07-01", precision="day"))][-1] == "2023-06-03"


def test_a_period_over_a_new_year_keeps_a_month_the_text_dated_in_its_year():
    text = "On November 2, 2018, the strike began. On November 20, workers marched. On January 3, talks began."
    end = DateValue(iso="2019-01", precision="month")
    assert [v.iso for v in find_dates(text, end, period_end=True)] == ["2018-11-02", "2018-11-20", "2019-01-03"]
