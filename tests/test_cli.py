"""The command line on real documents: ingest, query, correct identity, extract, eval."""

import json

import pytest
from typer.testing import CliRunner

from foothold.cli import app
from foothold.store import writer

import stores

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def as_json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module", params=stores.BACKENDS)
def store(request, tmp_path_factory, seed_path):
    """The seed report ingested once for the module on each backend (extraction takes seconds)."""
    db = stores.new_url(request.param, tmp_path_factory.mktemp('cli'), "f.db")
    result = run("ingest", seed_path, "--db", db)
    assert result.exit_code == 0, result.output
    assert "ingested" in result.output and "seed.txt" in result.output
    return db


def test_help_documents_every_command():
    result = run("--help")
    for command in ("ingest", "extract", "actors", "actor", "sources", "documents", "summary",
                    "merge", "split", "eval"):
        assert command in result.output
    assert "--db" in run("actors", "--help").output


def test_reingest_is_reported_unchanged(store, seed_path):
    result = run("ingest", seed_path, "--db", store)
    assert result.exit_code == 0
    assert "unchanged" in result.output and "1 unchanged" in result.output
    assert len(as_json(run("documents", "--db", store, "--format", "json"))) == 1


def test_documents_and_summary(store):
    docs = as_json(run("documents", "--db", store, "--format", "json"))
    seed = next(d for d in docs if d["name"] == "seed.txt")
    assert seed["actors"] > 20 and seed["citations"] > 20
    summary = as_json(run("summary", "--db", store, "--format", "json"))
    assert summary["counts"]["documents"] >= 1
    assert summary["actors_by_type"].get("person", 0) > 5
    assert summary["citations_by_outlet"][0]["citations"] >= summary["citations_by_outlet"][-1]["citations"]
    table = run("summary", "--db", store)
    assert table.exit_code == 0 and "Top 10 actors" in table.output


def test_actors_filter_and_profile(store):
    people = as_json(run("actors", "--type", "person", "--top", "5", "--db", store, "--format", "json"))
    assert 0 < len(people) <= 5 and {p["type"] for p in people} == {"person"}
    assert people == sorted(people, key=lambda p: -p["mentions"])
    profile = as_json(run("actor", people[0]["id"], "--db", store, "--format", "json"))
    assert profile["mentions"] == people[0]["mentions"]
    assert profile["documents"][0]["name"] == "seed.txt"
    assert profile["sentences"] and all(s["sentence"] for s in profile["sentences"])


def test_actor_found_by_transliteration_variant(store):
    # The seed writes al-Kazimi; a user may type the other common spelling.
    profile = as_json(run("actor", "Kadhimi", "--db", store, "--format", "json"))
    assert profile["type"] == "person"
    assert "al-Kazimi" in {a["alias"] for a in profile["aliases"]}


def test_sources_lists_cited_outlets(store):
    outlets = as_json(run("sources", "--db", store, "--format", "json"))
    names = {o["outlet"] for o in outlets}
    assert {"IRNA", "Tasnim"} <= names
    assert all(o["first_date"] <= o["last_date"] for o in outlets if o["first_date"])


def test_unknown_actor_prints_one_error_line(store):
    result = runner.invoke(app, ["actor", "Nobody Atall", "--db", store])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("[E302]") and len(result.stderr.strip().splitlines()) == 1


def test_failed_file_among_good_ones(store_url, tmp_path, re3d_dir, monkeypatch):
    """A file failing mid-write leaves nothing of itself; the others are stored; exit code 1."""
    db = store_url
    good, bad = re3d_dir / "centcom-04.txt", re3d_dir / "centcom-06.txt"
    real = writer._insert_mentions

    def fail_for_bad(conn, document, *args):
        if document.name == bad.name:
            raise RuntimeError("simulated failure mid-write")
        return real(conn, document, *args)
    monkeypatch.setattr(writer, "_insert_mentions", fail_for_bad)
    result = runner.invoke(app, ["ingest", str(good), str(bad), str(tmp_path / "missing.txt"), "--db", db])
    assert result.exit_code == 1
    assert f"failed     {bad}" in result.stderr and "simulated failure" in result.stderr
    assert "[E102]" in result.stderr                       # the missing file, named with its reason
    assert "1 ingested" in result.stdout and "2 failed" in result.stdout
    docs = as_json(run("documents", "--db", db, "--format", "json"))
    assert [d["name"] for d in docs] == [good.name]


def test_folder_ingest_and_bad_date(store_url, tmp_path, re3d_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("australian-department-of-foreign-affairs-03.txt", "australian-department-of-foreign-affairs-04.txt"):
        (folder / name).write_text((re3d_dir / name).read_text(encoding="utf-8"), encoding="utf-8")
    db = store_url
    result = run("ingest", folder, "--db", db, "--date", "2017-03")
    assert result.exit_code == 0 and "2 ingested" in result.output
    assert {d["date"] for d in as_json(run("documents", "--db", db, "--format", "json"))} == {"2017-03"}
    bad = runner.invoke(app, ["ingest", str(folder), "--db", db, "--date", "March 2017"])
    assert bad.exit_code == 1 and "not an ISO date" in bad.stderr


def test_merge_and_split_commands(store_url, re3d_dir):
    db = store_url
    doc = re3d_dir / "australian-department-of-foreign-affairs-03.txt"
    assert run("ingest", doc, "--db", db).exit_code == 0
    actors = as_json(run("actors", "--db", db, "--format", "json"))
    assert len(actors) >= 2
    a, b = actors[0], actors[1]
    merged = run("merge", a["id"], b["id"], "--db", db)
    assert merged.exit_code == 0 and f"merged {a['id']} into {b['id']}" in merged.output
    profile = as_json(run("actor", b["id"], "--db", db, "--format", "json"))
    assert profile["mentions"] == a["mentions"] + b["mentions"]
    alias = next(x["alias"] for x in profile["aliases"] if "manual merge" in " ".join(x["reasons"]))
    split = run("split", b["id"], alias, "--db", db)
    assert split.exit_code == 0 and "into new actor" in split.output
    log = as_json(run("merges", "--db", db, "--format", "json"))
    assert [m["kind"] for m in log] == ["merge", "split"]


def test_extract_prints_format_json(re3d_dir):
    doc = re3d_dir / "centcom-04.txt"
    out = as_json(run("extract", doc, "--format", "json"))
    assert out["document"] == doc.name
    assert {"actors", "relations", "citations", "events"} <= set(out)
    text = doc.read_text(encoding="utf-8")
    for actor in out["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_eval_scores_a_gold_file(re3d_dir):
    report = as_json(run("eval", re3d_dir / "centcom-04.gold.json", "--format", "json"))
    assert report["documents"] == 1
    actors = report["categories"]["actors"]
    assert actors["tp"] + actors["fn"] > 0 and 0 <= actors["f1"] <= 1


def test_eval_lists_errors_with_their_sentences(eval_dir, tmp_path):
    """A user tuning on their own gold sees each missed/spurious item and the sentence it sits in."""
    text = "Iran condemned the attack on its embassy. Tehran hosted talks with Iraq on Monday."
    (tmp_path / "mine.txt").write_text(text, encoding="utf-8")
    gold = {"document": "mine.txt",
            "actors": [{"id": "iran", "name": "Iran", "type": "country", "aliases": ["Tehran"]},
                       {"id": "iraq", "name": "Iraq", "type": "country"},
                       {"id": "atlantis", "name": "Atlantis", "type": "country"}],
            "relations": [{"subject": "iran", "predicate": "opposes", "object": "atlantis",
                           "evidence": "Iran condemned the attack"}],
            "events": []}
    (tmp_path / "mine.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path / "mine.gold.json"), "--errors", "actors,relations"])
    assert result.exit_code == 0, result.output
    assert "actors missed: Atlantis (country)" in result.stdout
    assert "relations missed: Iran opposes Atlantis" in result.stdout
    assert "Iran condemned the attack on its embassy." in result.stdout
    report = as_json(run("eval", tmp_path / "mine.gold.json", "--format", "json"))
    assert {"category": "actors", "kind": "missed", "item": "Atlantis (country)", "document": "mine.txt"} in report["errors"]


def test_eval_missing_gold_is_an_error(tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path / "nope.gold.json")])
    assert result.exit_code == 1 and "[E102]" in result.stderr


def test_actors_merge_across_real_documents(store, samples_dir):
    """The samples spell the seed's al-Kazimi 'Kadhimi' and its Qa'ani 'Qaani': one actor each."""
    if not samples_dir.is_dir():
        pytest.skip("samples/ not present")
    result = run("ingest", samples_dir, "--db", store)
    assert result.exit_code == 0, result.output
    for name in ("Kadhimi", "Qaani"):
        profile = as_json(run("actor", name, "--db", store, "--format", "json"))
        documents = {d["name"] for d in profile["documents"]}
        assert "seed.txt" in documents and len(documents) >= 2, (name, documents)
        assert any(why in r for why in ("transliteration", "surname", "same normalised", "dictionary entry")
                   for a in profile["aliases"] for r in a["reasons"])
    summary = as_json(run("summary", "--db", store, "--format", "json"))
    assert summary["actors_in_several_documents"] >= 5


def test_empty_store_summary(store_url):
    from foothold.store import connect
    connect(store_url).dispose()        # created, nothing ingested yet
    summary = as_json(run("summary", "--db", store_url, "--format", "json"))
    assert summary["counts"]["documents"] == 0 and summary["top_actors"] == []
    assert run("summary", "--db", store_url).exit_code == 0


@pytest.mark.parametrize("command", [["summary"], ["documents"], ["actors"], ["actor", "Iran"], ["sources"],
                                     ["merges"], ["export", "--format", "json"], ["merge", "Iran", "Iraq"]])
def test_a_mistyped_store_is_an_error_not_a_new_store(tmp_path, command):
    missing = tmp_path / "typo.db"
    result = run(*command, "--db", missing)
    assert result.exit_code == 1
    assert "E310" in result.output and str(missing) in result.output
    assert not missing.exists()


def test_python_dash_m_runs_the_cli():
    import subprocess, sys
    result = subprocess.run([sys.executable, "-m", "foothold", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("foothold ")
