"""Distributed ingest and batch extraction on Dask (extract.distributed, store.parallel, extract.batch).

One local Dask cluster (2 worker processes) serves the module through --scheduler; the
CLI's own local cluster (--workers 2) is started once, in the interruption test.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import cloudpickle
import dask
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from foothold.cli import app
from foothold.errors import BadClusterOptionError, SchedulerError
from foothold.extract.batch import extract_json, extract_paths, output_names
from foothold.extract.distributed import Lost, ordered, workers_for
from foothold.store import connect
from foothold.store import schema as t
from foothold.store.batch import ingest_paths
from foothold.store.parallel import Stored, extract_item

SRC = str(Path(__file__).resolve().parents[1] / "src")
ENV = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""), "PYTHONUNBUFFERED": "1"}
TABLES = (t.documents, t.document_extractors, t.actors, t.aliases, t.mentions, t.citations, t.relations,
          t.events, t.event_actors, t.event_citations, t.event_occurrences, t.occurrence_actors,
          t.occurrence_citations)


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


@pytest.fixture(scope="module")
def corpus(eval_dir, tmp_path_factory) -> Path:
    """Five real news reports and, between them, a binary file that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    for src in sorted((eval_dir / "news-dev").glob("*.txt"))[:5]:
        (folder / src.name).write_bytes(src.read_bytes())
    (folder / "03a-broken.txt").write_bytes(b"\x00\x01binary, not a report")
    return folder


def rows(db: str) -> dict[str, list]:
    """Every row of every extraction table, sorted (ingestion time aside)."""
    engine = connect(db)
    with engine.connect() as conn:
        data = {}
        for table in TABLES:
            cols = [c for c in table.c if c.name != "ingested_at"]
            data[table.name] = sorted((tuple(repr(v) for v in r) for r in conn.execute(select(*cols))))
    engine.dispose()
    return data


def statuses(report) -> list[tuple[str, str]]:
    return [(Path(o.path).name, o.status) for o in report.outcomes]


@pytest.fixture(scope="module")
def serial_store(corpus, tmp_path_factory) -> tuple[str, object]:
    db = f"sqlite:///{tmp_path_factory.mktemp('serial') / 's.db'}"
    return db, ingest_paths(connect(db), [corpus])


def test_distributed_store_equals_the_serial_one(corpus, serial_store, scheduler, tmp_path):
    serial_db, serial_report = serial_store
    db = f"sqlite:///{tmp_path / 'p.db'}"
    report = ingest_paths(connect(db), [corpus], scheduler=scheduler)
    assert statuses(report) == statuses(serial_report)
    assert [s for _, s in statuses(report)].count("ingested") == 5
    broken = next(o for o in report.outcomes if o.status == "failed")
    assert broken.path.endswith("03a-broken.txt") and "[E104]" in broken.reason   # the rest went on
    expected, got = rows(serial_db), rows(db)
    assert got["actors"] and got["events"] and got["mentions"] and got["relations"]
    for table in expected:
        assert got[table] == expected[table], table


def test_an_interrupted_run_resumes_without_extracting_stored_documents(corpus, serial_store, scheduler, tmp_path):
    db = f"sqlite:///{tmp_path / 'r.db'}"
    first = sorted(corpus.glob("0[12]-*.txt"))
    done = ingest_paths(connect(db), first)            # what an interrupted run had stored
    assert [o.status for o in done.outcomes] == ["ingested", "ingested"]
    report = ingest_paths(connect(db), [corpus], scheduler=scheduler)
    by_name = dict(statuses(report))
    assert [by_name[f.name] for f in first] == ["unchanged", "unchanged"]
    assert list(by_name.values()).count("ingested") == 3
    assert rows(db) == rows(serial_store[0])
    # the worker's task skips stored content right after reading, before the pipeline runs
    stored_id = report.outcomes[0].result.document_id
    skipped = extract_item((str(first[0]), False, None), frozenset({stored_id}))
    assert isinstance(skipped, Stored) and skipped.document_id == stored_id


def test_extract_out_writes_one_json_per_file_like_extract_json(corpus, scheduler, tmp_path):
    files = [corpus / "03a-broken.txt", *sorted(corpus.glob("0[12]-*.txt"))]
    report = extract_paths(files, tmp_path / "out", scheduler=scheduler)
    assert [o.status for o in report.outcomes] == ["failed", "extracted", "extracted"]
    assert "[E104]" in report.outcomes[0].reason
    for f in files[1:]:
        written = (tmp_path / "out" / f"{f.name}.json").read_text(encoding="utf-8")
        assert written == extract_json((str(f), None, None))[0]      # same as one file in this process
        data = json.loads(written)
        assert data["actors"] and data["document"] == f.name


def test_extract_cli_serial_batch_and_its_errors(corpus, tmp_path):
    one = sorted(corpus.glob("01-*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(one), str(corpus / "03a-broken.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert f"{one.name}.json" in result.output and "[E104]" in result.output and "2 files: 1 extracted, 1 failed" in result.output
    assert json.loads((tmp_path / "o" / f"{one.name}.json").read_text())["actors"]
    result = CliRunner().invoke(app, ["extract", str(corpus)])
    assert result.exit_code == 1 and "--out DIR" in result.output
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(app, ["extract", str(one), "--out", str(tmp_path / "file" / "sub")])
    assert result.exit_code == 1 and "[E154]" in result.output


def test_output_names_are_distinct_in_input_order():
    assert output_names([Path("a/r.txt"), Path("b/r.txt"), Path("r.html"), Path("c/r.txt")]) == \
        ["r.txt.json", "r.txt-2.json", "r.html.json", "r.txt-3.json"]


def test_an_unreachable_scheduler_fails_fast_with_the_fix(tmp_path, monkeypatch, corpus):
    with socket.socket() as s:                  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("FOOTHOLD_SCHEDULER_TIMEOUT", "1")
    start = time.monotonic()
    with pytest.raises(SchedulerError) as err:
        ingest_paths(connect(f"sqlite:///{tmp_path / 's.db'}"), [corpus], scheduler=f"tcp://127.0.0.1:{port}")
    assert time.monotonic() - start < 10
    assert err.value.code == "E150" and f"127.0.0.1:{port}" in err.value.line() and "dask scheduler" in err.value.fix
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "c.db"),
                                      "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 1 and "[E150]" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("workers, scheduler", [(0, None), (2, "not an address")])
def test_meaningless_cluster_options_are_refused(workers, scheduler):
    with pytest.raises(BadClusterOptionError) as err:
        with workers_for(workers, scheduler):
            pass
    assert err.value.code == "E152"


def _dies_on_two(n):
    if n == 2:
        time.sleep(0.5)
        os._exit(1)         # the worker process dies mid-task
    return n * 10


def test_a_task_whose_worker_dies_is_reported_and_the_rest_go_on(scheduler):
    from distributed import Client
    cloudpickle.register_pickle_by_value(sys.modules[__name__])    # workers cannot import the tests
    try:
        with Client(scheduler, set_as_default=False) as client:
            # the fatal item last: no other task waits behind it on the worker that dies (with
            # allowed-failures 0 such a task would be lost too; the CLI allows 2 retries)
            results = dict(zip([0, 1, 3, 4, 2], (r for _, r in ordered(client, _dies_on_two, [0, 1, 3, 4, 2]))))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert [results[i] for i in (0, 1, 3, 4)] == [0, 10, 30, 40]
    assert isinstance(results[2], Lost) and "KilledWorker" in results[2].reason


def test_ctrl_c_with_local_workers_then_the_same_command_finishes(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(30):
        (folder / f"r{i:02d}.txt").write_text(
            f"Note {i}\n\nIraqi officials met an Iranian delegation in Baghdad on {1 + i % 27} March 2020. "
            "Militias fired rockets at a base near Erbil the next day, officials said.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 's.db'}"
    command = [sys.executable, "-m", "foothold", "ingest", str(folder), "--db", db, "--workers", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            start_new_session=True)
    lines, deadline = [], time.time() + 300
    while time.time() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if sum(x.startswith("ingested") for x in lines) >= 3 or not line:
            break
    os.killpg(proc.pid, signal.SIGINT)          # Ctrl+C reaches the whole process group, as in a terminal
    out, errors = proc.communicate(timeout=120)
    # Distinct files: on a pipe, Rich may flush the last printed line again as the interrupted progress display stops.
    stored = len({x.split()[1] for x in lines + out.splitlines() if x.startswith("ingested ")})
    assert proc.returncode == 130, errors
    assert "not ingested" in errors and "Traceback" not in errors
    assert 3 <= stored < 30
    again = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=600)
    assert again.returncode == 0, again.stderr
    outcomes = [line.split()[0] for line in again.stdout.splitlines() if line.startswith(("unchanged ", "ingested "))]
    assert outcomes.count("unchanged") == stored and outcomes.count("ingested") == 30 - stored
    with connect(db).connect() as conn:
        assert len(conn.execute(select(t.documents.c.id)).all()) == 30


def _pipeline_origin() -> tuple[int, int | None, bool]:
    from foothold.extract import preload
    from foothold.extract.nlp import load_nlp
    return os.getpid(), preload.LOADED_IN, load_nlp.cache_info().currsize == 1


def test_local_workers_start_with_the_pipeline_their_forkserver_loaded(corpus):
    with workers_for(2) as client:
        origins = client.run(_pipeline_origin)
        found = dict(ordered(client, extract_item, [(str(p), False, None) for p in sorted(corpus.glob("0*.txt"))[:2]],
                             args=(frozenset(),)))
    assert len(origins) == 2
    for pid, loaded_in, cached in origins.values():
        assert loaded_in is not None and loaded_in != pid and cached     # loaded once, before the worker existed
    assert {loaded_in for _, loaded_in, _ in origins.values()} != {os.getpid()}    # not in this process either
    assert all(result.extraction.events for result in found.values())
    import psutil
    left = [c for c in psutil.Process().children(recursive=True)
            if "multiprocessing.forkserver" in " ".join(c.cmdline())]
    assert not left          # the forkserver stopped with the cluster


def test_only_the_cancel_before_start_traceback_is_dropped_from_the_event_loop_log():
    """distributed's sync() cancel callback raises NameError when Ctrl+C comes before its future exists;
    tornado logs it (seen in CI under load). That record is dropped; other loop errors still show until
    an interrupt stops the run (then every loop traceback is dropped: seen in a fresh clone's run)."""
    import logging
    from foothold.extract import distributed as d
    d._quiet_logs()
    log = logging.getLogger("tornado.application")

    def record(exc):
        try:
            raise exc
        except Exception:
            return log.makeRecord(log.name, logging.ERROR, __file__, 1, "Exception in callback %r", ("cancel",),
                                  sys.exc_info())
    assert not log.filter(record(NameError("cannot access free variable 'future' where it is not associated")))
    assert log.filter(record(NameError("name 'x' is not defined")))
    assert log.filter(record(RuntimeError("a worker failed")))
    # Once Ctrl+C stopped the run, the loop's tracebacks (tasks and futures cut short) are noise too.
    d._INTERRUPTED.set()
    try:
        assert not log.filter(record(RuntimeError("a worker failed")))
        assert not logging.getLogger("asyncio").filter(record(KeyError("a future dropped")))
    finally:
        d._INTERRUPTED.clear()
    assert log.filter(record(RuntimeError("a worker failed")))


def test_errors_of_objects_collected_after_ctrl_c_are_dropped_but_shown_before(capsys):
    from foothold.extract import distributed as d

    class CutShort:
        def __del__(self):
            raise AttributeError("'Future' object has no attribute '_cleared'")

    previous = sys.unraisablehook
    sys.unraisablehook = d._unraisable_after_interrupt
    try:
        d._INTERRUPTED.clear()
        CutShort()
        assert "_cleared" in capsys.readouterr().err      # before an interrupt, errors still show
        d._INTERRUPTED.set()
        CutShort()
        assert "_cleared" not in capsys.readouterr().err
    finally:
        d._INTERRUPTED.clear()
        sys.unraisablehook = previous
