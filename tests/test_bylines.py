"""A report's byline line dates the report and names who its "we" is (ingest/bylines.py,
events/byline_issuer.py). Sentences are our own, about arenas outside the development texts."""

from event_fixtures import extract_events
from foothold.ingest.bylines import byline, byline_date
from foothold.ingest.metadata import find_date

HEADER = "source: own writing, monitor style (rights report)\ntitle: Detained in Dushanbe\n\n"


def test_an_issuers_line_closed_by_a_date_dates_the_report():
    text = HEADER + "Detained in Dushanbe\n\nPamir Rights Watch, report of 3 May 2022\n\nPolice arrested six lawyers.\n"
    assert byline_date(text).iso == "2022-05-03"
    assert find_date(text).iso == "2022-05-03"


def test_a_desk_or_an_investigation_byline_is_read_too():
    desk = HEADER + "Headline here\n\nBaltic Media Monitor, Riga desk, 9 February 2021\n\nText.\n"
    probe = HEADER + "Headline\n\nAn investigation by the Lisbon-based Atlantic Shipping Observatory, March 2, 2023\n\nT.\n"
    assert byline_date(desk).iso == "2021-02-09"
    assert byline_date(probe).iso == "2023-03-02"


def test_a_sentence_or_a_paragraph_ending_in_a_date_is_no_byline():
    assert byline(HEADER + "Headline\n\nThe police arrested six lawyers in Khorog on 3 May 2022.\n") is None
    assert byline(HEADER + "Headline\n\nThe court met.\nIt adjourned, 3 May 2022\n") is None
    assert byline(HEADER + "Headline\n\n3 May 2022\n") is None          # a bare date line is metadata's own


ACTORS = {"Pamir Rights Watch": ("prw", "organization"), "Tajikistan": ("tajikistan", "country"),
          "Interior Ministry": ("moi", "organization")}
REPORT = ("Detained in Khorog\n\nPamir Rights Watch, report of 3 May 2022\n\n"
          "Tajikistan arrested six lawyers in Khorog in April. Tajikistan denied that they were mistreated.\n\n"
          "We call on the Interior Ministry to release the six lawyers.\n")


def test_the_reports_we_is_the_body_its_byline_names(tmp_path):
    ctx = extract_events(tmp_path, HEADER + REPORT, ACTORS, "report.txt")
    calls = [e for e in ctx.events if "We call on" in e.evidence]
    assert calls and calls[0].source == ["prw"] and calls[0].date.iso.startswith("2022-05"), \
        [(e.type, e.source, e.evidence, e.date) for e in ctx.events]


def test_without_a_byline_the_we_is_left_to_the_subject_states(tmp_path):
    body = REPORT.replace("Pamir Rights Watch, report of 3 May 2022\n\n", "")
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "report.txt")
    calls = [e for e in ctx.events if "We call on" in e.evidence]
    assert not calls or calls[0].source != ["prw"]


def test_a_byline_closed_by_a_month_names_the_we_but_dates_nothing(tmp_path):
    """evargs3: "Briefing by X, April 2024" names who the briefing's "we" is; its month is no report date."""
    report = REPORT.replace("Pamir Rights Watch, report of 3 May 2022", "Briefing by Pamir Rights Watch, May 2022")
    assert byline(HEADER + report) is None
    ctx = extract_events(tmp_path, HEADER + report, ACTORS, "report.txt")
    calls = [e for e in ctx.events if "We call on" in e.evidence]
    assert calls and calls[0].source == ["prw"], [(e.type, e.source, e.evidence) for e in ctx.events]


def test_a_month_in_a_sentence_names_no_issuer():
    from foothold.ingest.bylines import issuer_span
    assert issuer_span(HEADER + "Headline\n\nThe police arrested six lawyers in Khorog in May 2022.\n") is None
    assert issuer_span(HEADER + "Headline\n\nPamir Rights Watch, Maybe 2022\n\nText.\n") is None
