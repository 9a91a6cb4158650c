"""Jinja2 templates (autoescaped: document text is untrusted) and the display helpers they share."""

from __future__ import annotations

import calendar
import json
from pathlib import Path

import jinja2
from fastapi.templating import Jinja2Templates

from foothold import __version__
from foothold.web.downloads import FORMAT_LABELS
from foothold.web.legend import ACTOR_TYPES, PREDICATES, QUADS, SPHERES, legend, quad_label
from foothold.web.security import can_edit

TEMPLATE_DIR = Path(__file__).parent / "templates"

# Autoescape every template, whatever its file name: document text is untrusted.
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True))

NAV = [("documents", "Documents", "/documents"), ("actors", "Actors", "/actors"),
       ("network", "Network", "/network"), ("timeline", "Timeline", "/timeline"),
       ("map", "Map", "/map"), ("sources", "Sources", "/sources")]


def format_date(iso: str | None, precision: str | None = None, qualifier: str | None = None) -> str:
    """'2020-06-03' day -> '3 Jun 2020'; month + 'early' -> 'early Jun 2020'; season -> 'summer 2020'."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    year = parts[0]
    if precision == "season" or (len(parts) == 1 and qualifier):
        return f"{qualifier or ''} {year}".strip()
    if len(parts) == 1:
        return year
    month = calendar.month_abbr[int(parts[1])]
    if len(parts) == 2:
        return f"{qualifier + ' ' if qualifier else ''}{month} {year}"
    return f"{int(parts[2])} {month} {year}"


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


templates.env.filters["date"] = format_date
templates.env.filters["plural"] = plural
templates.env.filters["quad_label"] = quad_label
templates.env.globals.update(nav=NAV, version=__version__, actor_types=ACTOR_TYPES, quads=QUADS,
                             predicates=PREDICATES, spheres=SPHERES, export_formats=FORMAT_LABELS,
                             # for <script type="application/json">: "</" escaped so it cannot close the tag
                             legend_json=json.dumps(legend()).replace("</", "<\\/"))
templates.env.globals["can_edit"] = can_edit        # correction controls only for editors (issue 12)
