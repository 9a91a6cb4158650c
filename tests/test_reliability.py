"""Reliability under hostile conditions: processes killed mid-ingest, concurrent writers.

Other hostile cases live beside the modules they test: memory bombs in test_ingest_limits.py,
API fuzzing (schemathesis, 0 server errors) in test_web_fuzz.py, Ctrl+C in test_cli_signals.py,
bad paths in test_store_batch_robust.py, read-only and missing stores in test_store_access.py.
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from foothold.store import connect
from foothold.store import schema as t

SENTENCES = ["Iraqi officials met an Iranian delegation in Baghdad on {d} March 2020.",
             "Militias fired rockets at a base near Erbil on {d} April 2020, officials said.",
             "Turkey and Iraq signed a water agreement in Ankara on {d} May 2020."]


def write_batch(folder: Path, tag: str, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"{tag}-{i:02d}.txt"
        path.write_text(f"Report {tag} {i}\n\n" + " ".join(s.format(d=1 + i % 27) for s in SENTENCES) + "\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def test_two_ingest_processes_into_one_fresh_store_both_complete(tmp_path):
    db = f"sqlite:///{tmp_path / 'shared.db'}"
    a = write_batch(tmp_path / "a", "a", 15)
    b = write_batch(tmp_path / "b", "b", 15)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", ""), "PYTHONUNBUFFERED": "1"}
    procs = [subprocess.Popen([sys.executable, "-m", "foothold", "ingest", str(folder), "--db", db],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for folder in (tmp_path / "a", tmp_path / "b")]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, out[-2000:] + err[-2000:]
        assert "locked" not in out + err and "schema" not in err
    engine = connect(db)
    with engine.connect() as conn:
        names = set(conn.execute(select(t.documents.c.name)).scalars())
        assert names == {p.name for p in a + b}
        assert conn.execute(select(func.count()).select_from(t.event_occurrences)).scalar_one() >= 30
        from test_store_totals import fresh, kept          # totals kept by 0015's triggers through both writers
        assert kept(conn) == fresh(conn)


def _state(db: str) -> dict:
    """What a store holds, independent of insertion order and row ids."""
    with connect(db).connect() as conn:
        return {
            "documents": sorted(conn.execute(select(t.documents.c.id)).scalars()),
            "mentions": sorted(conn.execute(select(t.mentions.c.document_id, t.mentions.c.start, t.mentions.c.end,
                                                   t.mentions.c.actor_id)).all()),
            "occurrences": sorted(conn.execute(select(t.event_occurrences.c.document_id, t.event_occurrences.c.start,
                                                      t.event_occurrences.c.type)).all()),
            "actors": sorted(conn.execute(select(t.actors.c.id)).scalars()),
        }


def test_kill_9_mid_ingest_leaves_a_consistent_store_and_a_rerun_equals_a_clean_run(tmp_path):
    folder = tmp_path / "docs"
    write_batch(folder, "k", 40)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", ""), "PYTHONUNBUFFERED": "1"}
    killed = f"sqlite:///{tmp_path / 'killed.db'}"
    proc = subprocess.Popen([sys.executable, "-m", "foothold", "ingest", str(folder), "--db", killed],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    done = 0
    for line in proc.stdout:                       # let a few documents land, then kill without warning
        done += line.startswith("ingested")
        if done >= 4:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    partial = _state(killed)                       # consistent: every stored document is whole
    assert 4 <= len(partial["documents"]) < 40
    stored = set(partial["documents"])
    assert {m[0] for m in partial["mentions"]} <= stored and {o[0] for o in partial["occurrences"]} <= stored
    for doc_id in stored:
        assert any(o[0] == doc_id for o in partial["occurrences"]), "a document without its events"
    rerun = subprocess.run([sys.executable, "-m", "foothold", "ingest", str(folder), "--db", killed],
                           capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    fresh = subprocess.run([sys.executable, "-m", "foothold", "ingest", str(folder), "--db", clean],
                           capture_output=True, text=True, env=env, timeout=600)
    assert fresh.returncode == 0
    assert _state(killed) == _state(clean)


def _full_state(db: str) -> dict:
    """_state plus who every event and relation is about: the resolved store, not only its rows."""
    state = _state(db)
    with connect(db).connect() as conn:
        state["event_actors"] = sorted(conn.execute(select(t.event_actors.c.event_id, t.event_actors.c.actor_id,
                                                           t.event_actors.c.role)).all())
        state["aliases"] = sorted(conn.execute(select(t.aliases.c.actor_id, t.aliases.c.alias)).all())
        state["relations"] = sorted(conn.execute(select(t.relations.c.subject_id, t.relations.c.predicate,
                                                        t.relations.c.object_id, t.relations.c.start)).all())
    return state


def test_two_ingest_processes_into_one_postgresql_database_equal_a_serial_run(pg, tmp_path):
    """Overlapping batches at once into one new PostgreSQL database (the issue: a pk_actors unique
    violation): both finish, and the store is the one a single serial run makes."""
    a = write_batch(tmp_path / "a", "a", 8)
    shared = write_batch(tmp_path / "shared", "s", 8)
    b = write_batch(tmp_path / "b", "b", 8)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", ""), "PYTHONUNBUFFERED": "1"}
    together = pg.fresh(migrated=False)           # both processes also race to create the schema
    batches = [[*map(str, shared), *map(str, a)], [*map(str, shared), *map(str, b)]]
    procs = [subprocess.Popen([sys.executable, "-m", "foothold", "ingest", *paths, "--db", together],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for paths in batches]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, out[-2000:] + err[-2000:]
    outcomes = "".join(out for out, _ in results)
    assert outcomes.count("ingested ") + outcomes.count("unchanged ") == 32     # each shared file: once stored, once unchanged
    serial = pg.fresh(migrated=False)
    run = subprocess.run([sys.executable, "-m", "foothold", "ingest", *map(str, shared + a + b), "--db", serial],
                         capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    state = _full_state(together)
    assert len(state["documents"]) == 24 and state["actors"]
    assert state == _full_state(serial)
    # The totals kept by triggers (migration 0015) through two concurrent writers: equal to a fresh count.
    from test_store_totals import fresh, kept
    with connect(together).connect() as conn:
        assert kept(conn) == fresh(conn) and kept(conn)[0]["documents"] == 24
