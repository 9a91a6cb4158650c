"""Stores that must not be written: reading never writes; a read-only store refuses an ingest before extracting."""

import time

from typer.testing import CliRunner

from foothold.cli import app
from foothold.store import connect
from foothold.store.batch import ingest_file

TEXT = "Iraqi officials met an Iranian delegation in Baghdad on 3 March 2020.\n"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def read_only_store(tmp_path):
    path = tmp_path / "store.db"
    doc = tmp_path / "meeting.txt"
    doc.write_text(TEXT, encoding="utf-8")
    engine = connect(f"sqlite:///{path}")
    assert ingest_file(engine, doc).status == "ingested"
    engine.dispose()
    return path, f"sqlite:///file:{path}?mode=ro&uri=true"


def test_a_read_only_store_can_be_read(tmp_path):
    path, url = read_only_store(tmp_path)
    before = path.stat().st_mtime_ns
    result = run("summary", "--db", url, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"documents": 1' in result.output
    assert run("actors", "--db", url).exit_code == 0
    assert path.stat().st_mtime_ns == before


def test_ingest_into_a_read_only_store_fails_before_extracting(tmp_path):
    _, url = read_only_store(tmp_path)
    folder = tmp_path / "more"
    folder.mkdir()
    for i in range(5):
        (folder / f"n{i}.txt").write_text(TEXT.replace("3 March", f"{i + 4} March"), encoding="utf-8")
    started = time.perf_counter()
    result = run("ingest", folder, "--db", url)
    assert result.exit_code == 1
    assert "E311" in result.output and "cannot be written" in result.output
    assert "n0.txt" not in result.output                       # no file was extracted
    assert len(result.output.strip().splitlines()) == 1
    assert time.perf_counter() - started < 5
