"""`foothold ingest URL`: real pages served by a local HTTP server; bad URLs fail in one line and store nothing."""

import re

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from foothold.cli import app
from foothold.errors import FetchError
from foothold.ingest.web import download, fetch_document
from foothold.store import connect, schema as t

from web_server import Site, html_page, read_news

runner = CliRunner()
NEWS = "05-voa-trump-kadhimi-troops-leaving-shortly.txt"


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture()
def site():
    with Site() as s:
        yield s


def stored(db):
    with connect(db).connect() as conn:
        docs = [dict(r._mapping) for r in conn.execute(select(t.documents.c.id, t.documents.c.name, t.documents.c.path,
                                                              t.documents.c.meta, t.documents.c.title))]
        events = conn.execute(select(t.events.c.id)).scalars().all()
    return docs, events


def test_ingest_url_of_a_news_page_stores_it_with_its_source_url(site, eval_dir, tmp_path):
    title, body = read_news(eval_dir / "news-dev" / NEWS)
    url = site.route("/a/trump-kadhimi.html", html_page(title, body, published="2020-08-20"))
    db = f"sqlite:///{tmp_path / 'f.db'}"
    result = run("ingest", url, "--db", db)
    assert result.exit_code == 0, result.output
    assert re.search(r"ingested\s+" + re.escape(url), result.output)
    docs, events = stored(db)
    assert len(docs) == 1
    doc = docs[0]
    assert doc["path"] == url and doc["meta"]["source_url"] == url
    assert doc["name"] == "127.0.0.1/a/trump-kadhimi.html"
    assert "Leaving Shortly" in doc["title"]
    assert events, "the page's events are extracted"
    with connect(db).connect() as conn:
        text = conn.execute(select(t.documents.c.text)).scalar()
        names = set(conn.execute(select(t.actors.c.name)).scalars())
    assert "Home" not in text.split("\n")[0] and "Copyright" not in text      # boilerplate left out by trafilatura
    assert {"Donald Trump", "United States"} <= names
    again = run("ingest", url, "--db", db)                                      # the same content: a no-op
    assert again.exit_code == 0 and re.search(r"unchanged\s+" + re.escape(url), again.output)
    assert stored(db) == (docs, events)


def test_ingest_url_serves_samples_as_text_and_html(site, samples_dir, tmp_path):
    text_url = site.route("/brief/iran-iraq-summer-2020.txt",
                          (samples_dir / "iran-iraq-summer-2020.txt").read_bytes(), "text/plain; charset=utf-8")
    html_url = site.route("/border-crossings", (samples_dir / "border-crossings-reopen.html").read_bytes(), "text/html")
    db = f"sqlite:///{tmp_path / 'f.db'}"
    result = run("ingest", text_url, html_url, "--db", db)
    assert result.exit_code == 0, result.output
    docs, events = stored(db)
    assert {d["path"] for d in docs} == {text_url, html_url}
    assert len(events) >= 10
    # The same bytes from a file and from the web are the same document (same id, same text).
    from foothold.ingest import read_document
    assert {d["id"] for d in docs} >= {read_document(samples_dir / "iran-iraq-summer-2020.txt").id}


def test_redirects_are_followed_and_the_final_address_kept(site, samples_dir):
    final = site.route("/final.html", (samples_dir / "border-crossings-reopen.html").read_bytes())
    site.redirects["/old"] = "/final.html"
    doc = fetch_document(site.url("/old"))
    assert doc.path == final and doc.format == "html"
    assert doc.metadata["fetched_from"] == site.url("/old") and doc.metadata["source_url"] == final


FAILURES = {
    "404": ("/missing.html", "E121", "404"),
    "image": ("/photo.png", "E124", "image/png"),
    "binary": ("/blob", "E124", "binary"),
    "timeout": ("/slow.html", "E122", "seconds"),
    "endless": ("/endless", "E123", "limit"),
}


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_a_bad_url_fails_in_one_line_naming_it_and_stores_nothing(case, site, tmp_path, monkeypatch):
    monkeypatch.setenv("FOOTHOLD_FETCH_TIMEOUT", "1")
    monkeypatch.setenv("FOOTHOLD_FETCH_MAX_BYTES", "300000")
    site.route("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "image/png")
    site.route("/blob", b"\x00\x01\x02\x03" * 100, "application/octet-stream")
    site.route("/slow.html", "<html><body><p>late</p></body></html>", delay=3)
    site.endless("/endless")
    path, code, reason = FAILURES[case]
    url = site.url(path)
    db = f"sqlite:///{tmp_path / 'f.db'}"
    result = run("ingest", url, "--db", db)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if url in line]
    assert len(lines) == 1, result.output
    assert f"[{code}]" in lines[0] and reason in lines[0]
    assert stored(db) == ([], [])


def test_unreachable_and_malformed_addresses_are_fetch_errors():
    for url in ("http://127.0.0.1:9/nothing-listens", "http://[bad/x", "https://"):
        with pytest.raises(FetchError) as info:
            download(url)
        assert info.value.path == url and info.value.code == "E120"
