"""Plain sentences of the cited brief, from templates over PLOVER types (``data/brief.yaml``, E270).

``event_sentence(ev, actor_name)`` turns one event of the arena view (type, mode, source,
target, place, date, role, proxy path) into a sentence such as "On 3 June 2020, Reza Ardakanian
visited Iraq (for Iran: Reza Ardakanian → Iran)." No network, no model: the words come from
the templates, the names and dates from the store. ``human_date`` writes ISO dates for people.
"""

from __future__ import annotations

import calendar
import string
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import DataFileError
from ..yamlfile import load_yaml

DATA = "data/brief.yaml"
FORMS = ("both", "source", "target", "none")
FIELDS = {"both": {"source", "target"}, "source": {"source"}, "target": {"target"}, "none": set()}


class BriefTemplateError(DataFileError):
    """data/brief.yaml is malformed."""
    code = "E270"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _check_forms(forms, where: str, complete: bool) -> dict[str, str]:
    if not isinstance(forms, dict):
        raise ValueError(f"{where}: a mapping of {', '.join(FORMS)} expected")
    out = {}
    for form, text in forms.items():
        if form not in FORMS:
            raise ValueError(f"{where}: unknown form '{form}' (use {', '.join(FORMS)})")
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"{where}.{form}: a sentence expected")
        if _fields(text) != FIELDS[form]:
            raise ValueError(f"{where}.{form}: placeholders {sorted(_fields(text))}, expected {sorted(FIELDS[form])}")
        out[form] = text
    if complete and set(out) != set(FORMS):
        raise ValueError(f"{where}: missing {', '.join(f for f in FORMS if f not in out)}")
    return out


@lru_cache(maxsize=1)
def templates() -> dict[str, dict]:
    """{TYPE: {"forms": {form: text}, "modes": {mode: {form: text}}}} from data/brief.yaml, validated."""
    path = resources.files("foothold").joinpath(DATA)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BriefTemplateError(f"cannot read the brief templates ({exc})", path=str(path),
                                 fix="Restore src/foothold/data/brief.yaml from the repository.") from exc
    return parse_templates(text, str(path))


def parse_templates(text: str, path: str | None = None) -> dict[str, dict]:
    """Validate the templates' YAML (E270 naming the entry and the fix)."""
    try:
        data = load_yaml(text)
        if not isinstance(data, dict) or data.get("version") != 1:
            raise ValueError("version: 1 expected")
        types = data.get("types")
        if not isinstance(types, dict) or not types:
            raise ValueError("types: a mapping of PLOVER types expected")
        out = {}
        for name, entry in types.items():
            if not isinstance(entry, dict):
                raise ValueError(f"{name}: a mapping of {', '.join(FORMS)} (and modes) expected")
            entry = dict(entry)
            modes = entry.pop("modes", {}) or {}
            if not isinstance(modes, dict):
                raise ValueError(f"{name}.modes: a mapping expected")
            out[str(name)] = {"forms": _check_forms(entry, str(name), True),
                              "modes": {str(m): _check_forms(f, f"{name}.modes.{m}", False) for m, f in modes.items()}}
    except (yaml.YAMLError, TypeError, ValueError, AttributeError) as exc:
        raise BriefTemplateError(f"invalid brief templates: {exc}", path=path,
                                 fix="Restore src/foothold/data/brief.yaml from the repository or fix the entry named.") from exc
    return out


def join_names(names: list[str]) -> str:
    names = [n for n in dict.fromkeys(names) if n]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def human_date(iso: str | None) -> str:
    """'2020-06-17' -> '17 June 2020'; '2020-06' -> 'June 2020'; '2020' -> '2020'."""
    if not iso:
        return ""
    parts = iso.split("-")
    try:
        if len(parts) >= 3:
            return f"{int(parts[2])} {calendar.month_name[int(parts[1])]} {parts[0]}"
        if len(parts) == 2:
            return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return parts[0]


def _date_phrase(ev: dict) -> str:
    date = ev.get("date")
    if not date:
        return ""
    if ev.get("dated_by") == "document":
        return f"In a report dated {human_date(date)}, "
    return f"{'On' if len(date) >= 10 else 'In'} {human_date(date)}, "


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def clause(ev: dict) -> str:
    """Who did what to whom, from the templates: "Iraq paid Iran" (no date, no full stop)."""
    entry = templates().get(ev.get("type") or "")
    source = [x["name"] for x in ev.get("source") or []]
    seen = {x["id"] for x in ev.get("source") or []}
    target = [x["name"] for x in ev.get("target") or [] if x["id"] not in seen]
    form = "both" if source and target else "source" if source else "target" if target else "none"
    if entry is None:
        verb = (ev.get("type") or "event").lower()
        text = {"both": "{source} — " + verb + " — {target}", "source": "{source} — " + verb,
                "target": verb + " — {target}", "none": "an event of type " + verb}[form]
    else:
        text = entry["modes"].get(ev.get("mode") or "", {}).get(form) or entry["forms"][form]
    out = text.format(source=join_names(source), target=join_names(target))
    if form == "target" and len(set(target)) > 1:
        out = out.replace(" was ", " were ")          # "Soleimani and al-Muhandis were assassinated"
    return out


def event_sentence(ev: dict, actor_name: str) -> str:
    """One event of the arena view as a sentence, with its date, place and proxy path."""
    text = _date_phrase(ev) + clause(ev)
    place = (ev.get("location") or {}).get("name")
    named = {x["name"] for x in (ev.get("source") or []) + (ev.get("target") or [])}
    if place and place not in named:
        text += f" in {place}"
    role, via = ev.get("role"), [v for v in ev.get("via") or [] if v]
    if role == "via_proxies" and via:
        text += f" (for {actor_name}: {'; '.join(via)})"
    elif role == "against" and via:
        text += f" (against {actor_name}'s {'proxies' if len(via) > 1 else 'proxy'}: {'; '.join(via)})"
    if ev.get("named_only"):
        text += f" (its words name {join_names(ev['named_only'])})"
    return _capital(text.strip()) + "."
