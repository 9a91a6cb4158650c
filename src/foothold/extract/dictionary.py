"""Actor dictionaries: domain knowledge as data files (placeholder; filled by the actors work)."""

from __future__ import annotations


def add_entity_ruler(nlp) -> None:
    return None
