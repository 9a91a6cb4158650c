"""Import: foothold JSON and STIX bundles back into a store; round trips keep actors, relations, events."""

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from foothold.export import Filters, export
from foothold.ingest.imports import ImportFormatError, import_file, read_import, sniff
from foothold.store import connect, schema as t

from export_store import build


def model_of(engine) -> dict:
    """What a round trip must keep: actors (name, type), relations and events by actor names."""
    with engine.connect() as conn:
        names = dict(conn.execute(select(t.actors.c.id, t.actors.c.name)).all())
        actors = set(conn.execute(select(t.actors.c.name, t.actors.c.type)).all())
        relations = {(names[r.subject_id], r.predicate, names[r.object_id], r.evidence)
                     for r in conn.execute(select(t.relations))}
        roles = {}
        for r in conn.execute(select(t.event_actors)):
            roles.setdefault((r.event_id, r.role), set()).add(names[r.actor_id])
        events = {(e.type, e.mode, e.date, e.evidence, names.get(e.location_id),
                   frozenset(roles.get((e.id, "source"), ())), frozenset(roles.get((e.id, "target"), ())))
                  for e in conn.execute(select(t.events))}
    return {"actors": actors, "relations": relations, "events": events}


@pytest.fixture(scope="module")
def original():
    return build("sqlite://")


@pytest.mark.parametrize("fmt", ["json", "stix"])
def test_round_trip(original, fmt, tmp_path):
    path = tmp_path / f"export.{fmt}.json"
    export(original, fmt, path, Filters())
    assert sniff(path) == ("foothold" if fmt == "json" else "stix")
    fresh = connect(f"sqlite:///{tmp_path / 'fresh.db'}")
    results = import_file(fresh, path)
    assert [r.status for r in results] == ["ingested", "ingested"]
    before, after = model_of(original), model_of(fresh)
    assert after["relations"] == before["relations"]
    assert after["events"] == before["events"]
    assert after["actors"] == before["actors"]


def test_json_round_trip_restores_text_offsets_and_citations(original, tmp_path):
    path = tmp_path / "export.json"
    export(original, "json", path, Filters())
    fresh = connect(f"sqlite:///{tmp_path / 'fresh.db'}")
    import_file(fresh, path)
    with original.connect() as a, fresh.connect() as b:
        for table in (t.documents, t.mentions, t.citations):
            cols = [c for c in table.c if c.name not in ("id", "ingested_at", "actor_id", "outlet_actor_id")]
            assert sorted(map(tuple, a.execute(select(*cols)))) == sorted(map(tuple, b.execute(select(*cols))))


@pytest.mark.parametrize("fmt", ["json", "stix"])
def test_reimport_into_the_same_store_changes_nothing(fmt, tmp_path):
    store = build("sqlite://")
    before = model_of(store)
    path = tmp_path / "again.json"
    export(store, fmt, path, Filters())
    assert [r.status for r in import_file(store, path)] == ["unchanged", "unchanged"]
    assert model_of(store) == before


def test_stix_text_is_rebuilt_around_the_evidence(original, tmp_path):
    path = tmp_path / "b.json"
    export(original, "stix", path, Filters())
    for doc, extraction in read_import(path):
        for fact in [*extraction.relations, *extraction.events]:
            assert doc.text[fact.start:fact.end] == fact.evidence
        mentions = [m for a in extraction.actors for m in a.mentions]
        assert mentions and all(doc.text[m.start:m.end] == m.text for m in mentions)


def test_import_merges_with_stored_actors_by_alias(original, tmp_path):
    path = tmp_path / "two.json"
    export(original, "json", path, Filters(document="two.txt"))
    data = json.loads(path.read_text())
    for actor in data["actors"]:                     # another tool's ids, the same names
        actor["id"] = "other_" + actor["id"]
    for event in data["events"]:
        event["source"] = ["other_" + a for a in event["source"]]
        event["target"] = ["other_" + a for a in event["target"]]
        event["location"] = event["location"] and "other_" + event["location"]
    data["text"] += " "                              # a different document, from another file
    data["path"] = "/elsewhere/two.txt"
    path.write_text(json.dumps(data))
    store = build("sqlite://")
    [result] = import_file(store, path)
    assert result.status == "ingested" and result.actors_new == 0
    with store.connect() as conn:
        assert conn.execute(select(t.actors.c.id).where(t.actors.c.id.like("other_%"))).first() is None


def test_foreign_stix_bundle(tmp_path):
    bundle = {"type": "bundle", "id": "bundle--1", "objects": [
        {"type": "identity", "id": "identity--a", "name": "Hadi al-Amiri", "identity_class": "individual"},
        {"type": "threat-actor", "id": "threat-actor--b", "name": "Badr Organization", "aliases": ["Badr"]},
        {"type": "location", "id": "location--c", "name": "Baghdad", "latitude": 33.3, "longitude": 44.4},
        {"type": "relationship", "id": "relationship--d", "relationship_type": "leads",
         "source_ref": "identity--a", "target_ref": "threat-actor--b", "description": "Badr leader Hadi al-Amiri"},
        {"type": "relationship", "id": "relationship--e", "relationship_type": "located-at",
         "source_ref": "threat-actor--b", "target_ref": "location--c"},
    ]}
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(bundle))
    [(doc, extraction)] = read_import(path)
    assert {(a.name, a.type) for a in extraction.actors} == {("Hadi al-Amiri", "person"),
                                                            ("Badr Organization", "organization")}
    [rel] = extraction.relations
    assert (rel.predicate, doc.text[rel.start:rel.end]) == ("leads", "Badr leader Hadi al-Amiri")
    amiri = next(a for a in extraction.actors if a.name == "Hadi al-Amiri")
    assert [doc.text[m.start:m.end] for m in amiri.mentions] == ["Hadi al-Amiri"]
    badr = next(a for a in extraction.actors if a.type == "organization")
    assert [m.text for m in badr.mentions] == ["Badr"]          # the alias, as a whole word


def test_reports_without_facts_stay_distinct(tmp_path):
    bundle = {"type": "bundle", "id": "bundle--2", "objects": [
        {"type": "identity", "id": "identity--a", "name": "Hadi al-Amiri", "identity_class": "individual"},
        *({"type": "report", "id": f"report--{i}", "name": f"Weekly note {i}", "published": "2020-06-01T00:00:00Z",
           "object_refs": ["identity--a"]} for i in (1, 2))]}
    path = tmp_path / "reports.json"
    path.write_text(json.dumps(bundle))
    store = connect(f"sqlite:///{tmp_path / 's.db'}")
    assert [r.status for r in import_file(store, path)] == ["ingested", "ingested"]


def test_bad_files(tmp_path):
    path = tmp_path / "list.json"
    path.write_text("[1, 2]")
    assert sniff(path) is None
    with pytest.raises(ImportFormatError):
        read_import(path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"documents": [{"actors": [{"name": "x"}]}]}')
    with pytest.raises(ImportFormatError):
        read_import(broken)


def test_cli_ingest_imports_and_export_writes(original, store_url, tmp_path):
    from foothold.cli import app
    path = tmp_path / "bundle.json"
    export(original, "stix", path, Filters())
    db = store_url
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    assert "imported one.txt" in result.output
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--format", "csv", "--out", str(out), "--db", db, "--actor", "Kazimi"])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 1 + 3
    result = runner.invoke(app, ["export", "--format", "pdf", "--db", db])
    assert result.exit_code == 1 and "E502" in result.output


@pytest.mark.parametrize("fmt", ["json", "stix"])
def test_a_nul_character_is_refused_alike_on_every_backend(original, fmt, store_url, tmp_path):
    """SQLite would store U+0000 and PostgreSQL cannot: both refuse the file whole (E321), naming it."""
    from foothold.cli import app
    path = tmp_path / "export.json"
    export(original, fmt, path, Filters())
    path.write_text(path.read_text(encoding="utf-8").replace("Qods Force", "Qods\\u0000Force"), encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", store_url])
    assert result.exit_code == 1 and f"{path}: [E321]" in result.output and "NUL" in result.output
    with connect(store_url).connect() as conn:
        assert conn.execute(select(t.documents.c.id)).all() == []


def test_real_document_round_trip_through_stix(tmp_path, re3d_dir):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    from foothold.store import save_extraction
    original = connect(f"sqlite:///{tmp_path / 'real.db'}")
    doc = read_document(re3d_dir / "uk-government-25.txt")
    save_extraction(original, doc, run(doc))
    path = tmp_path / "real.stix.json"
    export(original, "stix", path, Filters())
    fresh = connect(f"sqlite:///{tmp_path / 'fresh.db'}")
    import_file(fresh, path)
    assert model_of(fresh) == model_of(original)
    assert model_of(original)["events"]


def test_ingest_reports_a_bad_import_file_and_goes_on(original, tmp_path, eval_dir):
    """A folder gives its documents and import files; a broken import is one "failed" line, the rest is stored."""
    from foothold.cli import app
    folder = tmp_path / "in"
    folder.mkdir()
    export(original, "stix", folder / "bundle.json", Filters(document="one.txt"))
    (folder / "broken.json").write_text('{"foothold": "0.1.0", "documents": [{"actors": [{"name": "x"}]}]}')
    (folder / "package.json").write_text('{"name": "not an export"}')            # not ours: left alone
    gold = next((eval_dir / "re3d-dev").glob("*.gold.json"))
    (folder / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")   # an annotation
    (folder / "note.txt").write_text("Iraqi Prime Minister Mustafa al-Kadhimi met Iranian officials in Tehran.")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed")]
    assert len(failed) == 1 and str(folder / "broken.json") in failed[0] and "[E110]" in failed[0]
    assert f"{folder / 'bundle.json'}: imported one.txt" in result.stdout
    assert "3 files: 2 ingested, 1 failed" in result.stdout
    with connect(db).connect() as conn:
        names = set(conn.execute(select(t.documents.c.name)).scalars())
    assert names == {"one.txt", "note.txt"}


def test_ingest_named_files_mix_imports_documents_and_failures(original, tmp_path):
    from foothold.cli import app
    bundle = tmp_path / "export.json"
    export(original, "json", bundle, Filters(document="two.txt"))
    not_json = tmp_path / "bad.json"
    not_json.write_text('{"type": "bundle", "objects": [')                    # cut short
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(app, ["ingest", str(not_json), str(bundle), "--db", db])
    assert result.exit_code == 1
    assert f"failed     {not_json}: [E110] cannot read JSON" in result.stderr
    assert "imported two.txt" in result.stdout and "2 files: 1 ingested, 1 failed" in result.stdout
