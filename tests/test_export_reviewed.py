"""Exports say which facts an analyst reviewed (export/reviewed.py): JSON `reviewed` + `correction_id`,
STIX confidence 100 and the label `reviewed` (valid for stix2-validator); rejected facts are not exported."""

import io
import json

import pytest
from sqlalchemy import select

from foothold.export import Filters, export
from foothold.store import connect, save_extraction
from foothold.store import schema as t
from foothold.store.review import correct
from test_review import seed_copy, tied_event

validator = pytest.importorskip("stix2validator")


def exported(engine, fmt: str) -> dict:
    out = io.StringIO()
    export(engine, fmt, out, Filters(document="seed.txt"))
    return json.loads(out.getvalue())


def test_reviewed_facts_are_flagged_in_json_and_stix(store_url, tmp_path):
    engine = connect(store_url)
    doc, ex = seed_copy(tmp_path)
    save_extraction(engine, doc, ex)
    with engine.connect() as conn:
        rejected = tied_event(conn)
        kept = conn.execute(select(t.relations).order_by(t.relations.c.id)).first()
        cited = conn.execute(select(t.citations).order_by(t.citations.c.id)).first()
        mention = conn.execute(select(t.mentions).order_by(t.mentions.c.id)).first()
    correct(engine, "reject_event", {"event_id": rejected.id})
    confirmed = correct(engine, "confirm", {"fact_kind": "relation", "fact_id": str(kept.id)})
    cite = correct(engine, "confirm", {"fact_kind": "citation", "fact_id": str(cited.id)})
    seen = correct(engine, "confirm", {"fact_kind": "mention", "fact_id": str(mention.id)})
    retyped = correct(engine, "retype_actor", {"actor_id": "iraq", "type": "organization"})
    start = doc.text.index("Hemmati")
    added = correct(engine, "add_event", {"document_id": doc.id, "start": start, "end": start + 7, "type": "CONSULT",
                                          "source_actor_id": "iran", "target_actor_id": "iraq"})

    data = exported(engine, "json")
    assert rejected.id not in {e["event_id"] for e in data["events"]}
    rel = next(r for r in data["relations"] if (r["start"], r["predicate"]) == (kept.start, kept.predicate))
    assert (rel["reviewed"], rel["correction_id"]) == (True, confirmed["id"])
    assert next(c for c in data["citations"] if c["start"] == cited.start)["correction_id"] == cite["id"]
    ev = next(e for e in data["events"] if e["event_id"] == added["created_fact_id"])
    assert (ev["reviewed"], ev["correction_id"], ev["extractor"]) == (True, added["id"], "foothold.review.v1")
    iraq = next(a for a in data["actors"] if a["id"] == "iraq")
    assert (iraq["type"], iraq["reviewed"], iraq["correction_id"]) == ("organization", True, retyped["id"])
    marked = [m for a in data["actors"] for m in a["mentions"] if m["reviewed"]]
    assert [(m["start"], m["correction_id"]) for m in marked] == [(mention.start, seen["id"])]
    assert sum(r["reviewed"] for r in data["relations"]) == 1
    assert sum(e["reviewed"] for e in data["events"]) == 1

    bundle = exported(engine, "stix")
    results = validator.validate_string(json.dumps(bundle), validator.ValidationOptions(version="2.1"))
    assert results.is_valid, [str(e) for o in results.object_results for e in o.errors]
    labelled = [o for o in bundle["objects"] if "reviewed" in o.get("labels", [])]
    assert labelled and all(o["confidence"] == 100 for o in labelled)
    assert {o.get("x_foothold_correction_id") for o in labelled} >= {confirmed["id"], added["id"], retyped["id"]}
    assert rejected.id not in {o.get("x_foothold_event_id") for o in bundle["objects"]}
    unreviewed = [o for o in bundle["objects"] if o["type"] == "relationship" and "reviewed" not in o.get("labels", [])]
    assert unreviewed and all(o.get("confidence", 0) < 100 or "x_foothold_event_id" not in o for o in unreviewed)
    engine.dispose()
