"""Two writers on one SQLite store: both finish, nothing lost (a deferred BEGIN used to fail one at once)."""

import os
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
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
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
