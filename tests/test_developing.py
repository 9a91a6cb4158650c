"""DEVELOPING.md names every extraction module, so that a reader of the guide finds each one (a module added
without a word in the guide fails here)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = ROOT / "src" / "foothold" / "extract"


@pytest.mark.parametrize("component", ["events", "relations", "actors"])
def test_every_extraction_module_is_named_in_the_guide(component):
    guide = (ROOT / "DEVELOPING.md").read_text(encoding="utf-8")
    modules = sorted(p.name for p in (EXTRACT / component).glob("*.py") if p.name != "__init__.py")
    assert modules
    unnamed = [m for m in modules if m not in guide]
    assert not unnamed, f"DEVELOPING.md names no {component}/ module {unnamed}: add a line saying what each reads"
