"""Reading files into Documents: each format, bad input, metadata (title, date)."""

import hashlib

import pytest

from foothold.errors import (BinaryDocumentError, CorruptDocumentError, EmptyDocumentError, FootholdError,
                             NotFoundError, UnsupportedFormatError)
from foothold.ingest import find_date, find_title, iter_paths, read_document
from foothold.ingest.metadata import InvalidDateOptionError
from foothold.ingest.normalise import normalise


# --- text and markdown ------------------------------------------------------------

def test_seed_text_is_read_as_is(seed_path):
    doc = read_document(seed_path)
    raw = seed_path.read_bytes()
    assert doc.text == raw.decode("utf-8")
    assert doc.id == hashlib.sha256(raw).hexdigest()
    assert (doc.format, doc.name, doc.warnings) == ("txt", "seed.txt", [])
    assert doc.title == "Iran faces growing Challenges in Iraq but is determined to further Its vital interests"


def test_seed_publication_date_is_the_date_line_under_the_title(seed_path):
    doc = read_document(seed_path)
    assert (doc.date.iso, doc.date.precision) == ("2020-07-14", "day")
    assert doc.text[doc.date.start:doc.date.end] == "July 14, 2020"
    assert doc.metadata["date_source"] == "text"


def test_date_option_overrides_the_text(seed_path):
    doc = read_document(seed_path, date="2020-08")
    assert (doc.date.iso, doc.date.precision) == ("2020-08", "month")
    assert doc.metadata["date_source"] == "option"


@pytest.mark.parametrize("bad", ["14/07/2020", "2020-13-01", "2020-02-30", "July 2020", ""])
def test_a_bad_date_option_is_one_clear_error(seed_path, bad):
    if not bad:
        assert read_document(seed_path, date=bad).date.iso == "2020-07-14"   # empty means "not given"
        return
    with pytest.raises(InvalidDateOptionError) as err:
        read_document(seed_path, date=bad)
    assert err.value.fix and "YYYY-MM-DD" in err.value.fix


def test_re3d_documents_read_with_text_as_in_the_file(re3d_dir):
    for path in sorted(re3d_dir.glob("*.txt")):
        doc = read_document(path)
        assert doc.text == path.read_text(encoding="utf-8"), path.name
        assert doc.clean.strip() and doc.title


def test_markdown_sample(samples_dir):
    doc = read_document(samples_dir / "kadhimi-tehran-brief.md")
    assert doc.format == "md"
    assert doc.title == "Iraqi Prime Minister Visits Tehran as Militia Tensions Simmer"
    assert doc.date.iso == "2020-07-22"
    assert "**" not in doc.clean and "## " not in doc.clean
    start = doc.clean.index("Mustafa al-Kazimi")
    s, e = doc.span(start, start + len("Mustafa al-Kazimi"))
    assert doc.text[s:e] == "Mustafa al-Kazimi"


def test_markdown_front_matter_gives_title_and_date_and_stays_out_of_the_clean_text(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text("---\ntitle: Qaani in Baghdad\ndate: 2020-06-04\ntags:\n  - iraq\n---\n\n"
                    "Esmail Qaani arrived in Baghdad.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Qaani in Baghdad" and doc.date.iso == "2020-06-04"
    assert doc.clean.strip() == "Esmail Qaani arrived in Baghdad."
    assert doc.metadata["front_matter"]["tags"] == "['iraq']"


def test_a_plain_text_metadata_header_gives_title_and_date_and_is_no_body_text(tmp_path):
    path = tmp_path / "wire.txt"
    text = ("source: https://example.org/a/iran-seizes-tanker.html\n"
            "title: Iran Seizes Tanker in Gulf (VOA, 7 July 2023; title from the page)\n\n"
            "Iran's Revolutionary Guards on Thursday seized a tanker.\n")
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert doc.text == text                          # offsets still point into the file as read
    assert doc.title == "Iran Seizes Tanker in Gulf" and doc.date.iso == "2023-07-07"
    assert doc.metadata["source_url"] == "https://example.org/a/iran-seizes-tanker.html"
    assert len(doc.clean) == len(normalise(text)[0]) and "VOA" not in doc.clean and "example" not in doc.clean
    start = doc.clean.index("Revolutionary Guards")
    assert doc.text[slice(*doc.span(start, start + 20))] == "Revolutionary Guards"


@pytest.mark.parametrize("title,iso", [
    ("Quarterly Report to the Congress I July 1, 2019 - October 25, 2019", "2019-10-25"),
    ("Report (DoD OIG, report page, 31 Jan 2020)", "2020-01-31"),
    ("Parliament votes (Wikinews, 6 Jan 2020; correction of 7 Feb 2020)", "2020-01-06"),
    ("Drones Destroyed in Red Sea (VOA, June 2024; month inferred)", "2024-06"),
    ("Reward for Information (VOA Editorial, 2019; year inferred)", "2019"),
    ("Attack on the embassy (encyclopedia article; events of 27 Dec 2019 - 1 Jan 2020)", None),
    ("Axum massacre (Wikipedia, CC BY-SA 4.0; stored revision, undated)", None),
])
def test_a_header_title_dates_the_document_by_its_credit_or_the_end_of_its_period(tmp_path, title, iso):
    """The credit closing a title dates the publication; a period the title names was published
    after it; a credit dating the subject ('events of') or an undated revision dates nothing."""
    path = tmp_path / "report.txt"
    path.write_text(f"title: {title}\n\nOn January 8, Iran fired missiles at two bases.\n", encoding="utf-8")
    date = read_document(path).date
    assert (date.iso if date else None) == iso


@pytest.mark.parametrize("opening", ["Note: the figures are provisional.\n\nIraq said...",
                                     "Washington: Iraq said on Monday...\n",
                                     "title: one line and no blank line after it, then the body"])
def test_a_body_that_opens_with_a_colon_is_not_a_header(tmp_path, opening):
    path = tmp_path / "body.txt"
    path.write_text(opening, encoding="utf-8")
    assert read_document(path).clean.strip().split()[0] == opening.split()[0]


def test_a_byte_order_mark_stays_in_the_text_but_not_in_the_title(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffIran and Iraq Reopen the Crossings\n\nTrade resumed.".encode("utf-8"))
    doc = read_document(path)
    assert doc.text.startswith("\ufeff") and doc.title == "Iran and Iraq Reopen the Crossings"
    assert doc.clean.startswith("Iran and Iraq")


def test_text_sample_is_an_analytic_report(samples_dir):
    doc = read_document(samples_dir / "iran-iraq-summer-2020.txt")
    assert doc.date.iso == "2020-07-28"
    assert "(Tasnim; Fars, June 4, 2020)" in doc.text and "\u25ba" not in doc.clean
    assert "against the Green Zone" in doc.clean          # the cut sentence is rejoined


def test_windows_newlines_and_cp1252_are_decoded_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Esmail Qa\u2019ani visited Baghdad.\r\n\r\nHe met al-Kazimi.".encode("cp1252"))
    doc = read_document(path)
    assert doc.text == "Esmail Qa\u2019ani visited Baghdad.\n\nHe met al-Kazimi."
    assert len(doc.warnings) == 1 and "cp1252" in doc.warnings[0] and "UTF-8" in doc.warnings[0]
    assert doc.metadata["encoding"] == "cp1252"


def test_utf16_with_a_byte_order_mark_is_text(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("\ufeffIran and Iraq reopened the crossings.".encode("utf-16"))
    doc = read_document(path)
    assert "reopened the crossings" in doc.clean and doc.warnings


# --- HTML -------------------------------------------------------------------------

def test_html_sample_main_text_without_boilerplate(samples_dir):
    doc = read_document(samples_dir / "border-crossings-reopen.html")
    assert doc.format == "html" and doc.metadata["html_extractor"] == "trafilatura"
    assert doc.title == "Iran and Iraq reopen border crossings for trade"
    assert doc.text.startswith(doc.title)
    assert "Iraj Masjedi" in doc.text and "Iran\u2019s ambassador" in doc.text     # entities decoded
    for boilerplate in ("dataLayer", "Subscribe", "Log in", "Related stories", "font-family", "All rights"):
        assert boilerplate not in doc.text
    assert (doc.date.iso, doc.metadata["date_source"]) == ("2020-06-16", "html")
    assert doc.id == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def test_html_falls_back_to_the_tag_stripper_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    import foothold.ingest.html as html
    monkeypatch.setattr(html, "_trafilatura_text", lambda page: "")
    path = tmp_path / "page.htm"
    path.write_text("<html><head><title>Rockets hit Taji</title><script>var x = 1;</script></head>"
                    "<body><nav><a href='/'>Home</a></nav><p>Rockets struck <b>Camp Taji</b> north of "
                    "Baghdad on 11 March 2020.</p><footer>Copyright</footer></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert doc.text == "Rockets hit Taji\n\nRockets struck Camp Taji north of Baghdad on 11 March 2020."
    assert doc.metadata["html_extractor"] == "tags" and "tag-stripping" in doc.warnings[0]


def test_html_with_no_text_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a;</script></head><body><img src='chart.png'></body></html>",
                    encoding="utf-8")
    with pytest.raises(EmptyDocumentError):
        read_document(path)


# --- PDF --------------------------------------------------------------------------

def make_pdf(path, pages: list[list[str]], *, title: str | None = None) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    if title:
        c.setTitle(title)
    for number, lines in enumerate(pages, 1):
        y = 800
        for line in lines:
            c.drawString(60, y, line)
            y -= 18
        c.showPage()
    c.save()


def test_pdf_text_pages_metadata_and_running_lines(tmp_path):
    path = tmp_path / "report.pdf"
    header = "Gulf Monitor | Iran in Iraq"
    make_pdf(path, [
        [header, "Qods Force Activity in Iraq", "July 14, 2020", "",
         "Esmail Qaani visited Baghdad in June and met senior officials. Iran continued to",
         "coordinate with the militias and to press for the withdrawal of American forces from Iraq and",
         "to avoid a direct confrontation with the", "Page 1 of 3"],
        [header, "United States, according to Iranian media (Tasnim, June 4, 2020).", "Page 2 of 3"],
        [header, "Trade through Shalamcheh resumed in June.", "Page 3 of 3"],
    ], title="Qods Force Activity in Iraq")
    doc = read_document(path)
    assert doc.format == "pdf" and doc.metadata["pages"] == 3
    assert doc.title == "Qods Force Activity in Iraq"
    assert doc.date.iso == "2020-07-14" and doc.metadata["date_source"] == "text"
    assert header not in doc.text and "Page 2 of 3" not in doc.text     # running lines dropped
    assert "direct confrontation with the United States, according to" in doc.clean
    starts = doc.metadata["page_starts"]
    assert doc.text[starts[2]:].startswith("Trade through Shalamcheh")
    start = doc.clean.index("Shalamcheh")
    s, e = doc.span(start, start + len("Shalamcheh"))
    assert doc.text[s:e] == "Shalamcheh"


PARAGRAPHS = [
    "On June 3, the Iranian Minister of Energy, Reza Ardakanian, arrived for an official visit to Iraq, "
    "during which he met senior Iraqi officials, including the Prime Minister, Mustafa al-Kazimi, and the "
    "Minister of Electricity, Majid Mahdi Hantoush. The two sides discussed the Iraqi debt for the supply of "
    "gas and electricity, which Iran cannot collect because of the American sanctions on its banks.",
    "In mid-June, the Governor of the Iranian Central Bank, Abdolnaser Hemmati, paid a visit to Baghdad, "
    "during which he met with the Governor of the Iraqi Central Bank and agreed on a mechanism that allows "
    "Iran to use its funds in Iraq to buy basic goods, including medicine and foodstuffs.",
]


def test_pdf_flowing_paragraphs_are_rejoined_line_by_line(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    styles = getSampleStyleSheet()
    path = tmp_path / "flow.pdf"
    story = [Paragraph("Activities in the Economic Realm", styles["Heading2"])]
    for text in PARAGRAPHS * 3:
        story += [Paragraph(text, styles["BodyText"]), Spacer(1, 12)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    doc = read_document(path)
    assert doc.text.count("\n") > 10                   # the extracted text has the visual lines
    for text in PARAGRAPHS:
        assert text in doc.clean                         # the NLP reads whole sentences
    assert doc.clean.startswith("Activities in the Economic Realm\n\n")
    assert doc.clean.count("\n\n") == len(PARAGRAPHS) * 3   # blocks from the vertical gaps


def test_pdf_without_text_is_empty(tmp_path):
    path = tmp_path / "scan.pdf"
    make_pdf(path, [[]])
    with pytest.raises(EmptyDocumentError) as err:
        read_document(path)
    assert "OCR" in err.value.fix


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf body\n")
    with pytest.raises(CorruptDocumentError) as err:
        read_document(path)
    assert "broken.pdf" in err.value.line() and err.value.fix


def test_a_pdf_suffix_on_html_is_corrupt(tmp_path):
    path = tmp_path / "download.pdf"
    path.write_text("<html><body>404 Not Found</body></html>", encoding="utf-8")
    with pytest.raises(CorruptDocumentError, match="no PDF header"):
        read_document(path)


# --- bad input ----------------------------------------------------------------------

@pytest.mark.parametrize("name, content, error, reason", [
    ("empty.txt", b"", EmptyDocumentError, "empty"),
    ("blank.md", b" \n\n\t \n", EmptyDocumentError, "whitespace"),
    ("binary.txt", b"GIF89a\x00\x01\x02 not text", BinaryDocumentError, "GIF"),
    ("nul.txt", b"Iran and Iraq\x00\x00\x00\x01\x02", BinaryDocumentError, "NUL"),
    ("controls.txt", bytes(range(1, 9)) * 50 + b"some text", BinaryDocumentError, "control"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", BinaryDocumentError, "PDF"),
    ("report.docx", b"PK\x03\x04 whatever", UnsupportedFormatError, ".docx"),
    ("notes", b"Iran", UnsupportedFormatError, "no suffix"),
])
def test_bad_files_raise_one_clear_error(tmp_path, name, content, error, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as err:
        read_document(path)
    line = err.value.line()
    assert str(path) in line and reason in line and err.value.code in line
    assert err.value.fix
    assert isinstance(err.value, FootholdError)


def test_missing_file(tmp_path):
    with pytest.raises(NotFoundError) as err:
        read_document(tmp_path / "nowhere.txt")
    assert err.value.code == "E102" and "nowhere.txt" in err.value.line()


def test_an_unreadable_file_is_an_input_error(tmp_path, monkeypatch):
    from pathlib import Path
    path = tmp_path / "locked.txt"
    path.write_text("Iran", encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(FootholdError, match="Permission denied") as err:
        read_document(path)
    assert err.value.code == "E101" and "locked.txt" in err.value.line() and err.value.fix


def test_a_folder_is_not_a_document(tmp_path):
    with pytest.raises(UnsupportedFormatError, match="folder"):
        read_document(tmp_path)


# --- folders ------------------------------------------------------------------------

def test_iter_paths_expands_folders_recursively_to_supported_files(tmp_path):
    for rel in ("a.txt", "sub/b.md", "sub/deeper/c.HTML", "sub/d.pdf", "e.docx", "sub/f.gold.json",
                ".hidden/g.txt", "sub/.h.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path, tmp_path / "a.txt"])]
    assert found == ["a.txt", "sub/b.md", "sub/d.pdf", "sub/deeper/c.HTML"]


    with_json = [p.name for p in iter_paths(tmp_path / "sub", suffixes=(".md", ".json"))]
    assert with_json == ["b.md", "f.gold.json"]


def test_iter_paths_keeps_explicit_files_for_read_document_to_judge(tmp_path):
    assert list(iter_paths(tmp_path / "missing.txt")) == [tmp_path / "missing.txt"]


# --- metadata -----------------------------------------------------------------------

@pytest.mark.parametrize("head, iso, precision", [
    ("Iran in Iraq\n\nDr. Raz Zimmt\n\nJuly 14, 2020\n\nMain Argument", "2020-07-14", "day"),
    ("Iran in Iraq\n14 July 2020\nBody text.", "2020-07-14", "day"),
    ("Iran in Iraq\n2020-07-14\n", "2020-07-14", "day"),
    ("Iran in Iraq\nPublished: Tuesday, 14th July, 2020\n", "2020-07-14", "day"),
    ("Iran in Iraq\nBy Staff writer \u00b7 June 16, 2020\n", "2020-06-16", "day"),
    ("*News brief* \u2014 22 July 2020", "2020-07-22", "day"),
    ("Iran in Iraq\nJuly 2020\n", "2020-07", "month"),
    ("Quarterly review\nSept. 3, 2020", "2020-09-03", "day"),
    # a release's label, number and place beside the date
    ("Border release\n\nPress Release No. 114-2024-MFA, Tallinn, 12 March 2024\n\nThe ministry said.", "2024-03-12", "day"),
    ("Council statement\nStatement 14/2021, Brussels, 3 May 2021\n", "2021-05-03", "day"),
])
def test_find_date_on_a_date_line(head, iso, precision):
    found = find_date(head)
    assert (found.iso, found.precision) == (iso, precision)
    assert head[found.start:found.end] == found.text


@pytest.mark.parametrize("head", [
    "Iran in Iraq\n\nOn July 14, 2020, Iran announced that it would reopen the crossings with Iraq.",
    "Iran in Iraq\n\nFebruary 30, 2020",
    "Iran in Iraq\n\nThe report has no date at all.",
    "Border release\n\nOfficials met 12 times and signed 3 deals on 4 May 2021 in Riga",
])
def test_find_date_ignores_dates_in_sentences_and_impossible_dates(head):
    assert find_date(head) is None


def test_headings_are_recorded_with_their_spans(seed_path, samples_dir):
    doc = read_document(seed_path)
    headings = [doc.text[s:e] for s, e in doc.metadata["headings"]]
    assert {"Main Argument", "The Political Arena", "The COVID-19 Crisis",
            "Activities in the Economic, Security and Religious Realms"} <= set(headings)
    assert doc.title in headings
    assert not [h for h in headings if h.startswith("\u25ba") or h.endswith(".")]
    brief = read_document(samples_dir / "kadhimi-tehran-brief.md")
    assert "What was discussed" in [brief.text[s:e] for s, e in brief.metadata["headings"]]


def test_find_title_skips_blank_and_short_lines_and_markup():
    text = "\n\n   \n# **Iran Faces Growing Challenges in Iraq**\n\nJuly 14, 2020\n"
    title, (s, e) = find_title(text)
    assert title == "Iran Faces Growing Challenges in Iraq" and text[s:e] == title
    assert find_title("July 14, 2020\n\nNo\n\nTehran and Baghdad agree on gas payments")[0] == \
        "Tehran and Baghdad agree on gas payments"


@pytest.mark.parametrize("opening, iso", [
    ("LIMA, Aug 7, 2023 - Fishermen blocked the port on Monday after a dispute over quotas.", "2023-08-07"),
    ("GOMA, Congo, 14 May 2022 (Field Wire) -- Rebels shelled the airport on Saturday, officials said.", "2022-05-14"),
    # a statement's dateline names its place in title case
    ("New York, 5 March 2024 - The Special Envoy announced today that the two sides accepted a ceasefire.", "2024-03-05"),
])
def test_a_wire_dateline_opening_the_story_dates_it(tmp_path, opening, iso):
    path = tmp_path / "wire.txt"
    path.write_text(f"source: own wire\ntitle: Port blocked in dispute over quotas\n\n{opening}\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.date.iso == iso
    assert doc.text[doc.date.start:doc.date.end] in opening


def test_a_sentence_naming_a_place_and_a_date_is_no_dateline(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("source: own report\ntitle: A report on the port\n\nIn LIMA, the strike of Aug 7, 2023 was "
                    "long. Its causes are old.\n", encoding="utf-8")
    assert read_document(path).date is None


@pytest.mark.parametrize("text,places", [
    ("title: Talks\n\nBAGHDAD (Reuters) - The prime minister said on Tuesday ...", ["Baghdad"]),
    ("GOMA, Congo, 14 May 2022 (Agency) -- Rebels took the town ...", ["Goma", "Congo"]),
    ("MANILA, Aug 7, 2023 - The coast guard said ...", ["Manila"]),
    ("US - Iran talks resumed on Monday in Muscat.", []),
    ("The minister said the talks - which began in May - had stalled.", [])])
def test_a_wire_datelines_place_is_read_dated_or_not(text, places):
    from foothold.ingest.metadata import dateline_places
    assert dateline_places(text) == places
