"""Front-end libraries served from the npm install (node_modules), never from a CDN.

``package.json`` at the repo root pins them; ``scripts/setup.sh`` runs ``npm ci``.
Each library is mounted read-only under ``/vendor/<name>/``.
"""

from __future__ import annotations

import os
from pathlib import Path

# URL name -> folder inside node_modules that holds the files the pages load.
LIBRARIES: dict[str, str] = {
    "cytoscape": "cytoscape/dist",
    "d3": "d3/dist",
    "topojson-client": "topojson-client/dist",
    "world-atlas": "world-atlas",
    "swagger-ui": "swagger-ui-dist",
}

NODE_MODULES_ENV = "FOOTHOLD_NODE_MODULES"


def node_modules_dir() -> Path | None:
    """Find node_modules: $FOOTHOLD_NODE_MODULES, then beside the source tree, then the cwd."""
    env = os.environ.get(NODE_MODULES_ENV)
    candidates = [Path(env)] if env else []
    candidates += [parent / "node_modules" for parent in Path(__file__).resolve().parents]
    candidates.append(Path.cwd() / "node_modules")
    for path in candidates:
        if (path / "d3").is_dir():
            return path
    return None


def library_dirs() -> dict[str, Path]:
    """The libraries that are installed, by URL name (missing ones are left out)."""
    root = node_modules_dir()
    if root is None:
        return {}
    found = {}
    for name, sub in LIBRARIES.items():
        folder = root / sub
        if folder.is_dir():
            found[name] = folder
    return found
