"""Imported once by the process that forks the local Dask workers (multiprocessing's forkserver).

Everything a worker needs is done here, before any worker exists: the modules its tasks import,
the pipeline loaded, and one short extraction run so that every component has loaded its lexicons
and rules. Each worker forked from this process starts with all of it in memory (shared
copy-on-write), instead of every worker importing, loading and warming up again (about 4-5 s of
CPU each, which short documents never amortise). A failure here is left to the workers'
``ModelPlugin`` and tasks, which report it with its fix.
"""

import os
import tempfile
from pathlib import Path

import distributed.worker  # noqa: F401  (what every worker imports, done once)

LOADED_IN: int | None = None       # the process that loaded the pipeline (workers see their parent's)

WARM_UP = ("Warm-up note\n\nOn 3 March 2020 Iraqi officials met an Iranian delegation in Baghdad, "
           "the ministry said. Militias fired rockets at a base near Erbil the next day.\n")

try:
    from ..ingest import read_document
    from ..ingest import web  # noqa: F401
    from ..store import parallel  # noqa: F401     (the task functions and what they import)
    from . import batch  # noqa: F401
    from .nlp import load_nlp
    from .pipeline import run
    load_nlp()
    with tempfile.TemporaryDirectory(prefix="foothold-preload-") as folder:
        note = Path(folder) / "warm-up.txt"
        note.write_text(WARM_UP, encoding="utf-8")
        run(read_document(note))
    LOADED_IN = os.getpid()
except Exception:       # noqa: BLE001 — reported in the worker, with the fix
    pass
