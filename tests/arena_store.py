"""One store with the seed report and the bundled samples, built once per test run for the
influence-picture tests (test_channels, test_proxies, test_arena); tests that change it copy it."""

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

import pytest

from foothold.store import connect
from foothold.store.batch import ingest_file

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "eval" / "seed.txt"


@functools.lru_cache(maxsize=1)
def _build() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="foothold-arena-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "store.db"
    engine = connect(f"sqlite:///{path}")
    for doc in [SEED, *sorted(p for p in (REPO / "samples").glob("*") if p.is_file())]:
        outcome = ingest_file(engine, doc)
        assert outcome.status == "ingested", outcome.line()
    engine.dispose()
    return path


def seed_store() -> str:
    """URL of the shared store (read it, do not change it); skips without ../shared."""
    if not SEED.is_file():
        pytest.skip(f"development documents not found at {SEED.parent}")
    return f"sqlite:///{_build()}"


def seed_store_copy(tmp_path: Path) -> str:
    """A private copy of the shared store, free to change."""
    seed_store()
    target = tmp_path / "store.db"
    shutil.copy(_build(), target)
    return f"sqlite:///{target}"
