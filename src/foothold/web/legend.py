"""The workbench's visual vocabulary: one colour per actor type, per event quad class, per relation.

Used by the templates (legends, CSS variables) and sent to the scripts through
``/api/legend`` so the graph, the timeline and the map colour things alike.
Colours are from the Okabe-Ito palette where possible (readable for colour-blind users).
"""

from __future__ import annotations

from foothold.model import EVENT_TYPES

ACTOR_TYPES: dict[str, str] = {
    "person": "#0072b2",
    "organization": "#e69f00",
    "media": "#cc79a7",
    "country": "#009e73",
    "place": "#8d6e63",
}

# PLOVER quad classes from cooperation to conflict; score drives edge colour in the network.
QUADS: dict[str, dict] = {
    "material_cooperation": {"label": "material cooperation", "colour": "#1a7f37", "score": 2},
    "verbal_cooperation": {"label": "verbal cooperation", "colour": "#7cbf5c", "score": 1},
    "verbal_conflict": {"label": "verbal conflict", "colour": "#f0a030", "score": -1},
    "material_conflict": {"label": "material conflict", "colour": "#c62828", "score": -2},
}

PREDICATES: dict[str, dict] = {
    "leads": {"colour": "#37474f", "line": "solid"},
    "member_of": {"colour": "#607d8b", "line": "dashed"},
    "part_of": {"colour": "#90a4ae", "line": "dotted"},
    "allied_with": {"colour": "#2e7d32", "line": "solid"},
    "opposes": {"colour": "#b71c1c", "line": "solid"},
}

SPHERES = ("political", "military", "economic", "religious", "information", "social")


def quad_label(quad: str | None) -> str:
    return QUADS.get(quad or "", {}).get("label", quad or "unclassified")


def legend() -> dict:
    return {"actor_types": ACTOR_TYPES, "quads": QUADS, "predicates": PREDICATES, "spheres": list(SPHERES),
            "event_types": list(EVENT_TYPES)}   # PLOVER order: cooperation first, conflict last
