"""The Dask worker plugin that loads foothold's spaCy pipeline once per worker process.

Kept apart from ``extract.distributed`` so that importing the latter does not import Dask.
"""

from __future__ import annotations

from distributed import WorkerPlugin


class ModelPlugin(WorkerPlugin):
    """``load_nlp`` caches the pipeline per process: loaded here once, every task then reuses it."""
    idempotent = True
    name = "foothold-model"

    def setup(self, worker=None) -> None:
        from .nlp import load_nlp
        load_nlp()
