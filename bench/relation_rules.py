"""Which rule of the relations component added each relation (for bench/spurious.py --rules).

Every rule relation carries the component's one extractor name, so provenance alone cannot group spurious ties
by the rule that read them. This wraps `Found.add` while a document is extracted and notes, for each new
(subject, predicate, object), the module and function that called it: a diagnosis aid only, never in src.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager

from foothold.extract.relations import found as found_module


def _caller() -> str:
    """The first frame outside found.py: the rule that asked for the tie."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename == found_module.__file__:
        frame = frame.f_back
    if frame is None:
        return "?"
    module = frame.f_globals.get("__name__", "?").rsplit(".", 1)[-1]
    return f"{module}.{frame.f_code.co_name}"


@contextmanager
def recording_rules():
    """Yield a dict filled with (subject, predicate, object) -> 'module.function' of the rule that added it."""
    rules: dict[tuple, str] = {}
    original = found_module.Found.add

    def add(self, *args, **kwargs):
        before = len(self.by_key)
        result = original(self, *args, **kwargs)
        if len(self.by_key) > before:
            key = list(self.by_key)[-1]
            rules.setdefault(key, _caller())
        return result

    found_module.Found.add = add
    try:
        yield rules
    finally:
        found_module.Found.add = original
