"""YAML parsed with libyaml when PyYAML has it (the data files load ~10x faster: every command
and every worker reads them at start), with PyYAML's pure-Python safe loader otherwise."""

from __future__ import annotations

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """``yaml.safe_load(text)``: plain data only (no Python objects), through libyaml when present."""
    return yaml.load(text, Loader=SafeLoader)   # noqa: S506 — a safe loader
