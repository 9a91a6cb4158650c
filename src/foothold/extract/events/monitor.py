"""Monitor reports (issue 8): incident summaries by a monitoring mission, a rights group or a conflict-data project.

Such reports tell many short incidents, often with no named doer, in the passive, one sentence after another. Small
mechanisms, each a function here, called from the extractor:

- ``place_parties_only``: a town or a square is where an act happens, never who acts or is acted on ("residents
  of X protested", "marched to X Square"): an event whose only parties are places (after capitals have become
  their states) names no one and is dropped (counted as ``place_only_parties``). PLOVER's actor and recipient are
  entities; the gold conventions code capitals as their state and every other place as the location.
"""

from __future__ import annotations

from collections import Counter

from ...model import Event

PLACE_TYPES = frozenset({"place"})


def place_parties_only(events: list[Event], actor_type: dict[str, str], skipped: Counter) -> list[Event]:
    """The events that name a party other than a place; each one dropped is counted."""
    kept = []
    for ev in events:
        parties = [*ev.source, *ev.target]
        if parties and all(actor_type.get(a) in PLACE_TYPES for a in parties):
            ev.location = ev.location or parties[0]
            skipped["place_only_parties"] += 1
            continue
        kept.append(ev)
    return kept
