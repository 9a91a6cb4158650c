"""Imported once by the process that forks the local Dask workers (multiprocessing's forkserver).

The pipeline is loaded there, before any worker exists: each worker forked from it starts with
foothold imported and the model in memory (shared copy-on-write), instead of every worker
importing and loading it again (about 4 s of CPU each, which short documents never amortise).
A failure here is left to the workers' ``ModelPlugin``, which reports it with its fix.
"""

import os

import distributed.worker  # noqa: F401  (what every worker imports, done once)

LOADED_IN: int | None = None       # the process that loaded the pipeline (workers see their parent's)

try:
    from .nlp import load_nlp
    load_nlp()
    LOADED_IN = os.getpid()
except Exception:       # noqa: BLE001 — reported by ModelPlugin in the worker, with the fix
    pass
