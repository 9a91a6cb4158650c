"""Every PLOVER mode foothold's extraction can emit is declared among its type's modes (plover.yaml `types`), so that
an analyst reviewing an event may keep the mode the extractor gave it (store/review.py refuses an undeclared mode)."""

import re
from pathlib import Path

from foothold.extract.events.lexicon import load_lexicon

SRC = Path(__file__).resolve().parent.parent / "src" / "foothold"
DATA_MODE = re.compile(r"type:\s*([A-Z]+)\s*,\s*mode:\s*([\w\- ]+?)\s*[,}]")
CODE_MODE = re.compile(r'"([A-Z]{4,9})",\s*"([a-z][\w\- ]*)"')


def emitted_modes():
    """(type, mode, file) for every type-and-mode pair written in a data file or as a literal pair in the extractor."""
    for path in sorted((SRC / "data").glob("*.yaml")):
        for m in DATA_MODE.finditer(path.read_text(encoding="utf-8")):
            yield m.group(1), m.group(2), path.name
    for path in sorted((SRC / "extract").rglob("*.py")):
        for m in CODE_MODE.finditer(path.read_text(encoding="utf-8")):
            yield m.group(1), m.group(2), path.name


def test_every_emitted_mode_is_declared_for_its_type():
    declared = load_lexicon().modes
    pairs = [(t, m, f) for t, m, f in emitted_modes() if t in declared]
    assert len(pairs) > 100      # the scan reads the lexicons at all
    undeclared = sorted({(t, m, f) for t, m, f in pairs if m not in declared[t]})
    assert not undeclared, f"modes used but not declared in plover.yaml types: {undeclared}"


def test_the_scan_sees_a_mode_in_code():
    assert CODE_MODE.search('etype, mode = "ASSAULT", "crowd-control"').groups() == ("ASSAULT", "crowd-control")
