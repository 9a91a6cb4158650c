"""Shared fixtures: where the development documents live (../shared/eval, read-only)."""

import os
from pathlib import Path

import pytest

import stores

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL_DIR.is_dir():
        pytest.skip(f"development documents not found at {EVAL_DIR}")
    return EVAL_DIR


@pytest.fixture(scope="session")
def seed_path(eval_dir) -> Path:
    return eval_dir / "seed.txt"


@pytest.fixture(scope="session")
def re3d_dir(eval_dir) -> Path:
    return eval_dir / "re3d-dev"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return REPO / "samples"


# Tests see component failures as errors, not as document warnings.
os.environ.setdefault("FOOTHOLD_STRICT", "1")


@pytest.fixture(scope="session")
def pg():
    """The session's PostgreSQL databases (tests/pg_server.py); skips when PostgreSQL is off."""
    if "postgresql" not in stores.BACKENDS:
        pytest.skip("PostgreSQL is off (FOOTHOLD_TEST_PG=off, or initdb not installed)")
    return stores.databases()


@pytest.fixture(params=stores.BACKENDS)
def backend(request) -> str:
    """Each backend in turn: 'sqlite', and 'postgresql' when a server is at hand."""
    return request.param


@pytest.fixture
def store_url(backend, tmp_path) -> str:
    """A new, migrated, empty store on each backend."""
    return stores.new_url(backend, tmp_path)


def pytest_sessionfinish(session, exitstatus):
    stores.shutdown()
