"""The arena view (analyze.arena) on the seed report and the bundled samples: per-channel counts
whose event ids click through to events and sentences, from the function, the CLI and the workbench;
plus the counting rules on a store built in code."""

import json
import re
from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert, select
from typer.testing import CliRunner

from foothold.analyze.arena import arena, period_of, select_cell
from foothold.analyze.countries import UnknownCountryError
from foothold.cli import app
from foothold.errors import UnknownActorError
from foothold.store import connect
from foothold.store import schema as t
from arena_store import seed_store

runner = CliRunner()


# --- counting rules on a store built in code ---------------------------------------------------

def _store(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'a.db'}")
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        conn.execute(insert(t.documents), [{"id": "d", "name": "d.txt", "text": "x" * 2000, "ingested_at": now,
                                            "warnings": [], "date": "2020-06-30"}])
        conn.execute(insert(t.actors), [{"id": i, "name": n, "type": ty, "dictionary_id": dic} for i, n, ty, dic in [
            ("iran", "Iran", "country", "iran"), ("iraq", "Iraq", "country", "iraq"),
            ("syria", "Syria", "country", "syria"), ("militia", "Kataeb Hezbollah", "organization", "kataeb_hezbollah"),
            ("pm", "Mustafa al-Kazimi", "person", None), ("baghdad", "Baghdad", "place", "baghdad"),
            ("damascus", "Damascus", "place", "damascus"), ("usa", "United States", "country", "united_states")]])
        conn.execute(insert(t.relations), [
            {"document_id": "d", "subject_id": "militia", "predicate": "allied_with", "object_id": "iran",
             "evidence": "the Iranian-backed militia", "start": 0, "end": 5, "extractor": "test"},
            {"document_id": "d", "subject_id": "pm", "predicate": "leads", "object_id": "iraq",
             "evidence": "Iraqi Prime Minister", "start": 5, "end": 9, "extractor": "test"}])

        def ev(i, typ, quad, channel, date, src, tgt, loc=None, negated=False):
            conn.execute(insert(t.events).values(
                id=i, document_id="d", type=typ, quad=quad, channel=channel, date=date, location_id=loc,
                evidence=f"evidence of {i}", start=100 + len(i), end=110 + len(i), extractor="test",
                negated=negated, hypothetical=False))
            for a in src:
                conn.execute(insert(t.event_actors).values(event_id=i, actor_id=a, role="source"))
            for a in tgt:
                conn.execute(insert(t.event_actors).values(event_id=i, actor_id=a, role="target"))
        ev("e1", "CONSULT", "verbal_cooperation", "political", "2020-05-07", ["iran"], ["pm"])          # direct
        ev("e2", "ASSAULT", "material_conflict", "military", "2020-03-11", ["militia"], ["usa"], "baghdad")  # proxy
        ev("e3", "COERCE", "material_conflict", "military", "2020-06-25", ["pm"], ["militia"])           # against
        ev("e4", "AID", "material_cooperation", "economic", "2020-06", ["iraq"], ["iran"])               # toward
        ev("e5", "CONSULT", "verbal_cooperation", "political", "2020-05-09", ["iran"], ["syria"], "damascus")  # elsewhere
        ev("e6", "ASSAULT", "material_conflict", "military", "2020-04-01", ["militia"], ["usa"], "baghdad",
           negated=True)                                                                                 # excluded
        ev("e7", "AGREE", "verbal_cooperation", "economic", None, ["iran"], ["iraq"])                     # document date
    return engine


def test_roles_channels_and_country(tmp_path):
    v = arena(_store(tmp_path), "Iran", "Iraq", by="quarter")
    assert set(v["events"]) == {"e1", "e2", "e3", "e4", "e7"}
    roles = {k: c["event_ids"] for k, c in v["totals"]["roles"].items()}
    assert roles == {"direct": ["e1", "e7"], "via_proxies": ["e2"], "against": ["e3"], "toward": ["e4"]}
    assert v["excluded"]["negated_or_hypothetical"]["event_ids"] == ["e6"]
    by = {c["channel"]: c for c in v["channels"]}
    assert by["military"]["events"]["event_ids"] == ["e2", "e3"]
    assert by["military"]["balance"]["conflict"]["count"] == 2 and by["military"]["balance"]["net"] == -2
    assert v["events"]["e2"]["via"] == ["Kataeb Hezbollah → Iran"]
    assert v["events"]["e2"]["in_country"].startswith("located in Baghdad")
    assert v["events"]["e7"]["date"] == "2020-06-30" and v["events"]["e7"]["dated_by"] == "document"
    assert {p["period"]: p["event_ids"] for p in v["totals"]["trend"]} == {"2020-Q1": ["e2"], "2020-Q2": ["e1", "e4", "e3", "e7"]}
    assert [p["id"] for p in v["totals"]["top_places"]] == ["baghdad"]
    # Every number sits beside its event ids, and the ids add up.
    for c in v["channels"]:
        assert c["events"]["count"] == len(c["events"]["event_ids"])
        assert sum(r["count"] for r in c["roles"].values()) == c["events"]["count"]
        assert sum(q["count"] for q in c["quads"].values()) == c["events"]["count"]
    assert sum(c["events"]["count"] for c in v["channels"]) == v["totals"]["events"]["count"]


def test_window_and_cells(tmp_path):
    engine = _store(tmp_path)
    v = arena(engine, "iran", "iraq", date_from="2020-05", date_to="2020-05-31")
    assert set(v["events"]) == {"e1"}
    v = arena(engine, "iran", "iraq", date_from="2020-06")
    assert set(v["events"]) == {"e3", "e4", "e7"}                  # "2020-06" overlaps June
    v = arena(engine, "iran", "iraq")
    assert select_cell(v, "military", "roles.via_proxies") == ["e2"]
    assert select_cell(v, "all", "top_actors.militia") == ["e2", "e3"]
    assert select_cell(v, None, "proxies.militia") == ["e2", "e3"]
    assert v["events"]["e3"]["through"] == ["militia"]
    assert select_cell(v, "economic", "trend.2020-06") == ["e4", "e7"]
    assert period_of("2020-05-07", "quarter") == "2020-Q2" and period_of("2020", "month") == "2020"


def test_unknown_names(tmp_path):
    engine = _store(tmp_path)
    with pytest.raises(UnknownActorError) as info:
        arena(engine, "Atlantis", "Iraq")
    assert info.value.code == "E302"
    with pytest.raises(UnknownCountryError) as info:
        arena(engine, "Iran", "Baghdad")
    assert info.value.code == "E306" and "country" in info.value.message


# --- the seed report and the samples -----------------------------------------------------------

@pytest.fixture(scope="module")
def seed_url():
    return seed_store()


@pytest.fixture(scope="module")
def view(seed_url):
    engine = connect(seed_url)
    v = arena(engine, "Iran", "Iraq")
    engine.dispose()
    return v


def _channel(view, name):
    return next(c for c in view["channels"] if c["channel"] == name)


def _evidence(view, ids):
    return [view["events"][i]["evidence"] for i in ids]


def test_seed_military_channel_through_the_qods_force_and_the_militias(view):
    mil = _channel(view, "military")
    assert mil["roles"]["via_proxies"]["count"] >= 3
    paths = " | ".join(p for i in mil["roles"]["via_proxies"]["event_ids"] for p in view["events"][i]["via"])
    assert "Qods Force" in paths and "Harakat al-Nujabaa" in paths
    acting = {p["id"] for p in view["proxies"]}
    assert {"qods_force", "kataeb_hezbollah", "harakat_al_nujaba"} <= acting


def test_seed_economic_channel(view):
    eco = _channel(view, "economic")
    words = " ".join(_evidence(view, eco["events"]["event_ids"])).lower()
    for cue in ("electricity", "gas", "border crossing", "central bank"):
        assert cue in words, cue
    assert eco["balance"]["net"] > 0


def test_seed_political_contacts_with_baghdad(view):
    pol = _channel(view, "political")
    assert pol["events"]["count"] >= 10
    top = {a["id"] for a in pol["top_actors"]}
    assert "mustafa_al_kazimi" in top or "iraq" in top
    assert pol["balance"]["cooperation"]["count"] > pol["balance"]["conflict"]["count"]


def test_seed_religious_channel(view):
    rel = _channel(view, "religious_cultural")
    assert rel["events"]["count"] >= 1
    reasons = " ".join(view["events"][i]["channel_reason"] or "" for i in rel["events"]["event_ids"]).lower()
    assert "pilgrim" in reasons or "gravesite" in reasons


def test_seed_challenges_count_against_iran(view):
    against = view["totals"]["roles"]["against"]["event_ids"]
    words = " ".join(_evidence(view, against))
    assert "assassination of Qasem Soleimani" in words                         # Soleimani's killing
    assert "COVID-19" in words                                                 # the closure of the crossing
    assert "raid" in words                                                     # al-Kazimi's raids on the militias
    assert all((view["events"][i]["quad"] or "").endswith("conflict") for i in against)


def test_seed_every_number_clicks_through_to_events_and_sentences(view, seed_url):
    ids = [i for c in view["channels"] for i in c["events"]["event_ids"]]
    assert len(ids) == len(set(ids)) == view["totals"]["events"]["count"] > 20
    engine = connect(seed_url)
    with engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(t.events.c.id, t.events.c.evidence, t.events.c.start,
                                                     t.documents.c.text)
                                              .join(t.documents, t.documents.c.id == t.events.c.document_id)
                                              .where(t.events.c.id.in_(ids)))}
    engine.dispose()
    assert set(rows) == set(ids)
    for i in ids:
        ev = view["events"][i]
        assert rows[i].text[ev["start"]:ev["end"]] == ev["evidence"]         # the span in the original text


def test_seed_cli(seed_url):
    r = runner.invoke(app, ["arena", "Iran", "--in", "Iraq", "--db", seed_url, "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert {c["channel"] for c in data["channels"]} >= {"political", "military", "economic", "religious_cultural"}
    r = runner.invoke(app, ["arena", "Iran", "--in", "Iraq", "--db", seed_url, "--by", "quarter"])
    assert r.exit_code == 0 and "military" in r.output and "2020-Q2" in r.output
    r = runner.invoke(app, ["arena", "Iran", "--in", "Iraq", "--db", seed_url, "--show", "economic:events"])
    assert r.exit_code == 0 and "electricity" in r.output
    r = runner.invoke(app, ["arena", "Atlantis", "--in", "Iraq", "--db", seed_url])
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "[E302]" in r.output
    r = runner.invoke(app, ["arena", "Iran", "--in", "Atlantis", "--db", seed_url])
    assert r.exit_code == 1 and "[E306]" in r.output
    r = runner.invoke(app, ["arena", "Iran", "--in", "Iraq", "--by", "week", "--db", seed_url])
    assert r.exit_code == 1 and "[E101]" in r.output


@pytest.fixture(scope="module")
def client(seed_url):
    from foothold.web.app import create_app
    with TestClient(create_app(seed_url)) as c:
        yield c


def test_workbench_page_numbers_link_to_their_events(client, view):
    page = client.get("/arena?actor=Iran&in=Iraq", headers={"accept": "text/html"})
    assert page.status_code == 200 and 'id="arena-channels"' in page.text
    links = [h.replace("&amp;", "&") for h in re.findall(r'href="(/arena\?[^"]+cell=[^"]+)"', page.text)]
    assert len(links) > 20
    mil = next(h for h in links if "channel=military" in h and "cell=roles.via_proxies" in h)
    shown = client.get(mil, headers={"accept": "text/html"})
    listed = re.findall(r'<li data-event="([^"]+)"', shown.text)
    assert listed == _channel(view, "military")["roles"]["via_proxies"]["event_ids"]
    assert "<mark>" in shown.text and "/events/" in shown.text and "/documents/" in shown.text
    assert 'href="/arena"' in client.get("/", headers={"accept": "text/html"}).text      # in the nav
    assert "Iranian-backed" in page.text and 'class="proxy-path"' in page.text             # each hop's evidence


def test_workbench_proxies_api(client):
    r = client.get("/api/proxies", params={"actor": "Iran", "in": "Iraq"})
    assert r.status_code == 200
    found = {p["actor_id"]: p for p in r.json()["proxies"]}
    assert found["kataeb_hezbollah"]["path"][0]["evidence"][0]["document"] == "seed.txt"
    assert client.get("/api/proxies", params={"actor": "Atlantis"}).json()["error"]["code"] == "E302"


def test_workbench_api(client, view):
    r = client.get("/api/arena", params={"actor": "Iran", "in": "Iraq"})
    assert r.status_code == 200 and r.json()["totals"]["events"]["count"] == view["totals"]["events"]["count"]
    r = client.get("/api/arena", params={"actor": "Iran", "in": "Iraq", "channel": "economic", "cell": "events"})
    body = r.json()
    assert body["count"] == len(body["events"]) == _channel(view, "economic")["events"]["count"]
    assert all(e["context"]["span"] == e["evidence"] for e in body["events"])
    r = client.get("/api/arena", params={"actor": "Atlantis", "in": "Iraq"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "E302"
    r = client.get("/api/arena", params={"actor": "Iran", "in": "Iraq", "from": "July"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E101"
