"""Batches that meet hostile file systems: each bad path is one line, the rest of the batch goes on."""

import os
import threading

import pytest
from sqlalchemy import select

from foothold.store import connect
from foothold.store import schema as t
from foothold.store.batch import ingest_paths

TEXT = "Iraqi officials met an Iranian delegation in Baghdad on {d} March 2020.\n"


@pytest.fixture
def engine(store_url):
    return connect(store_url)


def stored(engine):
    with engine.connect() as conn:
        return sorted(conn.execute(select(t.documents.c.name, t.documents.c.path)).all())


def test_same_relative_path_in_two_folders_is_two_documents(tmp_path, engine, monkeypatch):
    for folder, day in (("a", 3), ("b", 4)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(TEXT.format(d=day), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "a")
    assert ingest_paths(engine, ["report.txt"]).outcomes[0].status == "ingested"
    monkeypatch.chdir(tmp_path / "b")
    assert ingest_paths(engine, ["report.txt"]).outcomes[0].status == "ingested"     # not an "update" of a/
    rows = stored(engine)
    assert len(rows) == 2 and {p for _, p in rows} == {str(tmp_path / "a" / "report.txt"), str(tmp_path / "b" / "report.txt")}


def test_one_file_by_relative_and_absolute_path_is_one_document(tmp_path, engine, monkeypatch):
    path = tmp_path / "report.txt"
    path.write_text(TEXT.format(d=3), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ingest_paths(engine, ["report.txt"])
    path.write_text(TEXT.format(d=5), encoding="utf-8")                             # edited in between
    assert ingest_paths(engine, [str(path)]).outcomes[0].status == "updated"
    assert len(stored(engine)) == 1
    with engine.connect() as conn:
        assert conn.execute(select(t.event_occurrences.c.date)).scalars().all() == ["2020-03-05"]


def test_bad_paths_are_one_line_each_and_the_batch_goes_on(tmp_path, engine):
    good = tmp_path / "good.txt"
    good.write_text(TEXT.format(d=3), encoding="utf-8")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)                                   # a symbolic link to itself
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "inner.txt").write_text(TEXT.format(d=4), encoding="utf-8")
    (folder / "cycle").symlink_to(folder)                   # a folder loop inside a folder
    done = threading.Event()
    result = {}

    def run():
        result["report"] = ingest_paths(engine, [loop, fifo, good, folder])
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(120), "a FIFO named on the command line hung the batch"
    report = result["report"]
    by_path = {o.path: o for o in report.outcomes}
    assert by_path[str(loop)].status == "failed" and "loop" in by_path[str(loop)].reason
    assert by_path[str(fifo)].status == "failed" and "not a regular file" in by_path[str(fifo)].reason
    assert by_path[str(good)].status == "ingested"
    assert by_path[str(folder / "sub" / "inner.txt")].status == "ingested"
    assert all("E107" in o.reason for o in report.failed)
    assert len(report.outcomes) == 4


def test_utf16_without_bom_is_read_and_the_fallback_is_reported(tmp_path, engine):
    path = tmp_path / "wide.txt"
    path.write_bytes(TEXT.format(d=3).encode("utf-16-le"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a rencontré la délégation iranienne à Bagdad.\n".encode("cp1252"))
    report = ingest_paths(engine, [path, latin])
    lines = {o.path: o.line() for o in report.outcomes}
    assert report.outcomes[0].status == "ingested" and "UTF-16 without a byte-order mark" in lines[str(path)]
    assert "warning:" in lines[str(latin)] and "cp1252" in lines[str(latin)]


def test_an_unreadable_subfolder_is_reported_not_skipped_silently(tmp_path, engine, monkeypatch):
    """A folder the user may not read (simulated: root reads every folder, so chmod cannot test it)."""
    folder = tmp_path / "folder"
    (folder / "locked").mkdir(parents=True)
    (folder / "ok.txt").write_text(TEXT.format(d=3), encoding="utf-8")
    (folder / "locked" / "hidden.txt").write_text(TEXT.format(d=4), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)          # what os.walk calls for each folder
    report = ingest_paths(engine, [folder])
    assert [o.status for o in report.outcomes].count("ingested") == 1
    [failed] = report.failed
    assert failed.path.endswith("locked") and "cannot be read" in failed.reason and "Permission denied" in failed.reason


@pytest.mark.parametrize("before", [False, True])
def test_ctrl_c_after_a_commit_before_its_line_reports_the_file_as_stored(tmp_path, engine, monkeypatch, before):
    """The interrupt can land between a document's commit and its outcome: the store decides."""
    from foothold.store import batch
    for day in (3, 4, 5):
        (tmp_path / f"r{day}.txt").write_text(TEXT.format(d=day), encoding="utf-8")
    if before:          # stored by an earlier run: this run's interrupted file was "unchanged"
        ingest_paths(engine, [tmp_path / "r4.txt"])
    real = batch.ingest_read
    calls = []

    def commit_then_interrupt(engine, label, read, **kw):
        calls.append(label)
        outcome = real(engine, label, read, **kw)
        if len(calls) == 2:
            raise KeyboardInterrupt        # after r4's transaction, before its outcome is noted
        return outcome

    monkeypatch.setattr(batch, "ingest_read", commit_then_interrupt)
    report = ingest_paths(engine, [tmp_path])
    assert [(o.path.rsplit("/", 1)[-1], o.status) for o in report.outcomes] == \
        [("r3.txt", "ingested"), ("r4.txt", "unchanged" if before else "ingested")]
    assert [p.rsplit("/", 1)[-1] for p in report.not_done] == ["r5.txt"]
    assert len(stored(engine)) == 2
