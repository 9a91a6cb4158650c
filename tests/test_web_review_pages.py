"""The review pages (web/review_pages.py) on the hand-made documents, served by TestClient:
who sees correction controls, the reader's text pieces and their original offsets (what the browser
maps a selection back through), and the facts block the popovers read. The browser paths themselves
are in test_e2e_review.py."""

import html
import json
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

import stores

from foothold.ingest.document import Document, content_id
from foothold.ingest.offsets import OffsetMap
from foothold.model import DateValue, Extraction
from foothold.store import connect, save_extraction
from foothold.store.views import PAGE_CHARS
from foothold.web.app import create_app
from foothold.web.security import load_access
from test_store_views import BRIEF, HOSTILE_NAME, brief_extraction, hostile_extraction

READER = "read-token-0123456789abcdef"
EDITOR = "edit-token-fedcba9876543210"


def long_document() -> tuple[Document, Extraction]:
    """Over two reader pages of text (paragraphs of the brief, numbered), no facts: offsets only."""
    paragraphs = [f"Paragraph {i}. " + BRIEF.split("\n\n", 1)[1].strip() for i in range(2 * PAGE_CHARS // len(BRIEF) + 20)]
    text = "Long report\n\n" + "\n\n".join(paragraphs) + "\n"
    doc = Document(id=content_id(text), name="long-report.txt", path="/in-memory/long-report.txt", format="txt",
                   text=text, clean=text, offsets=OffsetMap.identity(len(text)), date=DateValue("2020-09-01", "day"))
    return doc, Extraction(document=doc.name, document_id=doc.id, date=doc.date, extractors={"test.v1": "by hand"})


@pytest.fixture(scope="module", params=stores.BACKENDS)
def url(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("review-pages")
    url = stores.new_url(request.param, folder)
    engine = connect(url)
    for doc, ex in (brief_extraction(), hostile_extraction(), long_document()):
        save_extraction(engine, doc, ex)
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def open_client(url):
    with TestClient(create_app(url)) as c:
        yield c


@pytest.fixture(scope="module")
def guarded_client(url):
    access = load_access(read_token=READER, edit_token=EDITOR, host="0.0.0.0")
    with TestClient(create_app(url, access=access)) as c:
        yield c


def page(client, path, token=None):
    headers = {"accept": "text/html"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    response = client.get(path, headers=headers)
    assert response.status_code == 200, response.text[:300]
    return response.text


def doc_ids(client) -> dict[str, str]:
    return {d["name"]: d["id"] for d in client.get("/api/documents").json()["items"]}


class Pieces(HTMLParser):
    """The text of every element carrying data-o inside the reader, with its offset."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.open, self.pieces = 0, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") == "reader":
            self.depth = 1
            return
        if self.depth:
            self.depth += 1
            self.open.append(int(attrs["data-o"]) if "data-o" in attrs else None)
            if "data-o" in attrs:
                self.pieces.append([int(attrs["data-o"]), ""])

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.open:
                self.open.pop()

    def handle_data(self, data):
        if self.depth and self.open and self.open[-1] is not None:
            self.pieces[-1][1] += data


def pieces_of(markup: str) -> list[tuple[int, str]]:
    parser = Pieces()
    parser.feed(markup)
    return [(o, t) for o, t in parser.pieces]


@pytest.mark.parametrize("name", ["field-brief.txt", "hostile.txt"])
def test_reader_text_pieces_carry_their_original_offsets(open_client, name):
    doc_id = doc_ids(open_client)[name]
    text = open_client.get(f"/api/documents/{doc_id}").json()["text"]
    pieces = pieces_of(page(open_client, f"/documents/{doc_id}"))
    assert "".join(t for _, t in pieces) == text                 # every character once, in order: no gaps
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece


def test_reader_offsets_on_a_later_page_of_a_long_document(open_client):
    doc_id = doc_ids(open_client)["long-report.txt"]
    first = open_client.get(f"/api/documents/{doc_id}").json()
    assert first["page"]["count"] >= 2
    at = first["page"]["next"]
    second = open_client.get(f"/api/documents/{doc_id}", params={"at": at}).json()
    full = first["text"] + second["text"]
    pieces = pieces_of(page(open_client, f"/documents/{doc_id}?at={at}"))
    assert pieces[0][0] == at == second["page"]["start"]        # offsets are the document's, not the page's
    assert "".join(t for _, t in pieces) == second["text"]
    for offset, piece in pieces:
        assert full[offset:offset + len(piece)] == piece


def controls(markup: str) -> dict[str, bool]:
    return {"review bar": 'id="review-bar"' in markup, "fix buttons": 'class="fix"' in markup,
            "facts": 'id="reader-facts"' in markup, "actor card": 'id="correct-actor"' in markup,
            "review script": "/static/review.js" in markup}


def test_only_editors_see_correction_controls(open_client, guarded_client):
    doc_id = doc_ids(open_client)["field-brief.txt"]
    for client, token, editor in ((guarded_client, READER, False), (guarded_client, EDITOR, True), (open_client, None, True)):
        reader = controls(page(client, f"/documents/{doc_id}", token))
        assert reader["review bar"] == reader["fix buttons"] == reader["facts"] == reader["review script"] == editor
        assert controls(page(client, "/actors/karimi", token))["actor card"] == editor
        for path in ("/review", "/corrections"):
            assert f'data-editor="{1 if editor else 0}"' in page(client, path, token)


def test_review_pages_need_a_token_when_guarded(guarded_client):
    response = guarded_client.get("/review", headers={"accept": "text/html"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_reader_facts_hold_every_highlight_and_no_markup(open_client):
    ids = doc_ids(open_client)
    markup = page(open_client, f"/documents/{ids['hostile.txt']}")
    block = re.search(r'<script type="application/json" id="reader-facts">(.*?)</script>', markup, re.S).group(1)
    assert "<" not in block                                    # the document's markup cannot close the block
    facts = json.loads(block)
    assert HOSTILE_NAME in {m["text"] for m in facts["mentions"].values()}
    reader = open_client.get(f"/api/documents/{ids['hostile.txt']}").json()
    assert sorted(facts["events"]) == sorted({e["id"] for e in reader["events"]})

    brief = json.loads(html.unescape(re.search(r'id="reader-facts">(.*?)</script>',
                                               page(open_client, f"/documents/{ids['field-brief.txt']}"), re.S).group(1)))
    data = open_client.get(f"/api/documents/{ids['field-brief.txt']}").json()
    assert len(brief["mentions"]) == len(data["mentions"]) and len(brief["citations"]) == 3
    assert {(r["subject"]["name"], r["predicate"], r["object"]["name"]) for r in brief["relations"].values()} == \
        {("Ahmad Karimi", "leads", "Northern Brigade"), ("Northern Brigade", "opposes", "Free Party")}
    # Each highlighted name in the text names its mention, whose offsets are the text piece's.
    for offset, mention_id in re.findall(r'data-o="(\d+)" data-mention="(\d+)"',
                                         page(open_client, f"/documents/{ids['field-brief.txt']}")):
        m = brief["mentions"][mention_id]
        assert m["start"] <= int(offset) < m["end"]


def test_audit_and_queue_pages_render_with_their_filters(open_client):
    ids = doc_ids(open_client)
    audit = page(open_client, "/corrections")
    assert '<option value="merge_actors">' in audit and f'<option value="{ids["field-brief.txt"]}">' in audit
    assert "/static/corrections.js" in audit
    queue = page(open_client, "/review")
    assert "/static/queue.js" in queue and 'aria-current="page">Review</a>' in queue


def test_the_audit_page_names_every_kind_of_correction():
    from foothold.store.corrections import KINDS
    from foothold.web.review_pages import KIND_LABELS
    assert set(KIND_LABELS) == set(KINDS)
