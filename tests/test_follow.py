"""`foothold follow FEED`: RSS and Atom feeds of real pages on a local server; only new items; rules on them."""

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from foothold.cli import app
from foothold.store import connect, schema as t

from web_server import Site, atom, html_page, read_news, rss

runner = CliRunner()
NEWS = {"trump": "05-voa-trump-kadhimi-troops-leaving-shortly.txt",
        "vote": "03-wikinews-iraq-parliament-troop-expulsion-vote.txt",
        "tanker": "12-voa-irgc-seizes-tanker-persian-gulf.txt"}

SEIZURES = """
name: iran-seizes-ships
description: Iran or the IRGC seize something twice within 30 days.
severity: high
when:
  type: COERCE
  mode: seize
  source: {part_of: Iran}
count: {at_least: 2, within_days: 30}
"""


def ingested(result) -> int:
    return len(re.findall(r"^ingested\s", result.output, re.M))


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def count(db, table):
    with connect(db).connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


@pytest.fixture()
def site():
    with Site() as s:
        yield s


def _publish(site, eval_dir, key):
    title, body = read_news(eval_dir / "news-dev" / NEWS[key])
    link = site.route(f"/news/{key}.html", html_page(title, body))
    return {"title": title, "link": link, "guid": f"urn:news:{key}", "summary": body[:200],
            "published": datetime(2020, 8, 20, tzinfo=timezone.utc)}


def test_follow_ingests_only_new_items_and_runs_the_rules_on_them(site, eval_dir, tmp_path):
    db = f"sqlite:///{tmp_path / 'f.db'}"
    rules = tmp_path / "seizures.yaml"
    rules.write_text(SEIZURES)
    assert run("watch", "add", rules, "--db", db).exit_code == 0
    first = [_publish(site, eval_dir, "trump"), _publish(site, eval_dir, "vote")]
    feed = site.route("/feed.xml", rss("World news", first), "application/rss+xml")

    result = run("follow", feed, "--db", db)
    assert result.exit_code == 0, result.output            # two items, no seizure: no alert
    assert ingested(result) == 2
    assert count(db, t.documents) == 2 and count(db, t.feed_items) == 2 and count(db, t.alerts) == 0

    site.hits.clear()
    site.route("/feed.xml", rss("World news", [_publish(site, eval_dir, "tanker"), *first]), "application/rss+xml")
    result = run("follow", feed, "--db", db)
    assert result.exit_code == 3, result.output            # new alerts
    assert "3 items, 2 seen before" in result.output
    assert [h for h in site.hits if h.startswith("/news/")] == ["/news/tanker.html"]   # only the new page fetched
    assert count(db, t.documents) == 3
    assert "ALERT" in result.output and "iran-seizes-ships" in result.output
    with connect(db).connect() as conn:
        alert = conn.execute(select(t.alerts)).one()
        events = conn.execute(select(t.alert_events)).all()
        tanker = conn.execute(select(t.documents.c.id).where(t.documents.c.path == site.url("/news/tanker.html"))).scalar()
    assert alert.rule == "iran-seizes-ships" and alert.count == 2
    assert {e.document_id for e in events} == {tanker} and all("seiz" in e.evidence.lower() for e in events)

    again = run("follow", feed, "--db", db)                # nothing new: nothing fetched, no alert again
    assert again.exit_code == 0 and "nothing new" in again.output
    assert count(db, t.alerts) == 1
    assert run("follow", "--db", db).exit_code == 0        # no argument: the feeds followed before


def test_follow_an_atom_feed_of_the_samples(site, samples_dir, tmp_path):
    db = f"sqlite:///{tmp_path / 'f.db'}"
    html = site.route("/border", (samples_dir / "border-crossings-reopen.html").read_bytes())
    text = site.route("/brief.txt", (samples_dir / "kadhimi-tehran-brief.md").read_bytes(), "text/plain; charset=utf-8")
    feed = site.route("/atom", atom("Samples", [{"title": "Border crossings", "link": html},
                                                {"title": "Kadhimi in Tehran", "link": text}]), "application/atom+xml")
    result = run("follow", feed, "--db", db)
    assert result.exit_code == 0, result.output
    assert count(db, t.documents) == 2 and count(db, t.events) > 0
    with connect(db).connect() as conn:
        metas = conn.execute(select(t.documents.c.meta)).scalars().all()
    assert {m["feed"] for m in metas} == {feed}
    assert ingested(run("follow", feed, "--db", db)) == 0


BAD_FEEDS = {
    "404": ("/gone.xml", None, "E121"),
    "html page": ("/page.html", "<html><body><p>Not a feed at all.</p></body></html>", "E130"),
    "truncated": ("/broken.xml", "<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>"
                                 "<item><title>one</title><link>http://127.0.0.1:9/a</link></item><item><title>tw", "E130"),
    "binary": ("/feed.bin", b"\x89PNG\r\n\x1a\n\x00\x00", "E130"),
}


@pytest.mark.parametrize("case", sorted(BAD_FEEDS))
def test_a_bad_feed_fails_in_one_line_and_stores_nothing(case, site, tmp_path):
    path, body, code = BAD_FEEDS[case]
    if body is not None:
        site.route(path, body, "image/png" if isinstance(body, bytes) else
                   "text/html" if "html" in case else "application/rss+xml")
    url = site.url(path)
    db = f"sqlite:///{tmp_path / 'f.db'}"
    result = run("follow", url, "--db", db)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if url in line]
    assert len(lines) == 1 and f"[{code}]" in lines[0], result.output
    assert count(db, t.documents) == 0 and count(db, t.feed_items) == 0


def test_an_item_whose_page_fails_is_reported_and_retried_next_time(site, samples_dir, tmp_path):
    db = f"sqlite:///{tmp_path / 'f.db'}"
    good = site.route("/border", (samples_dir / "border-crossings-reopen.html").read_bytes())
    missing = site.url("/not-yet.html")
    feed = site.route("/rss", rss("Samples", [{"title": "Border", "link": good}, {"title": "Soon", "link": missing}]),
                      "application/rss+xml")
    result = run("follow", feed, "--db", db)
    assert result.exit_code == 1 and "[E121]" in result.output
    assert count(db, t.documents) == 1 and count(db, t.feed_items) == 1
    site.route("/not-yet.html", (samples_dir / "kadhimi-tehran-brief.md").read_bytes(), "text/plain")
    result = run("follow", feed, "--db", db)
    assert result.exit_code == 0 and ingested(result) == 1
    assert count(db, t.feed_items) == 2


def test_an_item_without_a_link_is_read_from_the_feed_itself(site, samples_dir, tmp_path):
    import html as html_lib
    body = (samples_dir / "kadhimi-tehran-brief.md").read_text("utf-8")
    paragraphs = "".join(f"<p>{html_lib.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    feed = site.route("/bulletin", "<?xml version='1.0'?><rss version='2.0'><channel><title>Bulletin</title>"
                      "<link>http://example.org/</link><description>d</description><item><title>Kadhimi in Tehran</title>"
                      "<guid isPermaLink='false'>bulletin-2020-07-22</guid><pubDate>Wed, 22 Jul 2020 08:00:00 GMT</pubDate>"
                      f"<description>{html_lib.escape(paragraphs)}</description></item></channel></rss>",
                      "application/rss+xml")
    db = f"sqlite:///{tmp_path / 'f.db'}"
    result = run("follow", feed, "--db", db)
    assert result.exit_code == 0, result.output
    with connect(db).connect() as conn:
        doc = conn.execute(select(t.documents)).one()
    assert doc.path.startswith(feed + "#") and "Kadhimi" in doc.text and doc.meta["feed"] == feed
    assert count(db, t.events) > 0
    assert ingested(run("follow", feed, "--db", db)) == 0
