"""Gold from review (store.gold, `foothold review ...`, `foothold gold export`, `foothold eval --store`):
review the seed report from the command line with several corrections of each kind, export it as gold,
and the corrected store scores 1.0 on every category against it."""

import json

from sqlalchemy import select
from typer.testing import CliRunner

from foothold.cli import app
from foothold.store import connect, save_extraction
from foothold.store import schema as t
from test_review import seed_copy, tied_event

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def ok(*args) -> dict | list:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_reviewed_document_exported_as_gold_scores_one_against_the_corrected_store(store_url, tmp_path):
    engine = connect(store_url)
    doc, ex = seed_copy(tmp_path)
    save_extraction(engine, doc, ex)
    with engine.connect() as conn:
        events = conn.execute(select(t.events.c.id).order_by(t.events.c.id)).scalars().all()
        event = tied_event(conn).id
        mentions = conn.execute(select(t.mentions).where(t.mentions.c.actor_id == "iran").order_by(t.mentions.c.id)).all()
        relations = conn.execute(select(t.relations.c.id).order_by(t.relations.c.id)).scalars().all()
        citations = conn.execute(select(t.citations.c.id).order_by(t.citations.c.id)).scalars().all()
    engine.dispose()
    db = ("--db", store_url)
    made = [ok("review", "reject", "event", event, "--reason", "not an event", *db),
            ok("review", "reject", "event", next(e for e in events if e != event), *db),
            ok("review", "reject", "mention", mentions[0].id, *db), ok("review", "reject", "mention", mentions[1].id, *db),
            ok("review", "reject", "relation", relations[0], *db), ok("review", "reject", "relation", relations[1], *db),
            ok("review", "reject", "citation", citations[0], *db), ok("review", "reject", "citation", citations[1], *db),
            ok("review", "confirm", "relation", relations[2], *db), ok("review", "confirm", "citation", citations[2], *db),
            ok("review", "retype", "iraq", "organization", *db), ok("review", "retype", "iran", "organization", *db),
            ok("review", "alias", "iran", "the Islamic Republic", *db), ok("review", "alias", "iraq", "Mesopotamia", *db)]
    start = doc.text.index("Hemmati")
    end = doc.text.index(".", start)
    second = doc.text.index("Kazimi")
    made += [ok("review", "add-event", "seed.txt", start, end, "--type", "CONSULT", "--mode", "visit", "--source", "iran",
                "--target", "iraq", "--date", "2020-06-17", *db),
             ok("review", "add-event", doc.id[:12], second, second + 6, "--type", "ASSAULT", "--source", "iraq", *db),
             ok("review", "add-relation", "seed.txt", start, end, "--type", "opposes", "--subject", "iran",
                "--object", "iraq", *db),
             ok("review", "add-relation", "seed.txt", second, second + 6, "--type", "allied_with", "--subject", "iraq",
                "--object", "iran", *db),
             ok("review", "add-event", "seed.txt", second, second + 6, "--type", "PROTEST", *db)]   # names no actor
    assert len({c["id"] for c in made}) == len(made) == 19
    audit = ok("review", "list", "--doc", "seed.txt", *db)
    assert [c["id"] for c in audit] == [c["id"] for c in reversed(made) if c["document_id"]]

    out = tmp_path / "gold"
    assert ok("gold", "export", "seed.txt", "--out", out, *db) == [str(out / "seed.gold.json")]
    gold = json.loads((out / "seed.gold.json").read_text(encoding="utf-8"))
    assert (out / "seed.txt").read_text(encoding="utf-8") == doc.text
    assert gold["omitted"] == {"events_without_actors": 1}      # FORMAT.md could match it with nothing
    types = {a["id"]: a["type"] for a in gold["actors"]}
    assert types["iran"] == types["iraq"] == "organization"
    assert "the Islamic Republic" in next(a for a in gold["actors"] if a["id"] == "iran")["aliases"]
    assert {"type": "CONSULT", "mode": "visit", "date": "2020-06-17", "source": ["iran"], "target": ["iraq"],
            "location": None, "evidence": doc.text[start:end], "start": start, "end": end} in gold["events"]
    assert {"subject": "iraq", "predicate": "allied_with", "object": "iran", "evidence": "Kazimi", "start": second,
            "end": second + 6} in gold["relations"]
    rejected = made[0]["payload"]["snapshot"]["occurrences"]
    assert not {(o["start"], o["type"]) for o in rejected} & {(e["start"], e["type"]) for e in gold["events"]}

    report = ok("eval", out, "--store", *db)
    assert report["documents"] == 1
    assert {c: v["f1"] for c, v in report["categories"].items()} == {c: 1.0 for c in report["categories"]}
    assert {"actors", "typed_actors", "mentions", "typed_mentions", "relations", "typed_relations", "events",
            "typed_events", "citations"} <= set(report["categories"])
    spans = {(m["start"], m["end"]) for a in gold["actors"] for m in a["mentions"]}
    assert (mentions[0].start, mentions[0].end) not in spans and (mentions[2].start, mentions[2].end) in spans
    # Fresh extraction of the exported text against the analyst's gold: what review changed is what it misses.
    fresh = ok("eval", out, "--errors", "all")
    assert fresh["documents"] == 1 and fresh["categories"]["events"]["fp"] >= 2
    assert fresh["categories"]["typed_events"]["fn"] >= 1
    # Undo a rejection: the store no longer agrees with the analyst's gold.
    ok("review", "undo", made[0]["id"], *db)
    assert ok("eval", out, "--store", *db)["categories"]["events"]["precision"] < 1.0
    again = run("review", "undo", made[0]["id"], *db)
    assert again.exit_code == 1 and "[E703]" in again.output


def test_bad_review_commands_print_one_line_with_a_code(store_url, tmp_path):
    engine = connect(store_url)
    doc, ex = seed_copy(tmp_path)
    save_extraction(engine, doc, ex)
    engine.dispose()
    db = ("--db", store_url)
    for args, code in ((("review", "reject", "actor", "iran"), "E702"), (("review", "reject", "event", "ev_x"), "E701"),
                       (("review", "retype", "iran", "planet"), "E702"), (("review", "retype", "nobody", "person"), "E302"),
                       (("review", "add-event", "seed.txt", 10, 5, "--type", "CONSULT"), "E702"),
                       (("review", "add-event", "nothing.txt", 0, 5, "--type", "CONSULT"), "E705"),
                       (("review", "undo", "cr_none"), "E701"), (("gold", "export", "nothing.txt", "--out", tmp_path), "E705"),
                       (("eval", tmp_path / "none.gold.json", "--store"), "E102")):
        result = run(*args, *db)
        assert result.exit_code == 1, (args, result.output)
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and f"[{code}]" in lines[0], (args, result.output)
    assert ok("review", "list", *db) == []
    queue = ok("review", "queue", "--limit", 5, *db)
    assert len(queue) == 5 and queue == sorted(queue, key=lambda q: q["confidence"])
