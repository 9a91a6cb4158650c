"""The workbench in a real browser (Playwright + Debian's Chromium), served by uvicorn on 127.0.0.1.

Opens every view, follows a highlighted mention to its actor, a network edge to
its evidence, a timeline mark and a map place to their events; checks that a
document's markup runs nothing and that no request leaves this machine.
Screenshots of each view go to test-artifacts/screenshots/.
"""

import json
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
from test_web_api import workbench_store  # noqa: E402  (one store per run, shared with the API tests)

REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                 "--no-first-run", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_thread(store_url: str):
    """A generator fixture body: the workbench over ``store_url`` on a free loopback port, in a thread."""
    import uvicorn
    from foothold.web.app import create_app
    port = free_port()
    config = uvicorn.Config(create_app(store_url), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server():
    yield from serve_in_thread(workbench_store())


@pytest.fixture(scope="module")
def browser(pytestconfig):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (scripts/setup.sh --test installs it)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():     # shown even when output is captured
            print(f"\nworkbench screenshots: {SHOTS}/")


@pytest.fixture
def page(browser, server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.outside_requests = []
    pg.errors = []

    def only_local(route):
        host = urlparse(route.request.url).hostname
        if host != "127.0.0.1":
            pg.outside_requests.append(route.request.url)
            return route.abort()
        return route.continue_()

    pg.route("**/*", only_local)
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    # The Content-Security-Policy allows only this server's scripts: a violation is a bug.
    pg.on("console", lambda m: pg.errors.append(m.text)
          if m.type == "error" and "Content Security Policy" in m.text else None)
    pg.set_default_timeout(20000)
    yield pg
    assert pg.outside_requests == [], "the workbench must run offline"
    assert pg.errors == [], "no script errors"
    context.close()


def wait_for(pg, expression: str, timeout: float = 20.0) -> None:
    """Poll a JS expression until true. (Playwright's wait_for_function evaluates strings inside the
    page, which the workbench's Content-Security-Policy forbids; page.evaluate goes through CDP.)"""
    deadline = time.monotonic() + timeout
    while not pg.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        time.sleep(0.1)


def shot(pg, name: str, full_page: bool = False) -> None:
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)
    print(f"screenshot: {SHOTS / name}.png")


def doc_id(pg, server, name: str) -> str:
    docs = pg.request.get(f"{server}/api/documents", params={"limit": 1000}).json()["items"]
    return next(d["id"] for d in docs if d["name"] == name)


def test_overview_and_documents(page, server):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    shot(page, "01-overview")
    page.click("nav >> text=Documents")
    page.wait_for_url("**/documents")
    assert page.locator("table.list tbody tr").count() >= 3
    shot(page, "02-documents")


def test_reader_mention_hover_and_click_open_the_actor(page, server):
    page.goto(f"{server}/documents/{doc_id(page, server, 'field-brief.txt')}")
    assert "1 warning" in page.locator("#warnings").inner_text()
    mention = page.locator("#reader a.m", has_text="Ahmad Karimi").first
    mention.hover()
    tip = page.locator(".tooltip")
    tip.wait_for(state="visible")
    assert "person · Ahmad Karimi" in tip.inner_text()
    distinct = "sel => new Set([...document.querySelectorAll(sel)].map(e => e.dataset.event || e.dataset.citation)).size"
    assert page.evaluate(distinct, "#reader .ev") == 3 and page.evaluate(distinct, "#reader .cit") == 3
    shot(page, "03-reader-brief")
    mention.click()
    page.wait_for_url("**/actors/ahmad_karimi")
    assert "Ahmad Karimi" in page.locator("h1").inner_text()
    assert "Ahmad Karimi, the commander of the Northern Brigade" in page.locator("#relations").inner_text()
    assert page.locator("#events tbody tr").count() == 2
    page.locator("#timeline svg .event").first.wait_for()          # the actor's own timeline
    assert page.locator("#timeline circle.precision-day").count() == 1      # 3 June 2020
    assert page.locator("#timeline rect.precision-month").count() == 1      # July 2020
    shot(page, "04-actor-profile", full_page=True)


def test_reader_of_a_real_report(page, server):
    docs = page.request.get(f"{server}/api/documents", params={"limit": 1000}).json()["items"]
    real = next((d for d in docs if d["name"] == "seed.txt"), None) or max(docs, key=lambda d: d["mentions"])
    page.goto(f"{server}/documents/{real['id']}")
    assert page.locator("#reader a.m").count() > 20
    shot(page, "05-reader-real")
    page.locator("#reader a.m").nth(5).click()
    page.wait_for_url("**/actors/**")
    assert page.locator("#forms tbody tr").count() >= 1


def test_event_tag_opens_the_event_with_its_evidence(page, server):
    page.goto(f"{server}/documents/{doc_id(page, server, 'field-brief.txt')}")
    page.locator("#reader a.ev-tag", has_text="ASSAULT").click()
    page.wait_for_url("**/events/**")
    assert "the Northern Brigade attacked the Free Party in Mosul" in page.locator("mark").inner_text()
    assert "Beta Wire" in page.locator(".card").first.inner_text()
    shot(page, "06-event")


def test_markup_in_a_document_runs_nothing(page, server):
    page.goto(f"{server}/documents/{doc_id(page, server, 'hostile.txt')}")
    assert "<script>window.__pwned = 1</script>" in page.locator("#reader").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#reader img").count() == 0
    page.locator("#reader a.m", has_text="onerror").first.click()     # the actor named by markup
    page.wait_for_url("**/actors/**")
    assert 'onerror="window.__pwned=2"' in page.locator("h1").inner_text()
    actor_id = page.url.rsplit("/", 1)[1]
    page.goto(f"{server}/network?focus={actor_id}&min_mentions=0")   # side panel built by script
    wait_for(page, "window.footholdNetwork !== undefined")
    page.locator("#selection h2").wait_for()
    page.goto(f"{server}/search?q=onerror")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shot(page, "07-markup-as-text")


def test_network_edge_click_shows_its_evidence(page, server):
    page.goto(f"{server}/network")
    wait_for(page, "window.footholdNetwork !== undefined && window.footholdNetwork.nodes().length > 0")
    count = page.locator("#network-count").inner_text()
    assert "actors" in count and "edges" in count
    shot(page, "08-network")
    edge_id = "e|northern_brigade|free_party"
    point = page.evaluate("""(id) => {
        const cy = window.footholdNetwork, edge = cy.getElementById(id);
        cy.fit(edge.connectedNodes(), 200);
        const p = edge.renderedMidpoint(), box = cy.container().getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""", edge_id)
    page.mouse.click(point["x"], point["y"])
    page.locator("#edge-title").wait_for()
    assert "Northern Brigade" in page.locator("#edge-title").inner_text()
    assert "attacked the Free Party" in page.locator("#edge-events").inner_text()
    shot(page, "09-network-edge-evidence")


def test_network_filters_narrow_the_graph(page, server):
    page.goto(f"{server}/network")
    wait_for(page, "window.footholdNetwork !== undefined")
    before = page.evaluate("window.footholdNetwork.edges().length")
    page.select_option("select[name=type]", "ASSAULT")
    wait_for(page, f"window.footholdNetwork.edges().length < {before}")
    assert "type=ASSAULT" in page.url                      # the filtered view can be linked to
    kinds = page.evaluate("window.footholdNetwork.edges().map(e => e.data('kind'))")
    assert kinds and set(kinds) == {"events"}


def test_timeline_shows_precision_and_links_to_evidence(page, server):
    page.goto(f"{server}/timeline?actor=northern_brigade")
    page.locator("#timeline svg .event").first.wait_for()
    band = page.locator("#timeline rect.event.precision-month")
    assert band.count() == 1                               # "early June 2020" is a band, not a dot
    band.click()
    assert "attacked the Free Party" in page.locator("#selected-event").inner_text()
    page.goto(f"{server}/timeline")
    page.locator("#timeline svg .event").first.wait_for()
    assert page.locator("#timeline circle.precision-day").count() >= 1
    shot(page, "10-timeline")


def test_download_button_exports_what_the_timeline_shows(page, server):
    page.goto(f"{server}/timeline?actor=northern_brigade")
    page.locator("#timeline svg .event").first.wait_for()
    page.locator("details.download summary").click()
    with page.expect_download() as info:
        page.locator("details.download a[data-format=plover]").click()
    download = info.value
    assert download.suggested_filename == "foothold-actor-northern_brigade.plover.jsonl"
    records = [json.loads(line) for line in Path(download.path()).read_text(encoding="utf-8").splitlines()]
    assert records and all("northern_brigade" in r["actor_ids"] + r["recipient_ids"] for r in records)
    shot(page, "10b-timeline-download")


def test_map_places_list_their_events(page, server):
    page.goto(f"{server}/map")
    page.locator("#map path.country").first.wait_for()
    assert page.locator("#map path.country").count() > 100
    shot(page, "11-map")
    page.locator("#map circle.place[data-place=mosul]").click()
    assert "attacked the Free Party" in page.locator("#place-events").inner_text()


def test_sources_and_search(page, server):
    page.goto(f"{server}/sources")
    assert "Alpha News" in page.locator("#outlets").inner_text()
    group = page.locator("#single-source details[data-outlet='Alpha News']")
    group.locator("summary").click()
    assert "met Omar Haddad in Basra" in group.inner_text()
    shot(page, "12-sources", full_page=True)
    page.fill("header input[name=q]", "Haddad")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Haddad")
    assert "Omar Haddad" in page.locator("#actor-results").inner_text()
    shot(page, "13-search")


def test_api_docs_render_offline(page, server):
    page.goto(f"{server}/docs")
    page.locator(".swagger-ui .information-container").wait_for()
    assert "foothold" in page.locator(".swagger-ui .info").inner_text()
    shot(page, "14-api-docs")
