"""The CLI under interruption and bad serve options: one clear line, never a traceback."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from foothold.cli import app
from foothold.store import connect
from foothold.store import schema as t

SRC = str(Path(__file__).resolve().parents[1] / "src")
ENV = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""), "PYTHONUNBUFFERED": "1"}


def test_serve_rejects_an_impossible_port(tmp_path):
    connect(f"sqlite:///{tmp_path / 's.db'}").dispose()
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", "80000"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--port" in result.output and "65535" in result.output


def test_serve_on_a_busy_port_fails_before_the_banner(tmp_path):
    connect(f"sqlite:///{tmp_path / 's.db'}").dispose()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)])
    assert result.exit_code == 1
    assert "E601" in result.output and str(port) in result.output
    assert "workbench on" not in result.output and "Traceback" not in result.output


def test_ctrl_c_during_ingest_says_what_was_stored_and_what_was_not(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    # 120 short files: on a loaded machine the run must still be going when the third "ingested" line is read
    for i in range(120):
        (folder / f"r{i:02d}.txt").write_text(
            f"Note {i}\n\nIraqi officials met an Iranian delegation in Baghdad on {1 + i % 27} March 2020. "
            "Militias fired rockets at a base near Erbil the next day, officials said.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 's.db'}"
    # a test run started in the background of a non-interactive shell (`./test.sh &` in a script) inherits SIGINT
    # ignored, and a child that ignores it never sees the Ctrl+C: give the child the default disposition, as a
    # terminal's foreground process has
    proc = subprocess.Popen([sys.executable, "-m", "foothold", "ingest", str(folder), "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    lines = []
    deadline = time.time() + 300
    while time.time() < deadline:                 # wait until some files are stored, then Ctrl+C
        line = proc.stdout.readline()
        lines.append(line)
        if sum(x.startswith("ingested") for x in lines) >= 3:
            break
    proc.send_signal(signal.SIGINT)
    out, errors = proc.communicate(timeout=120)
    out = "".join(lines) + out
    assert proc.returncode == 130, out[-1500:] + errors[-1500:]
    assert "interrupted" in errors and "not ingested" in errors and "Traceback" not in errors
    stored = len({x.split()[1] for x in out.splitlines() if x.startswith("ingested")})
    with connect(db).connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.documents)).scalar_one() == stored, out + errors
    rerun = subprocess.run([sys.executable, "-m", "foothold", "ingest", str(folder), "--db", db],
                           capture_output=True, text=True, env=ENV, timeout=600)
    assert rerun.returncode == 0 and f"{stored} unchanged" in rerun.stdout
