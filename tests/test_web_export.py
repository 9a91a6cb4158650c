"""Downloads from the workbench: GET /api/export streams the CLI's export(), filtered as the view is.

Runs over the workbench store of test_web_api (seed + samples through the real
pipeline, plus the hand-made field brief whose facts are known exactly).
"""

import csv
import io
import json
import sys
import xml.etree.ElementTree as ET

import pytest

from foothold.export import Filters, export
from test_web_api import client, docs, html, web_backend, workbench_store  # noqa: F401  (shared module fixtures)

FORMATS = ["json", "stix", "ftm", "plover", "csv", "graphml", "gexf"]


def parse(fmt: str, body: str):
    """The records of an export, parsed the way its readers would."""
    if fmt == "json":
        data = json.loads(body)
        return data["documents"] if "documents" in data else [data]    # one document: its FORMAT.md object
    if fmt == "stix":
        bundle = json.loads(body)
        assert bundle["type"] == "bundle"
        return bundle["objects"]
    if fmt in ("ftm", "plover"):
        return [json.loads(line) for line in body.splitlines() if line.strip()]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(body)))
    return list(ET.fromstring(body.encode("utf-8")).iter())


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_downloads_as_a_named_file(client, fmt):
    response = client.get("/api/export", params={"format": fmt})
    assert response.status_code == 200, response.text[:300]
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and 'filename="foothold.' in disposition
    assert response.headers["content-type"].endswith("charset=utf-8")
    assert int(response.headers["x-foothold-records"]) > 0
    assert parse(fmt, response.text)
    if fmt == "ftm":
        from followthemoney import model
        for entity in parse(fmt, response.text):
            assert model.get_proxy(entity).id == entity["id"]


def test_download_is_the_cli_export(client, web_backend):
    """Same function, same filters, same bytes."""
    from foothold.store import connect
    expected = io.StringIO(newline="")
    export(connect(workbench_store(web_backend)), "csv", expected, Filters(actor="northern_brigade"))
    got = client.get("/api/export", params={"format": "csv", "actor": "northern_brigade"})
    assert got.content.decode("utf-8") == expected.getvalue()


def test_filtered_downloads_keep_only_what_the_view_shows(client, docs):
    everything = parse("plover", client.get("/api/export", params={"format": "plover"}).text)
    by_actor = parse("plover", client.get("/api/export", params={"format": "plover", "actor": "northern_brigade"}).text)
    assert 0 < len(by_actor) < len(everything)
    assert all("northern_brigade" in e["actor_ids"] + e["recipient_ids"] for e in by_actor)

    brief = docs["field-brief.txt"]["id"]
    one_doc = parse("json", client.get("/api/export", params={"format": "json", "document": brief}).text)
    assert [d["document"] for d in one_doc] == ["field-brief.txt"]

    assaults = client.get("/api/export", params={"format": "json", "type": "ASSAULT"})
    assert 'filename="foothold-type-ASSAULT.json"' in assaults.headers["content-disposition"]
    kept = parse("json", assaults.text)
    assert {e["type"] for d in kept for e in d["events"]} == {"ASSAULT"}
    assert not any(d["relations"] for d in kept)                   # relations have no event type

    def window(start, end):
        params = {"format": "plover", "actor": "northern_brigade", "from": start, "to": end}
        return [e["event"] for e in parse("plover", client.get("/api/export", params=params).text)]
    assert window("2020-06-05", "2020-06-09") == ["ASSAULT"]        # "early June": as the timeline's window shows
    assert window("2020-06-15", "2020-06-30") == []                 # ... and not late June
    assert window("2020-06", "2020-06") == ["ASSAULT"]


def test_download_errors_have_the_one_json_shape(client, monkeypatch):
    bad_format = client.get("/api/export", params={"format": "docx"})
    assert bad_format.status_code == 400 and bad_format.json()["error"]["code"] == "E502"
    bad_date = client.get("/api/export", params={"format": "json", "from": "June"})
    assert bad_date.status_code == 400 and bad_date.json()["error"]["code"] == "E501"
    nobody = client.get("/api/export", params={"format": "json", "actor": "nobody at all"})
    assert nobody.status_code == 404 and nobody.json()["error"]["code"] == "E302"
    monkeypatch.setitem(sys.modules, "followthemoney", None)       # the optional extra not installed
    missing = client.get("/api/export", params={"format": "ftm"})
    assert missing.status_code == 501
    assert missing.json()["error"]["code"] == "E503" and "foothold[ftm]" in missing.json()["error"]["fix"]


def test_views_offer_downloads_filtered_as_they_are(client, docs):
    brief = docs["field-brief.txt"]["id"]
    pages = {"/actors/ahmad_karimi": "actor=ahmad_karimi", f"/documents/{brief}": f"document={brief}",
             "/search?q=Karimi": "actor=ahmad_karimi", "/sources": "format=gexf", "/map": "format=stix",
             "/documents": "format=csv"}
    for url, wanted in pages.items():
        page = html(client, url).text
        links = [line for line in page.splitlines() if 'href="/api/export?format=' in line]
        assert len(links) == len(FORMATS), url
        assert any(wanted in link for link in links), url
    for url in ("/network", "/timeline"):                           # rewritten by ui.js as the filters change
        assert '<details class="download" data-follow>' in html(client, url).text


def _events_in_sentence(client, docs, opening: str) -> list[dict]:
    """Events of the seed report whose evidence lies in the sentence starting with ``opening``."""
    seed = client.get(f"/api/documents/{docs['seed.txt']['id']}").json()
    start = seed["text"].index(opening)
    end = seed["text"].index(". ", start)
    return [e for e in seed["events"] if start <= e["start"] < end]


def test_date_qualifiers_of_the_seed_reach_views_and_exports(client, docs):
    if "seed.txt" not in docs:
        pytest.skip("seed report not found")
    sentence = _events_in_sentence(client, docs, "In mid-June, the Governor of the Iranian Central Bank")
    visit = [e for e in sentence if e["qualifier"]]       # (a cited day, when a source note dates it, wins)
    assert visit, "the mid-June visit is an event dated with its qualifier"
    for e in visit:
        assert (e["date"], e["precision"], e["qualifier"]) == ("2020-06", "month", "mid")
        assert (e["date_start"], e["date_end"]) == ("2020-06-11", "2020-06-20")     # the timeline's band
    late = _events_in_sentence(client, docs, "In late March 2020, Qa'ani visited Iraq")
    assert "late" in {e["qualifier"] for e in late}

    seed = docs["seed.txt"]["id"]
    plover = {e["id"]: e for e in parse("plover", client.get("/api/export",
                                                            params={"format": "plover", "document": seed}).text)}
    record = plover[visit[0]["id"]]
    assert record["date_qualifier"] == "mid" and record["date_range"] == ["2020-06-11", "2020-06-20"]
    rows = {r["event_id_cnty"]: r for r in parse("csv", client.get("/api/export",
                                                                 params={"format": "csv", "document": seed}).text)}
    assert rows[visit[0]["id"]]["event_date"] == "2020-06-11"          # ACLED: first day of the part named
    assert rows[visit[0]["id"]]["time_precision"] == "2"
    exported = parse("json", client.get("/api/export", params={"format": "json", "document": seed}).text)[0]
    assert {e["date_qualifier"] for e in exported["events"] if e["id"] == visit[0]["id"]} == {"mid"}
