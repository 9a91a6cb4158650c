"""The workbench's JSON API and pages, through FastAPI's TestClient.

The store holds the seed report and the bundled samples run through the real
pipeline, plus the small report built in code (test_store_views) whose facts
are known exactly and a document full of markup.
"""

import atexit
import functools
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import stores

from foothold.store import connect, save_extraction
from foothold.store.batch import ingest_file
from test_store_views import HOSTILE_NAME, brief_extraction, hostile_extraction

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "eval" / "seed.txt"


@functools.lru_cache(maxsize=None)
def workbench_store(backend: str = "sqlite") -> str:
    """A store with real and hand-made documents on ``backend``, built once per test run (extraction takes seconds)."""
    folder = Path(tempfile.mkdtemp(prefix="foothold-web-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    url = stores.new_url(backend, folder)
    engine = connect(url)
    paths = sorted(p for p in (REPO / "samples").glob("*") if p.is_file())
    if SEED.is_file():
        paths.insert(0, SEED)
    for path in paths:
        outcome = ingest_file(engine, path)
        assert outcome.status == "ingested", outcome.line()
    for doc, ex in (brief_extraction(), hostile_extraction()):
        save_extraction(engine, doc, ex)
    engine.dispose()
    return url


@pytest.fixture(scope="module", params=stores.BACKENDS)
def web_backend(request) -> str:
    """The workbench's store backend: the API and page tests run on each."""
    return request.param


@pytest.fixture(scope="module")
def client(web_backend):
    from foothold.web.app import create_app
    with TestClient(create_app(workbench_store(web_backend))) as c:
        yield c


@pytest.fixture(scope="module")
def docs(client):
    return {d["name"]: d for d in client.get("/api/documents").json()["items"]}


def html(client, url):
    return client.get(url, headers={"accept": "text/html"})


def test_documents_list_the_ingested_files(docs):
    assert {"field-brief.txt", "hostile.txt"} <= set(docs)
    if SEED.is_file():
        assert docs["seed.txt"]["mentions"] > 100


def test_reader_spans_are_exact_offsets_into_the_text(client, docs):
    name = "seed.txt" if "seed.txt" in docs else "field-brief.txt"
    doc = client.get(f"/api/documents/{docs[name]['id']}").json()
    assert doc["mentions"], "a real report has actor mentions"
    for span in doc["mentions"] + doc["citations"] + doc["events"]:
        assert doc["text"][span["start"]:span["end"]] == (span.get("text") or span["evidence"])


def test_reader_page_highlights_mentions_events_and_citations(client, docs):
    page = html(client, f"/documents/{docs['field-brief.txt']['id']}").text
    assert re.search(r'<a class="m type-person"[^>]* href="/actors/ahmad_karimi" data-tip="person · Ahmad Karimi', page)
    assert 'class="ev quad-material_conflict"' in page and 'class="cit"' in page
    assert 'href="/events/' in page
    assert "date anomaly: test warning" in page            # warnings at the top


def test_actor_profile_api_and_page(client):
    profile = client.get("/api/actors/ahmad_karimi").json()
    assert {e["type"] for e in profile["events"]} == {"CONSULT", "SUPPORT"}
    page = html(client, "/actors/ahmad_karimi").text
    for heading in ("Names used", "Roles and relations", "Event timeline", "Sources reporting", "Named with"):
        assert heading in page
    assert "Ahmad Karimi, the commander of the Northern Brigade" in page   # relation evidence


def test_network_events_timeline_places_sources_search(client):
    net = client.get("/api/network", params={"types": ["person", "organization"]}).json()
    assert {n["type"] for n in net["nodes"]} <= {"person", "organization"}
    assert any(e["id"] == "e|northern_brigade|free_party" for e in net["edges"])
    ties = client.get("/api/ties/northern_brigade/free_party").json()
    assert [e["type"] for e in ties["events"]] == ["ASSAULT"]
    window = client.get("/api/events", params={"start": "2020-06-05", "end": "2020-06-09", "actor": "northern_brigade"})
    assert [e["type"] for e in window.json()["items"]] == ["ASSAULT"]
    places = {p["id"]: p for p in client.get("/api/places").json()}
    assert places["mosul"]["lat"] == pytest.approx(36.3, abs=0.3)          # offline gazetteer
    if "iraq" in places:
        assert places["iraq"]["iso_numeric"] == "368"                      # world-atlas feature id
    sources = client.get("/api/sources").json()
    assert "Alpha News" in {o["outlet"] for o in sources["outlets"]}
    found = client.get("/api/search", params={"q": "Haddad"}).json()
    assert "omar_haddad" in {a["id"] for a in found["actors"]}


@pytest.mark.parametrize("url", ["/", "/documents", "/actors", "/actors?type=person", "/network", "/timeline",
                                 "/map", "/sources", "/search?q=Karimi", "/search"])
def test_pages_render(client, url):
    response = html(client, url)
    assert response.status_code == 200
    assert '<nav>' in response.text and "foothold" in response.text


def test_errors_have_one_json_shape(client):
    missing = client.get("/api/actors/nobody_at_all")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "E302"
    assert client.get("/api/documents/nope").json()["error"]["code"] == "E305"
    assert client.get("/api/places/atlantis/events").status_code == 404
    bad = client.get("/api/events", params={"start": "June"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E100"
    unknown = client.get("/api/no-such-route")
    assert unknown.status_code == 404 and set(unknown.json()["error"]) >= {"code", "message"}
    page = html(client, "/actors/nobody_at_all")
    assert page.status_code == 404 and "Not found" in page.text


def test_api_docs_work_offline(client):
    docs_page = client.get("/docs").text
    assert "/vendor/swagger-ui/swagger-ui-bundle.js" in docs_page
    assert not re.search(r"(src|href)=['\"]https?://", docs_page)          # nothing from a CDN
    assert client.get("/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/api/network", "/api/actors/{actor_id}", "/api/search"} <= set(schema["paths"])


def test_pages_load_libraries_only_from_this_server(client):
    for url in ("/network", "/timeline", "/map"):
        page = html(client, url).text
        assert not re.search(r"(src|href)=['\"]https?://", page)
        for src in re.findall(r'<script src="([^"]+)"', page):
            assert client.get(src).status_code == 200, src
    assert client.get("/vendor/world-atlas/countries-110m.json").status_code == 200


def test_markup_in_documents_is_shown_as_text(client, docs):
    page = html(client, f"/documents/{docs['hostile.txt']['id']}").text
    assert "<script>window.__pwned" not in page and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "<img src=x" not in page
    profile = client.get("/api/search", params={"q": "onerror"}).json()
    cell = next(a for a in profile["actors"] if a["name"] == HOSTILE_NAME)
    actor_page = html(client, f"/actors/{cell['id']}").text
    assert HOSTILE_NAME not in actor_page and "&lt;img src=x onerror=" in actor_page
    assert "<img src=x" not in html(client, "/search?q=onerror").text


def test_an_empty_store_shows_empty_pages(store_url):
    from foothold.web.app import create_app
    with TestClient(create_app(store_url)) as empty:
        assert "The store is empty" in html(empty, "/").text
        for url in ("/documents", "/actors", "/network", "/timeline", "/map", "/sources", "/search?q=x"):
            assert html(empty, url).status_code == 200, url
        net = empty.get("/api/network").json()
        assert (net["nodes"], net["edges"], net["events"], net["relations_hidden"]) == ([], [], 0, False)
        assert empty.get("/api/events").json() == {"items": [], "limit": 100, "cursor": None, "has_more": False,
                                                   "next": None}
        assert empty.get("/api/sources").json()["outlets"] == []


def test_serve_command_binds_this_machine_by_default():
    from typer.testing import CliRunner
    from foothold.cli import app
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "--port" in result.output and "--db" in result.output


def test_long_documents_are_paged_in_the_reader_and_the_api(store_url):
    from test_store_views import long_extraction
    from foothold.web.app import create_app
    url = store_url
    doc, ex = long_extraction()
    save_extraction(connect(url), doc, ex)
    with TestClient(create_app(url)) as c:
        first = c.get(f"/api/documents/{doc.id}").json()
        assert first["page"]["next"] and len(first["text"]) < len(doc.text)
        target = ex.events[700].start
        page = html(c, f"/documents/{doc.id}?at={target}")
        assert page.status_code == 200 and f'id="at-{target}"' in page.text
        assert 'rel="prev"' in page.text and "page " in page.text
        assert len(page.text) < 1_000_000


@pytest.mark.parametrize("url", ["/api/search?q=a%00b", "/api/events?actor=%00iran", "/api/actors/ir%00an",
                                 "/api/documents/%00", "/api/export?format=csv&actor=%00", "/api/ties/ir%00an/iraq",
                                 "/api/alerts?rule=%00"])
def test_nul_characters_are_refused_alike_on_every_backend(client, url):
    """PostgreSQL cannot take U+0000 as a parameter (a 500 before); every backend answers 400 E321."""
    response = client.get(url)
    assert response.status_code == 400, response.text[:200]
    error = response.json()["error"]
    assert error["code"] == "E321" and "NUL" in error["message"] and error["fix"]
    assert html(client, "/search?q=%00").status_code == 400
