"""The cited brief (analyze.brief, brief_render, `foothold brief`, /brief and /api/brief) on the seed
report with the samples and the starter watch rules, on news-dev texts about Iraq, and on a store
built in code with hostile names and broken evidence."""

import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert, select
from typer.testing import CliRunner

from foothold.analyze.arena import arena
from foothold.analyze.brief import MISMATCH, NO_ALERTS, NO_SPAN, brief
from foothold.analyze.brief_render import html_document, html_fragment, markdown
from foothold.cli import app
from foothold.store import connect
from foothold.store import schema as t
from arena_store import seed_store_copy

runner = CliRunner()
HOSTILE = '<script>alert(1)</script> [^9] *x* & "q"'


# --- shared checks ----------------------------------------------------------------------------

def _texts(url: str) -> dict[str, str]:
    engine = connect(url)
    with engine.connect() as conn:
        texts = dict(conn.execute(select(t.documents.c.id, t.documents.c.text)).all())
    engine.dispose()
    return texts


def assert_every_sentence_cited(b, texts):
    """Every sentence has a footnote; every footnote's quote is the original text at its span."""
    assert b.sections
    for s in b.sections:
        assert s.sentences, s.key
        for x in s.sentences:
            assert x.footnotes, x.text
            for f in x.footnotes:
                assert texts[f.document_id][f.start:f.end] == f.quote and f.quote.strip(), (x.text, f)
    numbers = [f.n for f in b.footnotes]
    assert numbers == list(range(1, len(numbers) + 1))
    used = {f.n for s in b.sections for x in s.sentences for f in x.footnotes}
    assert used == set(numbers)


def assert_counts_are_the_arenas(b, view):
    tot = view["totals"]
    assert b.counts["events"] == tot["events"]["count"]
    assert b.counts["roles"] == {r: c["count"] for r, c in tot["roles"].items()}
    assert b.counts["balance"]["cooperation"] == tot["balance"]["cooperation"]["count"]
    assert b.counts["balance"]["conflict"] == tot["balance"]["conflict"]["count"]
    assert b.counts["channels"] == {c["channel"]: c["events"]["count"] for c in view["channels"]}
    # ... and so are the numbers the sentences state.
    for s in b.sections:
        if s.key.startswith("channel:"):
            c = next(c for c in view["channels"] if c["channel"] == s.key.split(":", 1)[1])
            first = s.sentences[0].text
            assert f"counts {c['events']['count']} event" in first, first
            assert f"{c['roles']['via_proxies']['count']} through its proxies" in first
            assert f"net {c['balance']['net']:+d}" in first
    judgements = " ".join(x.text for s in b.sections if s.key == "judgements" for x in s.sentences)
    for total in re.findall(r"(\d+) events? \(\d+%\)", judgements) + re.findall(r"of (\d+) events are", judgements):
        assert int(total) == tot["events"]["count"], judgements   # "40 of 81 events (49%)"
    for net in re.findall(r"net ([+-]\d+)", judgements):
        assert int(net) == tot["balance"]["net"], judgements


def assert_markdown_footnotes_valid(md: str):
    body, _, notes = md.partition("\n[^1]: ")
    notes = "[^1]: " + notes
    defined = re.findall(r"^\[\^(\d+)\]: ", notes, flags=re.M)
    assert len(defined) == len(set(defined)), "a footnote defined twice"
    used = set(re.findall(r"(?<!\\)\[\^(\d+)\](?!:)", body))
    assert used == set(defined), (used ^ set(defined))
    assert not re.search(r"(?<!\\)\[\^\d+\]", notes.replace("\n[^", "\n").lstrip("[^")), "a reference inside a note"


# --- the seed report, the samples and the starter rules ----------------------------------------

@pytest.fixture(scope="module")
def seed_url(tmp_path_factory):
    url = seed_store_copy(tmp_path_factory.mktemp("brief"))
    for args in (["watch", "add", "--starter"], ["watch", "run"]):
        r = runner.invoke(app, [*args, "--db", url])
        assert r.exit_code in (0, 3), r.output                  # run: 3 when alerts fired (for schedulers)
    return url


@pytest.fixture(scope="module")
def seed_brief(seed_url):
    engine = connect(seed_url)
    b, view = brief(engine, "Iran", "Iraq"), arena(engine, "Iran", "Iraq")
    engine.dispose()
    return b, view


def _section(b, key):
    return next(s for s in b.sections if s.key == key)


def _words(section) -> str:
    return " ".join([x.text for x in section.sentences] + [f.quote for x in section.sentences for f in x.footnotes])


def test_seed_every_sentence_cited_and_counts_equal_the_arena(seed_brief, seed_url):
    b, view = seed_brief
    assert_every_sentence_cited(b, _texts(seed_url))
    assert_counts_are_the_arenas(b, view)
    stated = " ".join(x.text for x in _section(b, "judgements").sentences)
    assert f"of {view['totals']['events']['count']} events" in stated and f"net {view['totals']['balance']['net']:+d}" in stated
    keys = [s.key for s in b.sections]
    assert keys[0] == "judgements" and {"actors", "notable", "challenges", "alerts"} <= set(keys)
    assert {"channel:military", "channel:economic", "channel:religious_cultural", "channel:political"} <= set(keys)
    assert sum(b.omitted.values()) == 0 and b.unusable == {}, (b.omitted, b.unusable)
    # Every sentence about one event names that event, and its footnote is the event's telling.
    for s in b.sections:
        for x in s.sentences:
            if len(x.event_ids) == 1 and x.cell is None:
                assert x.footnotes[0].event_id == x.event_ids[0]
                assert x.footnotes[0].start == view["events"][x.event_ids[0]]["start"]


def test_seed_brief_tells_what_the_report_describes(seed_brief):
    b, _ = seed_brief
    military = _words(_section(b, "channel:military"))
    assert "Qods Force" in military and "Kataeb Hezbollah" in military
    economic = _words(_section(b, "channel:economic")).lower()
    assert "electricity" in economic and "gas" in economic
    assert "pilgrim" in _words(_section(b, "channel:religious_cultural")).lower()
    challenges = _section(b, "challenges")
    assert re.search(r"Soleimani .*were assassinated|killed .*Soleimani|Soleimani.*killed",
                     " ".join(x.text for x in challenges.sentences)), [x.text for x in challenges.sentences]
    assert "assassination of Qasem Soleimani" in _words(challenges)
    ties = _section(b, "actors")
    assert any("Qods Force → Iran" in x.text for x in ties.sentences)
    assert any("Iranian-backed" in f.quote for x in ties.sentences for f in x.footnotes)   # the tie's own words
    judgements = _section(b, "judgements").sentences
    assert any("Cooperation outweighs conflict" in x.text for x in judgements)
    # Qods Force among the proxies acting most (the ambassador's "He claimed ..." statements are his, as the gold says)
    assert any(re.search(r"proxies acting most are [^.]*Qods Force", x.text) for x in judgements)


def test_seed_source_notes_and_alerts(seed_brief):
    b, view = seed_brief
    sourced = [f for f in b.footnotes if f.sources]
    assert sourced and any(s.outlet == "IRNA" and s.date for f in sourced for s in f.sources)
    alerts = _section(b, "alerts").sentences
    assert any("iraq-government-acts-against-iran-proxies" in x.text and "Thar Allah" in x.text for x in alerts)
    assert all(x.text.startswith("The watch rule ") for x in alerts)


def test_seed_period_window(seed_url):
    engine = connect(seed_url)
    b, view = brief(engine, "Iran", "Iraq", "2020-05", "2020-05-31"), arena(engine, "Iran", "Iraq", "2020-05", "2020-05-31")
    engine.dispose()
    assert_counts_are_the_arenas(b, view)
    assert 0 < b.counts["events"] < 81
    assert all(view["events"][i]["date"][:7] in ("2020", "2020-05") for s in b.sections for x in s.sentences
               for i in x.event_ids if i in view["events"])


def test_seed_markdown_and_html(seed_brief):
    b, _ = seed_brief
    md = markdown(b)
    assert md.startswith("# Iran in Iraq: a cited brief")
    assert_markdown_footnotes_valid(md)
    assert re.search(r"^\[\^\d+\]: .+, chars \d+–\d+: “.+” — IRNA, \d+ \w+ 2020", md, flags=re.M)
    page = html_document(b, "http://127.0.0.1:8000")
    fn = re.findall(r'href="http://127\.0\.0\.1:8000/documents/([0-9a-f]+)\?at=(\d+)#at-(\d+)"', page)
    assert len(fn) == len(b.footnotes) and all(a == c for _, a, c in fn)
    refs = re.findall(r'href="#fn-(\d+)"', page)
    assert set(refs) == {str(f.n) for f in b.footnotes}
    assert "/arena?actor=iran&amp;in=iraq" in page and "<script" not in page


# --- news-dev texts about Iraq -----------------------------------------------------------------

@pytest.fixture(scope="module")
def news_url(eval_dir, tmp_path_factory):
    from foothold.store.batch import ingest_file
    url = f"sqlite:///{tmp_path_factory.mktemp('brief-news') / 'news.db'}"
    engine = connect(url)
    files = [p for p in sorted((eval_dir / "news-dev").glob("*.txt"))
             if "Iraq" in (text := p.read_text(encoding="utf-8")) and "Iran" in text][:6]
    assert len(files) >= 4
    for p in files:
        assert ingest_file(engine, p).status == "ingested"
    engine.dispose()
    return url


@pytest.mark.parametrize("actor", ["Iran", "United States"])
def test_news_dev_brief(news_url, actor):
    engine = connect(news_url)
    b, view = brief(engine, actor, "Iraq"), arena(engine, actor, "Iraq")
    engine.dispose()
    assert view["totals"]["events"]["count"] >= 3
    assert_every_sentence_cited(b, _texts(news_url))
    assert_counts_are_the_arenas(b, view)
    assert_markdown_footnotes_valid(markdown(b))
    assert b.omitted.get(NO_ALERTS) == 1                       # no rule in this store: said, not hidden


# --- a store built in code: hostile names, broken evidence -------------------------------------

TEXT = ("Intro. The Iranian-backed militia grew. On 11 May 2020 Iraq raided the militia base. "
        "Iran met Iraq in Baghdad. Iran pledged aid to Iraq.")


def _hostile_store(tmp_path):
    url = f"sqlite:///{tmp_path / 'h.db'}"
    engine = connect(url)
    now = datetime.now(timezone.utc)

    def span(words):
        i = TEXT.index(words)
        return i, i + len(words)

    with engine.begin() as conn:
        conn.execute(insert(t.documents), [{"id": "d1", "name": "d1.txt", "title": '<img src=x onerror="alert(2)">',
                                            "text": TEXT, "ingested_at": now, "warnings": [], "date": "2020-06-30"}])
        conn.execute(insert(t.actors), [{"id": i, "name": n, "type": ty} for i, n, ty in [
            ("iran", "Iran", "country"), ("iraq", "Iraq", "country"), ("militia", HOSTILE, "organization"),
            ("baghdad", "Baghdad", "place")]])
        s, e = span("The Iranian-backed militia")
        conn.execute(insert(t.relations), [{"document_id": "d1", "subject_id": "militia", "predicate": "allied_with",
                                            "object_id": "iran", "evidence": "The Iranian-backed militia", "start": s,
                                            "end": e, "extractor": "test"}])
        conn.execute(insert(t.citations), [{"id": 1, "document_id": "d1", "position": 0, "outlet": "Fars <b>",
                                            "date": "2020-05-11", "evidence": "Fars", "start": 0, "end": 5,
                                            "extractor": "test"}])

        def ev(i, typ, mode, quad, channel, date, src, tgt, words, evidence=None, loc=None):
            s, e = span(words) if words else (None, None)
            conn.execute(insert(t.events).values(
                id=i, document_id="d1", type=typ, mode=mode, quad=quad, channel=channel, date=date, location_id=loc,
                evidence=evidence if evidence is not None else words, start=s, end=e, extractor="test",
                negated=False, hypothetical=False))
            for a in src:
                conn.execute(insert(t.event_actors).values(event_id=i, actor_id=a, role="source"))
            for a in tgt:
                conn.execute(insert(t.event_actors).values(event_id=i, actor_id=a, role="target"))
        ev("e1", "COERCE", "raid", "material_conflict", "military", "2020-05-11", ["iraq"], ["militia"],
           "Iraq raided the militia base")
        conn.execute(insert(t.event_citations).values(event_id="e1", citation_id=1))
        ev("e2", "CONSULT", "meeting", "verbal_cooperation", "political", "2020-05-12", ["iran"], ["iraq"],
           "Iran met Iraq in Baghdad", evidence="words that are not in the text", loc="baghdad")
        ev("e3", "AID", "economic", "material_cooperation", "economic", "2020-05-13", ["iran"], ["iraq"], None)
    return engine, url


def test_hostile_names_are_escaped_and_missing_evidence_is_counted(tmp_path):
    engine, url = _hostile_store(tmp_path)
    b = brief(engine, "Iran", "Iraq")
    view = arena(engine, "Iran", "Iraq")
    assert_every_sentence_cited(b, _texts(url))
    assert_counts_are_the_arenas(b, view)
    assert b.counts["events"] == 3
    # e2's words are not its document's, e3 has no span: their sentences are left out, and counted.
    assert b.omitted.get(MISMATCH, 0) >= 1 and b.omitted.get(NO_SPAN, 0) >= 1
    assert b.unusable.get(MISMATCH, 0) >= b.omitted[MISMATCH] and b.unusable.get(NO_SPAN, 0) >= 1
    cited = {i for s in b.sections for x in s.sentences if len(x.event_ids) == 1 and x.cell is None for i in x.event_ids}
    assert cited == {"e1"}
    raid = next(x for s in b.sections for x in s.sentences if x.event_ids == ["e1"] and x.cell is None)
    assert raid.text.startswith("On 11 May 2020, Iraq raided " + HOSTILE)
    assert [(s.outlet, s.date) for s in raid.footnotes[0].sources] == [("Fars <b>", "2020-05-11")]

    md = markdown(b)
    assert_markdown_footnotes_valid(md)
    assert not re.search(r"(?<!\\)\[\^9\]", md)                       # the name's "[^9]" is no reference
    from markdown_it import MarkdownIt                             # (rich's Markdown parser, CommonMark with HTML on)
    rendered = MarkdownIt("commonmark").render(md)
    assert "<script" not in rendered and "<img" not in rendered and "<b>" not in rendered and "<em>x</em>" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [^9] *x* &amp; &quot;q&quot;" in rendered
    assert "— Fars \\<b\\>, 11 May 2020" in md
    assert "left out for lack of evidence" in md and "of evidence not cited" in md
    for page in (html_fragment(b), html_document(b, "http://h")):
        assert "<script>" not in page and "<img" not in page and "<b>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x" in page


def test_empty_arena_gives_no_sentence_without_evidence(tmp_path):
    engine, url = _hostile_store(tmp_path)
    b = brief(engine, "Iran", "Iraq", "2021", "2021")
    assert b.counts["events"] == 0 and b.sections == [] and b.footnotes == []
    assert sum(b.omitted.values()) >= 1
    assert "left out for lack of evidence" in markdown(b)


# --- the command --------------------------------------------------------------------------------

def test_cli(seed_url, tmp_path):
    r = runner.invoke(app, ["brief", "Iran", "--in", "Iraq", "--db", seed_url])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("# Iran in Iraq") and "[^1]: " in r.output
    assert_markdown_footnotes_valid(r.output)
    r = runner.invoke(app, ["brief", "Iran", "--in", "Iraq", "--db", seed_url, "--format", "json", "--from", "2020-06"])
    data = json.loads(r.output)
    assert r.exit_code == 0 and data["counts"]["events"] > 0 and data["footnotes"][0]["n"] == 1
    out = tmp_path / "brief.html"
    r = runner.invoke(app, ["brief", "Iran", "--in", "Iraq", "--db", seed_url, "-f", "html", "--out", str(out),
                            "--link-base", "http://work.example:8000/"])
    assert r.exit_code == 0 and "footnotes" in r.output
    assert 'href="http://work.example:8000/documents/' in out.read_text(encoding="utf-8")
    for args, code in [(["Atlantis", "--in", "Iraq"], "E302"), (["Iran", "--in", "Atlantis"], "E306"),
                       (["Iran", "--in", "Iraq", "--format", "pdf"], "E101"),
                       (["Iran", "--in", "Iraq", "--from", "July"], "E101"),
                       (["Iran", "--in", "Iraq", "--by", "week"], "E101"),
                       (["Iran", "--in", "Iraq", "--out", str(tmp_path / "no" / "such" / "dir.md")], "E271")]:
        r = runner.invoke(app, ["brief", *args, "--db", seed_url])
        assert r.exit_code == 1 and r.output.count("\n") == 1 and f"[{code}]" in r.output, (args, r.output)
    r = runner.invoke(app, ["brief", "Iran", "--in", "Iraq", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert r.exit_code == 1 and "[E310]" in r.output


# --- the workbench ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(seed_url):
    from foothold.web.app import create_app
    with TestClient(create_app(seed_url)) as c:
        yield c


def test_api(client, seed_brief):
    b, view = seed_brief
    r = client.get("/api/brief", params={"actor": "Iran", "in": "Iraq"})
    assert r.status_code == 200
    data = r.json()
    assert data["counts"]["events"] == view["totals"]["events"]["count"] == \
        client.get("/api/arena", params={"actor": "Iran", "in": "Iraq"}).json()["totals"]["events"]["count"]
    numbers = {f["n"] for f in data["footnotes"]}
    assert all(s["footnotes"] and set(s["footnotes"]) <= numbers for sec in data["sections"] for s in sec["sentences"])
    assert data["omitted"] == {"count": 0, "by_reason": {}}
    r = client.get("/api/brief", params={"actor": "Atlantis", "in": "Iraq"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "E302"
    r = client.get("/api/brief", params={"actor": "Iran", "in": "Iraq", "to": "June"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E101"
    schema = client.get("/openapi.json").json()["paths"]["/api/brief"]["get"]["responses"]
    assert {"200", "400", "404", "422"} <= set(schema)


def test_page(client, seed_brief):
    b, _ = seed_brief
    page = client.get("/brief?actor=Iran&in=Iraq", headers={"accept": "text/html"})
    assert page.status_code == 200 and 'id="brief"' in page.text and "Key judgements" in page.text
    links = re.findall(r'href="/documents/([0-9a-f]+)\?at=(\d+)#at-\d+"', page.text)
    assert len(links) == len(b.footnotes)
    doc, at = links[0]
    reader = client.get(f"/documents/{doc}?at={at}", headers={"accept": "text/html"})
    assert reader.status_code == 200 and f'id="at-{at}"' in reader.text          # the reader has the anchor
    assert "/arena?actor=iran&amp;in=iraq" in page.text                         # numbers open their events
    arena_page = client.get("/arena?actor=Iran&in=Iraq", headers={"accept": "text/html"})
    assert 'id="arena-brief" href="/brief?actor=Iran&in=Iraq' in arena_page.text
    empty = client.get("/brief", headers={"accept": "text/html"})
    assert empty.status_code == 200 and 'id="brief-form"' in empty.text
    bad = client.get("/brief?actor=Atlantis&in=Iraq", headers={"accept": "text/html"})
    assert bad.status_code == 404 and "E302" in bad.text


def test_page_escapes_hostile_names(tmp_path):
    from foothold.web.app import create_app
    _, url = _hostile_store(tmp_path)
    with TestClient(create_app(url)) as c:
        page = c.get("/brief", params={"actor": "Iran", "in": "Iraq", "from": "2020"}, headers={"accept": "text/html"})
        assert page.status_code == 200 and "Iraq raided" in page.text
        assert "<script>alert" not in page.text and "<img src=x" not in page.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
        data = c.get("/api/brief", params={"actor": "Iran", "in": "Iraq"}).json()
        assert data["omitted"]["count"] >= 2 and data["omitted"]["by_reason"][MISMATCH] >= 1
