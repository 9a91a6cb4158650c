"""The review API (web/review_api.py) through FastAPI's TestClient, on the seed report, on both backends:
corrections made, listed, undone; the queue and the form vocabularies; the editor role."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from foothold.store import connect, save_extraction
from foothold.store import schema as t
from foothold.web.app import create_app
from foothold.web.security import load_access
from test_review import seed_copy

READER = "read-token-0123456789abcdef"
EDITOR = "edit-token-fedcba9876543210"


@pytest.fixture
def seeded_url(store_url, tmp_path):
    engine = connect(store_url)
    doc, ex = seed_copy(tmp_path)
    save_extraction(engine, doc, ex)
    engine.dispose()
    return store_url, doc


def facts(url):
    engine = connect(url)
    with engine.connect() as conn:
        out = {"mention": conn.execute(select(t.mentions).order_by(t.mentions.c.id)).first(),
               "event": conn.execute(select(t.events).order_by(t.events.c.id)).first(),
               "relation": conn.execute(select(t.relations).order_by(t.relations.c.id)).first(),
               "citation": conn.execute(select(t.citations).order_by(t.citations.c.id)).first()}
    engine.dispose()
    return out


def test_loopback_without_tokens_makes_lists_and_undoes_corrections(seeded_url):
    url, doc = seeded_url
    f = facts(url)
    with TestClient(create_app(url)) as client:
        made = client.post("/api/corrections", json={"kind": "reject_mention", "mention_id": str(f["mention"].id),
                                                       "reason": "not an actor"})
        assert made.status_code == 201, made.text
        c = made.json()
        assert (c["kind"], c["author"], c["target_id"], c["undone_at"]) == ("reject_mention", "local",
                                                                            str(f["mention"].id), None)
        assert c["evidence"] == {"document_id": doc.id, "start": f["mention"].start, "end": f["mention"].end,
                                 "text": f["mention"].text}
        reader = client.get(f"/api/documents/{doc.id}").json()
        assert f["mention"].id not in {m["id"] for m in reader["mentions"]}
        confirmed = client.post("/api/corrections", json={"kind": "confirm", "fact_kind": "relation",
                                                           "fact_id": str(f["relation"].id)}).json()
        rel = next(r for r in client.get(f"/api/documents/{doc.id}", params={"at": f["relation"].start}).json()["relations"]
                   if r["id"] == f["relation"].id)
        assert rel["reviewed"] is True and rel["correction_id"] == confirmed["id"]
        start = doc.text.index("Hemmati")
        added = client.post("/api/corrections", json={"kind": "add_event", "document_id": doc.id, "start": start,
                                                       "end": start + 7, "type": "CONSULT", "source_actor_id": "iran",
                                                       "date": "2020-06-17"}).json()
        assert client.get(f"/api/events/{added['created_fact_id']}").json()["type"] == "CONSULT"
        page = client.get("/api/corrections", params={"limit": 2}).json()
        assert [x["id"] for x in page["items"]] == [added["id"], confirmed["id"]] and page["has_more"]
        assert client.get("/api/corrections", params={"cursor": page["next"]}).json()["items"][0]["id"] == c["id"]
        assert client.get(f"/api/corrections/{c['id']}").json() == c
        undone = client.post(f"/api/corrections/{c['id']}/undo")
        assert undone.status_code == 200 and undone.json()["undone_at"]
        again = client.post(f"/api/corrections/{c['id']}/undo")
        assert again.status_code == 409 and again.json()["error"]["code"] == "E703"
        assert f["mention"].text in {m["text"] for m in client.get(f"/api/documents/{doc.id}").json()["mentions"]}
        live = client.get("/api/corrections", params={"include_undone": "false", "kind": "reject_mention"}).json()
        assert live["items"] == []


def test_bad_corrections_answer_in_the_one_error_shape(seeded_url):
    url, doc = seeded_url
    with TestClient(create_app(url)) as client:
        cases = [({"kind": "reject_mention", "mention_id": "99999999"}, 404, "E701"),
                 ({"kind": "reject_event", "event_id": "ev_none"}, 404, "E701"),
                 ({"kind": "retype_actor", "actor_id": "nobody", "type": "person"}, 404, "E302"),
                 ({"kind": "add_event", "document_id": doc.id, "start": 10, "end": 5, "type": "CONSULT"}, 400, "E702"),
                 ({"kind": "add_event", "document_id": doc.id, "start": 0, "end": 5, "type": "PARTY"}, 400, "E702"),
                 ({"kind": "add_event", "document_id": doc.id, "start": 0, "end": 5, "type": "CONSULT",
                   "date": "2020-02-30"}, 400, "E702"),
                 ({"kind": "retype_actor", "actor_id": "iran", "type": "planet"}, 422, "E100"),
                 ({"kind": "shout"}, 422, "E100"),
                 ({"kind": "add_alias", "actor_id": "iran", "alias": "a\x00b"}, 422, "E100"),
                 ({"kind": "reject_mention", "mention_id": "1", "extra": 1}, 422, "E100")]
        for body, status, code in cases:
            r = client.post("/api/corrections", json=body)
            assert (r.status_code, r.json()["error"]["code"]) == (status, code), (body, r.text)
            assert r.json()["error"]["message"]
        assert client.get("/api/corrections/cr_none").status_code == 404
        assert client.post("/api/corrections/cr_none/undo").status_code == 404
        assert client.get("/api/corrections", params={"cursor": "nonsense"}).json()["error"]["code"] == "E330"
        assert client.get("/api/corrections").json()["items"] == []


def test_writes_need_the_editor_role_when_tokens_are_set(seeded_url):
    url, _ = seeded_url
    f = facts(url)
    body = {"kind": "confirm", "fact_kind": "mention", "fact_id": str(f["mention"].id)}
    access = load_access(read_token=READER, edit_token=EDITOR, host="0.0.0.0")
    with TestClient(create_app(url, access=access)) as client:
        assert client.post("/api/corrections", json=body).status_code == 401
        denied = client.post("/api/corrections", json=body, headers={"authorization": f"Bearer {READER}"})
        assert denied.status_code == 403 and denied.json()["error"]["code"] == "E704" and denied.json()["error"]["fix"]
        made = client.post("/api/corrections", json=body, headers={"authorization": f"Bearer {EDITOR}"})
        assert made.status_code == 201 and made.json()["author"] == "edit"
        read = client.get("/api/corrections", headers={"authorization": f"Bearer {READER}"})
        assert [c["id"] for c in read.json()["items"]] == [made.json()["id"]]
        undo = client.post(f"/api/corrections/{made.json()['id']}/undo", headers={"authorization": f"Bearer {READER}"})
        assert undo.status_code == 403
        assert client.get(f"/api/corrections/{made.json()['id']}",
                          headers={"authorization": f"Bearer {READER}"}).json()["undone_at"] is None


def test_queue_and_types_for_the_forms(seeded_url):
    url, doc = seeded_url
    with TestClient(create_app(url)) as client:
        page = client.get("/api/review/queue", params={"limit": 20, "document_id": doc.id}).json()
        items = page["items"]
        assert len(items) == 20 and page["has_more"]
        assert [i["confidence"] for i in items] == sorted(i["confidence"] for i in items)
        for i in items:
            s = i["sentence"]
            assert s["start"] <= i["start"] and i["end"] <= s["end"] and s["text"] == doc.text[s["start"]:s["end"]]
        nxt = client.get("/api/review/queue", params={"limit": 20, "cursor": page["next"]}).json()["items"]
        assert nxt[0]["confidence"] >= items[-1]["confidence"]
        types = client.get("/api/review/types").json()
        assert "organization" in types["actor_types"] and "opposes" in types["relation_types"]
        consult = next(e for e in types["event_types"] if e["type"] == "CONSULT")
        assert "visit" in consult["modes"] and len(types["event_types"]) == 16
        spec = client.get("/openapi.json").json()["paths"]
        assert {"/api/corrections", "/api/corrections/{correction_id}", "/api/corrections/{correction_id}/undo",
                "/api/review/queue", "/api/review/types"} <= set(spec)


def test_merge_split_retype_alias_through_the_api_and_their_undo(seeded_url):
    url, _ = seeded_url
    with TestClient(create_app(url)) as client:
        before = client.get("/api/actors/iraq").json()
        iran = client.get("/api/actors/iran").json()["mentions"]
        merged = client.post("/api/corrections", json={"kind": "merge_actors", "from_actor_id": "iraq",
                                                        "into_actor_id": "iran"})
        assert merged.status_code == 201 and merged.json()["payload"]["into_actor_id"] == "iran"
        assert client.get("/api/actors/iraq").json()["id"] == "iran"      # the name now leads to the actor kept
        assert client.get("/api/corrections", params={"kind": "merge_actors"}).json()["items"][0]["id"] == merged.json()["id"]
        assert client.post(f"/api/corrections/{merged.json()['id']}/undo").status_code == 200
        after = client.get("/api/actors/iraq").json()
        assert (after["mentions"], after["totals"]) == (before["mentions"], before["totals"])
        split = client.post("/api/corrections", json={"kind": "split_alias", "actor_id": "iran", "alias": "Iranian"}).json()
        assert client.get(f"/api/actors/{split['payload']['new_actor_id']}").json()["mentions"] > 0
        retype = client.post("/api/corrections", json={"kind": "retype_actor", "actor_id": "iraq", "type": "place"}).json()
        alias = client.post("/api/corrections", json={"kind": "add_alias", "actor_id": "iraq", "alias": "Mesopotamia"}).json()
        profile = client.get("/api/actors/iraq").json()
        assert profile["type"] == "place" and "Mesopotamia" in {f["alias"] for f in profile["aliases"]}
        for c in (alias, retype, split):
            assert client.post(f"/api/corrections/{c['id']}/undo").status_code == 200
        back = client.get("/api/actors/iraq").json()
        assert back["type"] == before["type"] and "Mesopotamia" not in {f["alias"] for f in back["aliases"]}
        assert client.get("/api/actors/iran").json()["mentions"] == iran
