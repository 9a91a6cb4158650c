"""Analyst review in a real browser (Playwright + Debian's Chromium) on a store of the seed report.

Each correction path is made the way an analyst makes it (review mode and popovers in the reader,
word selection, the actor profile's card, the review queue), then every view it should change is
checked (reader, actor profile, network, timeline/events, sources, search), the document is
re-ingested with a fresh extraction (``ingest_file(replace=True)``, what ``foothold ingest --force``
does) and the view checked again, and the correction is undone from the audit page and checked gone.
Facts are picked from what extraction found, not hard-coded, so the tests follow extraction changes.
Screenshots go to test-artifacts/screenshots/ (names starting "review-").
"""


import pytest

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
from test_web_e2e import browser, page, serve_in_thread, shot  # noqa: E402,F401  (the browser and page fixtures)
from test_web_review_pages import long_document  # noqa: E402

from foothold.store import connect, save_extraction  # noqa: E402
from foothold.store.batch import ingest_file  # noqa: E402


@pytest.fixture(scope="module")
def store(seed_path, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('review-e2e') / 'store.db'}"
    engine = connect(url)
    outcome = ingest_file(engine, seed_path)
    assert outcome.status == "ingested", outcome.line()
    save_extraction(engine, *long_document())
    yield {"url": url, "engine": engine, "path": seed_path, "id": outcome.result.document_id}
    engine.dispose()


@pytest.fixture(scope="module")
def server(store):
    yield from serve_in_thread(store["url"])


# ------------------------------------------------------------------ helpers

def api(pg, server, path, **params):
    response = pg.request.get(server + path, params=params)
    assert response.ok, f"{path}: {response.status} {response.text()[:300]}"
    return response.json()


def status(pg, server, path) -> int:
    return pg.request.get(server + path).status


def reader_data(pg, server, store) -> dict:
    return api(pg, server, f"/api/documents/{store['id']}")


def reingest(store) -> None:
    """A fresh extraction of the document replaces the stored one; corrections must survive it."""
    outcome = ingest_file(store["engine"], store["path"], replace=True)
    assert outcome.status == "replaced", outcome.line()


def open_reader(pg, server, store, reviewing=True) -> None:
    pg.goto(f"{server}/documents/{store['id']}")
    toggle = pg.locator("#review-toggle")
    if reviewing and toggle.get_attribute("aria-pressed") != "true":
        toggle.click()
    assert toggle.get_attribute("aria-pressed") == ("true" if reviewing else "false")


def apply(pg, button) -> None:
    """Click a control that records a correction; the page reloads with the banner saying so."""
    with pg.expect_navigation():
        button.click()
    pg.locator("#correction-banner").wait_for()


def undo_from_audit(pg, server, kind: str) -> dict:
    """Undo the newest correction of ``kind`` still in force from the audit page; returns it (API)."""
    pg.goto(f"{server}/corrections?kind={kind}&include_undone=true")
    live = [c for c in api(pg, server, "/api/corrections", kind=kind)["items"] if not c["undone_at"]]
    assert live, f"no {kind} correction in force"
    row = pg.locator(f"tr[data-correction='{live[0]['id']}']")
    assert "in force" in row.inner_text()
    row.locator("button.undo").click()
    row.locator(".badge", has_text="undone").wait_for()
    assert api(pg, server, f"/api/corrections/{live[0]['id']}")["undone_at"]
    return live[0]


def mention_at(pg, start: int):
    return pg.locator(f"#reader .m[data-o='{start}']")


def event_tags(pg, event_id: str):
    """The reader's tags of an event (links; in review mode the link is kept in data-href)."""
    return pg.locator(f"#reader .ev-tag[href='/events/{event_id}'], #reader .ev-tag[data-href='/events/{event_id}']")


def link_of(highlight) -> str:
    """Where a highlighted name leads (in review mode the reader keeps the link in data-href)."""
    return highlight.get_attribute("href") or highlight.get_attribute("data-href")


def first_page_mentions(data: dict) -> list[dict]:
    end = data["page"]["end"]
    return [m for m in data["mentions"] if m["actor"] and m["end"] <= end]


def pick_actor(pg, picker_label: str, actor: dict) -> None:
    """Type the actor's name into a picker and choose it from the results."""
    pg.get_by_label(picker_label, exact=True).fill(actor["name"])
    pg.locator(f"button.pick[data-actor='{actor['id']}']").first.click()


def mentions_of(pg, server, actor_id) -> int:
    return api(pg, server, f"/api/actors/{actor_id}")["totals"]["mentions"]


# ------------------------------------------------------------------ mentions and actors from the reader

def test_reject_a_mention_in_the_reader(page, server, store):
    data = reader_data(page, server, store)
    m = next(m for m in first_page_mentions(data) if mentions_of(page, server, m["actor"]["id"]) >= 2)
    actor, before = m["actor"], mentions_of(page, server, m["actor"]["id"])
    open_reader(page, server, store)
    page.locator(f"#reader [data-mention='{m['id']}']").click()
    pop = page.locator("#fix-popover")
    assert m["text"] in pop.locator("h2").inner_text()
    pop.get_by_label("Why reject this mention").select_option("not an actor")
    shot(page, "review-01-mention-popover")
    apply(page, pop.locator("button[data-action=reject]"))
    assert mention_at(page, m["start"]).count() == 0                       # reader
    assert mentions_of(page, server, actor["id"]) == before - 1            # actor profile
    page.goto(f"{server}/actors/{actor['id']}")
    assert f"{before - 1} mention" in page.locator("main > p.muted").first.inner_text()

    reingest(store)
    open_reader(page, server, store)
    assert mention_at(page, m["start"]).count() == 0
    assert mentions_of(page, server, actor["id"]) == before - 1

    c = undo_from_audit(page, server, "reject_mention")
    assert c["evidence"]["start"] == m["start"] and c["payload"]["reason"] == "not an actor"
    open_reader(page, server, store)
    assert mention_at(page, m["start"]).count() == 1
    assert mentions_of(page, server, actor["id"]) == before


def test_confirm_a_mention_in_the_reader_and_undo_it_there(page, server, store):
    data = reader_data(page, server, store)
    queued = {(i["start"], i["end"]) for i in api(page, server, "/api/review/queue", document_id=store["id"],
                                                  limit=1000)["items"] if i["fact_kind"] == "mention"}
    m = next(m for m in first_page_mentions(data) if (m["start"], m["end"]) in queued)
    open_reader(page, server, store)
    mention_at(page, m["start"]).focus()
    page.keyboard.press("Enter")                                                          # keyboard opens it
    apply(page, page.locator("#fix-popover button[data-action=confirm]"))
    assert "reviewed" in mention_at(page, m["start"]).get_attribute("class")             # reader
    assert (m["start"], m["end"]) not in {(i["start"], i["end"]) for i in api(
        page, server, "/api/review/queue", document_id=store["id"], limit=1000)["items"]}  # queue
    reingest(store)
    open_reader(page, server, store)
    assert "reviewed" in mention_at(page, m["start"]).get_attribute("class")
    mention_at(page, m["start"]).click()
    pop = page.locator("#fix-popover")
    assert "reviewed by an analyst" in pop.inner_text()
    with page.expect_navigation():
        pop.locator("button[data-action=undo-review]").click()
    assert "reviewed" not in mention_at(page, m["start"]).get_attribute("class")
    assert api(page, server, "/api/corrections", kind="confirm")["items"][0]["undone_at"]


def network_node(pg, server, actor_id):
    nodes = api(pg, server, "/api/network", limit=2000)["nodes"]
    return next((n for n in nodes if n["id"] == actor_id), None)


def test_change_an_actors_type_from_the_reader(page, server, store):
    data = reader_data(page, server, store)
    m = next(m for m in first_page_mentions(data) if network_node(page, server, m["actor"]["id"]))
    actor = m["actor"]
    old = actor["type"]
    new = "person" if old != "person" else "organization"
    open_reader(page, server, store)
    mention_at(page, m["start"]).click()
    pop = page.locator("#fix-popover")
    select = pop.locator("select[data-field=type]")
    select.locator(f"option[value={new}]").wait_for(state="attached")
    select.select_option(new)
    apply(page, pop.locator("button[data-action=retype]"))
    assert f"type-{new}" in mention_at(page, m["start"]).get_attribute("class")          # reader
    assert network_node(page, server, actor["id"])["type"] == new                           # network
    page.goto(f"{server}/actors/{actor['id']}")
    assert page.locator(f"h1 .badge.type-{new}").count() == 1                               # profile
    shot(page, "review-02-retyped-profile")

    reingest(store)
    open_reader(page, server, store)
    assert f"type-{new}" in mention_at(page, m["start"]).get_attribute("class")

    undo_from_audit(page, server, "retype_actor")
    open_reader(page, server, store)
    assert f"type-{old}" in mention_at(page, m["start"]).get_attribute("class")
    assert network_node(page, server, actor["id"])["type"] == old


def test_merge_an_actor_into_another_from_the_reader(page, server, store):
    data = reader_data(page, server, store)
    mentions = first_page_mentions(data)
    m = next(m for m in mentions if network_node(page, server, m["actor"]["id"]))
    a = m["actor"]
    b = next(x["actor"] for x in mentions if x["actor"]["id"] != a["id"] and x["actor"]["type"] == a["type"])
    open_reader(page, server, store)
    mention_at(page, m["start"]).click()
    pop = page.locator("#fix-popover")
    pick_actor(page, f"Merge {a['name']} into", b)
    assert b["name"] in pop.inner_text()
    shot(page, "review-03-merge-popover")
    apply(page, pop.locator("button[data-action=merge]"))
    href = f"/actors/{b['id']}"
    assert link_of(mention_at(page, m["start"])) == href                    # reader
    gone = page.request.get(f"{server}/api/actors/{a['id']}")
    assert gone.status == 404 or gone.json()["id"] == b["id"]                            # profile: gone or followed
    assert network_node(page, server, a["id"]) is None                                   # network
    page.goto(server + href)
    assert m["text"] in page.locator("#forms").inner_text()                              # its forms moved

    reingest(store)
    open_reader(page, server, store)
    assert link_of(mention_at(page, m["start"])) == href

    undo_from_audit(page, server, "merge_actors")
    open_reader(page, server, store)
    assert link_of(mention_at(page, m["start"])) == f"/actors/{a['id']}"
    assert network_node(page, server, a["id"]) is not None


def test_add_an_alias_and_split_one_off_on_the_profile(page, server, store):
    data = reader_data(page, server, store)
    actor = next(m["actor"] for m in first_page_mentions(data)
                 if len(api(page, server, f"/api/actors/{m['actor']['id']}")["aliases"]) >= 2)
    alias = actor["name"] + " Command Staff"
    page.goto(f"{server}/actors/{actor['id']}")
    page.get_by_label("Another name").fill(alias)
    apply(page, page.get_by_role("button", name="Add alias"))
    assert alias in page.locator("#forms").inner_text()                                  # profile
    assert actor["id"] in {a["id"] for a in api(page, server, "/api/search", q=alias, text="false")["actors"]}  # search
    reingest(store)
    page.reload()
    assert alias in page.locator("#forms").inner_text()
    undo_from_audit(page, server, "add_alias")
    page.goto(f"{server}/actors/{actor['id']}")
    assert alias not in page.locator("#forms").inner_text()

    form = page.locator("#split-alias option").first.get_attribute("value")
    page.locator("#split-alias").select_option(form)
    apply(page, page.get_by_role("button", name="Split into its own actor"))
    profile = api(page, server, f"/api/actors/{actor['id']}")
    assert form not in {f["alias"] for f in profile["aliases"]}                          # profile
    found = api(page, server, "/api/search", q=form, text="false")["actors"]
    assert found and found[0]["id"] != actor["id"]                                       # a new actor
    shot(page, "review-04-split-profile", full_page=True)
    reingest(store)
    assert form not in {f["alias"] for f in api(page, server, f"/api/actors/{actor['id']}")["aliases"]}
    undo_from_audit(page, server, "split_alias")
    assert form in {f["alias"] for f in api(page, server, f"/api/actors/{actor['id']}")["aliases"]}


# ------------------------------------------------------------------ events, relations, citations

def events_of(pg, server, actor_id) -> set[str]:
    return {e["id"] for e in api(pg, server, "/api/events", actor=actor_id, limit=1000)["items"]}


def arena_of(pg, server, data) -> tuple[dict, str]:
    """The arena of the document's two most named countries (the first's influence in the second), as JSON text."""
    countries = [a["id"] for a in sorted(data["actors"], key=lambda a: -a["mentions"]) if a["type"] == "country"][:2]
    params = {"actor": countries[1], "in": countries[0]}
    return params, pg.request.get(server + "/api/arena", params=params).text()


def arena_total(pg, server, params) -> int:
    """The arena page's number of events (its first total)."""
    pg.goto(f"{server}/arena?actor={params['actor']}&in={params['in']}")
    return int(pg.locator("#arena-totals .stat b").first.inner_text())


def test_reject_an_event_from_the_events_list(page, server, store):
    data = reader_data(page, server, store)
    params, arena = arena_of(page, server, data)
    e = next(e for e in data["events"] if e["source"] and e["end"] <= data["page"]["end"] and e["id"] in arena)
    who = e["source"][0]["id"]
    in_arena = arena_total(page, server, params)
    assert e["id"] in events_of(page, server, who)
    open_reader(page, server, store, reviewing=False)
    fix = page.locator(f"button.fix[data-fact=event][data-id='{e['id']}']").first
    fix.focus()
    page.keyboard.press("Enter")                                                          # from the keyboard
    pop = page.locator("#fix-popover")
    pop.locator(f"section[data-event='{e['id']}']").wait_for()
    pop.get_by_label("Why reject this event").first.select_option("wrong type")
    apply(page, pop.locator(f"section[data-event='{e['id']}'] button[data-action=reject]"))
    assert event_tags(page, e['id']).count() == 0     # reader
    assert e["id"] not in events_of(page, server, who)                                    # timeline / events
    assert status(page, server, f"/api/events/{e['id']}") == 404                         # event page
    page.goto(f"{server}/actors/{who}")
    assert page.locator(f"#events tr[data-event='{e['id']}']").count() == 0             # profile
    assert e["id"] not in page.request.get(server + "/api/arena", params=params).text()   # arena
    assert arena_total(page, server, params) == in_arena - 1

    reingest(store)
    assert e["id"] not in events_of(page, server, who)
    open_reader(page, server, store, reviewing=False)
    assert event_tags(page, e['id']).count() == 0

    undo_from_audit(page, server, "reject_event")
    assert e["id"] in events_of(page, server, who)
    assert e["id"] in page.request.get(server + "/api/arena", params=params).text()
    assert arena_total(page, server, params) == in_arena
    open_reader(page, server, store, reviewing=False)
    assert event_tags(page, e['id']).count() >= 1


def relation_keys(pg, server, actor_id) -> set[tuple]:
    return {(r["subject"]["id"], r["predicate"], r["object"]["id"], r["start"])
            for r in api(pg, server, f"/api/actors/{actor_id}")["relations"]}


def test_reject_a_relation(page, server, store):
    data = reader_data(page, server, store)
    r = data["relations"][0]
    key = (r["subject"]["id"], r["predicate"], r["object"]["id"], r["start"])
    assert key in relation_keys(page, server, key[0])
    open_reader(page, server, store, reviewing=False)
    page.locator(f"button.fix[data-fact=relation][data-id='{r['id']}']").click()
    pop = page.locator("#fix-popover")
    pop.get_by_label("Why reject this relation").select_option("wrong source/target")
    apply(page, pop.locator("button[data-action=reject]"))
    assert page.locator(f"#doc-relations [data-relation='{r['id']}']").count() == 0    # reader
    assert key not in relation_keys(page, server, key[0])                                 # profile
    edge = f"r|{key[0]}|{key[1]}|{key[2]}"
    network = api(page, server, "/api/network", limit=2000)
    assert edge not in {x["id"] for x in network["edges"]} or \
        sum(1 for x in data["relations"] if (x["subject"]["id"], x["predicate"], x["object"]["id"]) == key[:3]) > 1

    reingest(store)
    assert key not in relation_keys(page, server, key[0])
    undo_from_audit(page, server, "reject_relation")
    assert key in relation_keys(page, server, key[0])


def outlet_citations(pg, server, outlet) -> int:
    return next((o["citations"] for o in api(pg, server, "/api/sources")["outlets"] if o["outlet"] == outlet), 0)


def test_reject_a_citation_in_the_reader(page, server, store):
    data = reader_data(page, server, store)
    c = next(c for c in data["citations"] if c["end"] <= data["page"]["end"])
    before = outlet_citations(page, server, c["outlet"])
    open_reader(page, server, store)
    cit = page.locator(f"#reader .cit[data-citation='{c['id']}']").first
    cit.focus()
    page.keyboard.press("Enter")
    pop = page.locator("#fix-popover")
    assert c["outlet"] in pop.locator("h2").inner_text()
    apply(page, pop.locator("button[data-action=reject]"))
    assert page.locator(f"#reader .cit[data-citation='{c['id']}']").count() == 0       # reader
    assert outlet_citations(page, server, c["outlet"]) == before - 1                    # sources
    reingest(store)
    assert outlet_citations(page, server, c["outlet"]) == before - 1
    undo_from_audit(page, server, "reject_citation")
    assert outlet_citations(page, server, c["outlet"]) == before


# ------------------------------------------------------------------ the review queue

def queue_keys(pg, server, store) -> list[tuple]:
    """The queue's facts by natural key (ids of mentions change when a document is re-extracted)."""
    return [(i["fact_kind"], i["start"], i["end"], i["label"]) for i in
            api(pg, server, "/api/review/queue", document_id=store["id"], limit=1000)["items"]]


def test_keep_and_reject_from_the_review_queue(page, server, store):
    first_two = api(page, server, "/api/review/queue", document_id=store["id"], limit=2)["items"]
    kept, rejected = [(i["fact_kind"], i["start"], i["end"], i["label"]) for i in first_two]
    page.goto(f"{server}/review?document_id={store['id']}")
    rows = page.locator("#queue-rows tr[data-fact]")
    rows.first.wait_for()
    assert rows.nth(0).get_attribute("data-fact") == f"{first_two[0]['fact_kind']}:{first_two[0]['fact_id']}"
    if first_two[0]["sentence"]:                                                         # the fact in its sentence
        assert rows.nth(0).locator("mark").inner_text() == first_two[0]["sentence"]["text"][
            first_two[0]["start"] - first_two[0]["sentence"]["start"]:first_two[0]["end"] - first_two[0]["sentence"]["start"]]
    confidences = [float(x) for x in page.locator("#queue-rows td.num").all_inner_texts()]
    assert confidences == sorted(confidences)                                            # least confident first
    rows.nth(0).get_by_role("button", name="Keep").click()
    rows.nth(0).locator("[data-done=kept]").wait_for()
    rows.nth(1).get_by_role("button", name="Reject").click()
    rows.nth(1).locator("[data-done=rejected]").wait_for()
    shot(page, "review-05-queue")
    keys = queue_keys(page, server, store)
    assert kept not in keys and rejected not in keys
    assert api(page, server, "/api/corrections", kind="confirm")["items"][0]["evidence"]["start"] == kept[1]

    reingest(store)
    keys = queue_keys(page, server, store)
    assert kept not in keys and rejected not in keys                                     # kept through re-extraction
    page.reload()
    rows.first.wait_for()
    shown = rows.evaluate_all("rs => rs.map(r => r.dataset.fact)")
    assert f"{first_two[0]['fact_kind']}:{first_two[0]['fact_id']}" not in shown

    undo_from_audit(page, server, "confirm")
    undo_from_audit(page, server, f"reject_{rejected[0]}")
    keys = queue_keys(page, server, store)
    assert kept in keys and rejected in keys


# ------------------------------------------------------------------ adding what extraction missed

def char_box(pg, start: int, end: int) -> dict:
    """Viewport rectangles of the document characters at start and end-1 (through the data-o pieces)."""
    return pg.evaluate("""([start, end]) => {
        const rect = (offset) => {
            for (const s of document.querySelectorAll('#reader [data-o]')) {
                const o = +s.dataset.o, t = s.firstChild;
                if (t && offset >= o && offset < o + t.length) {
                    const r = document.createRange(); r.setStart(t, offset - o); r.setEnd(t, offset - o + 1);
                    const b = r.getBoundingClientRect(); return {left: b.left, right: b.right, y: b.top + b.height / 2};
                }
            }
            return null;
        };
        return {first: rect(start), last: rect(end - 1)};
    }""", [start, end])


def select_by_mouse(pg, start: int, end: int) -> None:
    pg.evaluate("""(o) => document.querySelector(`#reader [data-o='${o}']`).scrollIntoView({block: 'center'})""",
                max(o for o in pg.evaluate("[...document.querySelectorAll('#reader [data-o]')].map(s => +s.dataset.o)")
                    if o <= start))
    box = char_box(pg, start, end)
    pg.mouse.move(box["first"]["left"] + 1, box["first"]["y"])
    pg.mouse.down()
    pg.mouse.move((box["first"]["left"] + box["last"]["right"]) / 2, (box["first"]["y"] + box["last"]["y"]) / 2, steps=5)
    pg.mouse.move(box["last"]["right"] - 1, box["last"]["y"], steps=5)
    pg.mouse.up()


def two_actors_in_a_sentence(data: dict) -> tuple[dict, dict]:
    """Two mentions of different actors close together in one paragraph on the first page."""
    text, base = data["text"], data["page"]["start"]
    ms = first_page_mentions(data)
    for a in ms:
        for b in ms:
            if b["start"] > a["end"] and b["start"] - a["end"] < 120 and a["actor"]["id"] != b["actor"]["id"] and \
                    "\n" not in text[a["start"] - base:b["end"] - base]:
                return a, b
    raise AssertionError("no two actors in one sentence on the first page")


def test_add_an_event_by_selecting_its_words(page, server, store):
    data = reader_data(page, server, store)
    a, b = two_actors_in_a_sentence(data)
    open_reader(page, server, store)
    select_by_mouse(page, a["start"], b["end"])
    pop = page.locator("#fix-popover")
    assert page.locator("#add-offsets").inner_text().startswith(f"characters {a['start']}–{b['end']} ")
    pop.locator("select[name=type]").locator("option[value=CONSULT]").wait_for(state="attached")
    pop.locator("select[name=type]").select_option("CONSULT")
    pop.locator("select[name=mode]").select_option("meeting")
    pick_actor(page, "Source (who did it)", a["actor"])
    pick_actor(page, "Target (done to whom)", b["actor"])
    pop.locator("input[name=date]").fill("2020-05")
    shot(page, "review-06-add-event-form")
    apply(page, pop.locator("button[data-action=add]"))

    def added():
        return [e for e in reader_data(page, server, store)["events"]
                if (e["start"], e["end"], e["type"]) == (a["start"], b["end"], "CONSULT")]
    assert len(added()) == 1 and added()[0]["extractor"] == "foothold.review.v1"
    new = added()[0]
    assert event_tags(page, new['id']).count() == 1     # reader
    assert new["id"] in events_of(page, server, a["actor"]["id"])                          # timeline / events
    assert new["date"] == "2020-05" and new["mode"] == "meeting"
    edge = f"e|{a['actor']['id']}|{b['actor']['id']}"
    assert edge in {x["id"] for x in api(page, server, "/api/network", limit=2000)["edges"]}   # network
    page.goto(f"{server}/actors/{a['actor']['id']}")
    assert page.locator(f"#events tr[data-event='{new['id']}']").count() == 1             # profile
    assert page.locator(f"#events tr[data-event='{new['id']}'] .badge.ok").inner_text() == "reviewed"

    reingest(store)
    assert len(added()) == 1

    c = undo_from_audit(page, server, "add_event")
    assert c["evidence"]["start"] == a["start"] and c["evidence"]["end"] == b["end"]
    assert added() == []
    assert new["id"] not in events_of(page, server, a["actor"]["id"])


def select_by_script(pg, start: int, end: int) -> None:
    pg.evaluate("""([start, end]) => {
        const at = (offset) => {
            for (const s of document.querySelectorAll('#reader [data-o]')) {
                const o = +s.dataset.o, t = s.firstChild;
                if (t && offset >= o && offset <= o + t.length) return [t, offset - o];
            }
        };
        const r = document.createRange(); r.setStart(...at(start)); r.setEnd(...at(end));
        const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
    }""", [start, end])


def test_add_a_relation_from_the_keyboard(page, server, store):
    data = reader_data(page, server, store)
    a, b = two_actors_in_a_sentence(data)
    key = (a["actor"]["id"], "allied_with", b["actor"]["id"])
    open_reader(page, server, store, reviewing=False)
    select_by_script(page, a["start"], b["end"])
    add = page.locator("#add-from-selection")
    assert add.is_enabled()
    add.focus()
    page.keyboard.press("Enter")
    pop = page.locator("#fix-popover")
    pop.get_by_label("a relation").check()
    pop.locator("select[name=relation_type]").locator("option[value=allied_with]").wait_for(state="attached")
    pop.locator("select[name=relation_type]").select_option("allied_with")
    pick_actor(page, "Subject", a["actor"])
    pick_actor(page, "Object", b["actor"])
    apply(page, pop.locator("button[data-action=add]"))
    assert (*key, a["start"]) in relation_keys(page, server, key[0])                            # profile
    assert page.locator("#doc-relations").inner_text().count("allied_with") >= 1               # reader
    assert f"r|{key[0]}|allied_with|{key[2]}" in {x["id"] for x in api(page, server, "/api/network", limit=2000)["edges"]}
    reingest(store)
    assert (*key, a["start"]) in relation_keys(page, server, key[0])
    undo_from_audit(page, server, "add_relation")
    assert (*key, a["start"]) not in relation_keys(page, server, key[0])


# ------------------------------------------------------------------ offsets of a selection

def test_a_selection_maps_to_original_offsets_across_highlights_and_pages(page, server, store):
    data = reader_data(page, server, store)
    e = next(e for e in data["events"] if e["end"] <= data["page"]["end"])
    start, end = e["start"] - 5, e["end"] + 5                     # across an event tag and its highlights
    open_reader(page, server, store, reviewing=False)
    select_by_script(page, start, end)
    got = page.evaluate("window.footholdSelection()")
    text = data["text"]
    want = text[start:end]
    lead = len(want) - len(want.lstrip())
    assert got["start"] == start + lead and got["text"] == want.strip()
    assert text[got["start"]:got["end"]] == got["text"]

    # Selecting words inside an event's highlighted evidence (in review mode) opens the form; no navigation.
    open_reader(page, server, store)
    select_by_mouse(page, e["start"] + 2, e["end"] - 2)
    page.locator("#add-offsets").wait_for()
    assert page.locator("#add-offsets").inner_text().startswith("characters ")
    assert "/events/" not in page.url
    page.keyboard.press("Escape")

    docs = api(page, server, "/api/documents", limit=100)["items"]
    long_id = next(d["id"] for d in docs if d["name"] == "long-report.txt")
    first = api(page, server, f"/api/documents/{long_id}")
    at = first["page"]["next"]
    second = api(page, server, f"/api/documents/{long_id}", at=at)
    word = "Paragraph"
    k = second["text"].index(word, 100) + second["page"]["start"]
    page.goto(f"{server}/documents/{long_id}?at={at}")
    select_by_script(page, k, k + len(word) + 4)
    got = page.evaluate("window.footholdSelection()")
    assert got["start"] == k and got["end"] == k + len(word) + 4
    assert got["text"] == second["text"][k - at:k - at + len(word) + 4]


# ------------------------------------------------------------------ the audit page

def test_audit_page_pages_and_filters(page, server, store):
    """More corrections than a page: the audit page pages through them with the API's cursor, and filters by kind."""
    queue = api(page, server, "/api/review/queue", document_id=store["id"], limit=55)["items"]
    made = []
    for item in queue:
        response = page.request.post(server + "/api/corrections", data={
            "kind": "confirm", "fact_kind": item["fact_kind"], "fact_id": str(item["fact_id"])})
        assert response.status == 201, response.text()
        made.append(response.json()["id"])
    some = api(page, server, "/api/actors", limit=1)["items"][0]
    other = page.request.post(server + "/api/corrections", data={
        "kind": "retype_actor", "actor_id": some["id"], "type": "place" if some["type"] != "place" else "person"})
    assert other.status == 201, other.text()
    page.goto(f"{server}/corrections")
    rows = page.locator("#correction-rows tr[data-correction]")
    rows.first.wait_for()
    assert rows.count() == 50
    assert rows.first.get_attribute("data-correction") == other.json()["id"]             # newest first
    assert rows.nth(1).get_attribute("data-correction") == made[-1]
    shot(page, "review-07-audit", full_page=True)
    older = page.locator("#corrections-older")
    older.click()
    page.wait_for_url("**cursor=**")
    rows.first.wait_for()
    second = rows.evaluate_all("rs => rs.map(r => r.dataset.correction)")
    assert made[5] in second and made[-1] not in second
    assert page.locator("#corrections-newest").is_visible()

    page.goto(f"{server}/corrections")
    page.locator("#correction-filters select[name=kind]").select_option("confirm")
    page.locator("#correction-filters button[type=submit]").click()
    page.wait_for_url("**kind=confirm**")
    rows.first.wait_for()
    assert set(rows.locator("td:nth-child(3) .badge").all_inner_texts()) == {"confirm"}
    assert rows.first.get_attribute("data-correction") == made[-1]
    assert rows.first.locator(".evidence-link").get_attribute("href").startswith(f"/documents/{store['id']}?at=")
    for cid in [*made, other.json()["id"]]:
        assert page.request.post(f"{server}/api/corrections/{cid}/undo").status == 200
