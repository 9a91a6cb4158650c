"""Source notes -> citations: the seed report against its gold, and other report styles."""
from pathlib import Path

import pytest

from foothold.errors import DataFileError
from foothold.eval.score import _score_citations
from foothold.eval import load_gold
from foothold.extract.citations import CitationExtractor, find_notes, parse_outlet_data
from foothold.extract.pipeline import Context
from foothold.ingest import read_document
from foothold.model import DateValue

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
JULY_14 = DateValue(iso="2020-07-14", precision="day")


def notes(text: str, document_date: DateValue | None = JULY_14) -> list[tuple[str, str | None]]:
    return [(o.outlet, o.date.iso if o.date else None)
            for _, _, outlets in find_notes(text, document_date) for o in outlets]


def extract(tmp_path, text: str, date: DateValue | None = JULY_14) -> Context:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    document.date = date
    ctx = Context(document=document, doc=None)
    CitationExtractor()(ctx)
    return ctx


@pytest.fixture(scope="module")
def seed_context(eval_dir):   # eval_dir: skipped without ../shared
    document = read_document(EVAL / "seed.txt")
    document.date = JULY_14
    ctx = Context(document=document, doc=None)
    CitationExtractor()(ctx)
    return ctx


def test_seed_citations_match_the_gold(seed_context, eval_dir):
    gold = load_gold(EVAL / "seed.gold.json")["citations"]
    predicted = [c.to_format() for c in seed_context.citations]
    assert _score_citations(predicted, gold).f1 >= 0.97


def test_seed_citations_point_at_unique_evidence_and_the_outlet_name(seed_context):
    text = seed_context.document.text
    for c in seed_context.citations:
        assert text[c.start:c.end] == c.evidence and text.count(c.evidence) == 1
        assert c.start <= c.note_start < c.note_end <= c.end
        assert text[c.note_start] == "(" and text[c.note_end - 1] == ")"
        assert text[c.outlet_start:c.outlet_end] == c.outlet
        assert c.extractor == "foothold.citations.v1"


@pytest.mark.parametrize("note, expected", [
    ("(IRNA, June 17, 2020)", [("IRNA", "2020-06-17")]),
    ("(Tasnim; Mehr, February 15, 2020)", [("Tasnim", "2020-02-15"), ("Mehr", "2020-02-15")]),
    ("(al-Marsad News, March 31, 2020; al-Akhbar, April 1, 2020)",
     [("al-Marsad News", "2020-03-31"), ("al-Akhbar", "2020-04-01")]),
    ("(the Twitter account of the prime minister of Iraq, May 11, 2020)", [("Twitter", "2020-05-11")]),
    ("(Tasnim; the Iraq news agency, May 9, 2020)", [("Tasnim", "2020-05-09"), ("Iraq news agency", "2020-05-09")]),
    ("(seateshgh.com, February 22, 2020)", [("seateshgh.com", "2020-02-22")]),
    ("(Reuters, 3 June 2020)", [("Reuters", "2020-06-03")]),
    ("(AP, 2020-06-03)", [("AP", "2020-06-03")]),
    ("(Source: IRNA, June 3, 2020)", [("IRNA", "2020-06-03")]),
    ("(IRNA and Tasnim, June 3)", [("IRNA", "2020-06-03"), ("Tasnim", "2020-06-03")]),
    ("(Reuters, citing Iraqi officials, June 3, 2020)", [("Reuters", "2020-06-03")]),
    ("(Al-Monitor, September 2019)", [("Al-Monitor", "2019-09")]),
    ("(Tasnim, April 15)", [("Tasnim", "2020-04-15")]),
    ("(IRNA, June 3, 2020, and Tasnim, June 4, 2020)", [("IRNA", "2020-06-03"), ("Tasnim", "2020-06-04")]),
    ("[Fars, May 5, 2020]", [("Fars", "2020-05-05")]),
    ("(June 3, 2020, IRNA)", [("IRNA", "2020-06-03")]),
    ("(IRNA [Persian], June 3, 2020)", [("IRNA", "2020-06-03")]),
    ("(https://www.irna.ir/news/83812, June 3, 2020)", [("irna.ir", "2020-06-03")]),
    ("(the website of the Iranian presidency, June 3, 2020)", [("Iranian presidency", "2020-06-03")]),
    ("(Sabereen News Telegram channel, June 3, 2020)", [("Sabereen News", "2020-06-03")]),
])
def test_source_notes_give_one_citation_per_outlet(note, expected):
    assert notes(f"Something was said {note}.") == expected


@pytest.mark.parametrize("note", [
    "(PMU, the umbrella body for the Shia militias in Iraq)", "(Abu Fadak)", "(May 24, 2020)",
    "(set to take place in 2021 at the moment)", "(killed in Baghdad, January 3, 2020)",
    "(Iran's foreign minister, June 3, 2020)", "(about 33% expressed support, 2020)",
    "(Tuesday, June 3, 2020)", "(June 3, 2020, the minister said)", "[sic]",
])
def test_other_parentheses_are_not_citations(note):
    assert notes(f"Something was said {note}.") == []


def test_a_note_without_year_before_the_report_month_is_from_the_previous_year():
    assert notes("Said so (Tasnim, August 15).") == [("Tasnim", "2019-08-15")]


def test_without_document_date_the_texts_main_year_dates_a_yearless_note():
    text = "Met on May 2, 2019 (IRNA, May 3, 2019). Said so (Tasnim, April 15)."
    assert notes(text, None) == [("IRNA", "2019-05-03"), ("Tasnim", "2019-04-15")]


def test_a_repeated_note_gets_evidence_unique_in_the_document(tmp_path):
    text = ("Iran sent aid (IRNA, June 17, 2020).\n\nIraq paid its debt (IRNA, June 17, 2020).\n\n"
            "Caption of a photo\n(IRNA, June 17, 2020).**\n")
    ctx = extract(tmp_path, text)
    evidence = [c.evidence for c in ctx.citations]
    assert evidence == ["aid (IRNA, June 17, 2020)", "debt (IRNA, June 17, 2020)", "(IRNA, June 17, 2020).**"]
    assert all(text.count(e) == 1 for e in evidence)


def test_offsets_point_into_the_original_text_through_markup(tmp_path):
    text = "► The minister **met** his counterpart (**Fars**, May 10, 2020).\n"
    ctx = extract(tmp_path, text)
    [c] = ctx.citations
    assert (c.outlet, text[c.outlet_start:c.outlet_end]) == ("Fars", "Fars")
    assert text[c.note_start:c.note_end] == "(**Fars**, May 10, 2020)"


def test_a_citation_later_than_the_document_is_flagged(tmp_path):
    ctx = extract(tmp_path, "A statement (IRNA, August 3, 2020).")
    assert ctx.warnings == ["citation date 2020-08-03 in '(IRNA, August 3, 2020)' is later than "
                            "the document date 2020-07-14"]


def test_outlets_file_is_validated():
    with pytest.raises(DataFileError) as err:
        parse_outlet_data({"outlets": [{"aliases": ["x"]}]})
    assert err.value.code == "E201"
    with pytest.raises(DataFileError):
        parse_outlet_data({"outlets": [{"name": "IRNA", "aliases": "Islamic Republic News Agency"}]})
    data = parse_outlet_data({"outlets": [{"name": "IRNA", "aliases": ["Islamic Republic News Agency"]}],
                              "platforms": [{"name": "Twitter"}]})
    assert data.outlets["islamic republic news agency"] == "IRNA" and data.platforms["twitter"] == "Twitter"
