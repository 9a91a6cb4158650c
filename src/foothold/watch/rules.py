"""Watch rules: YAML files of patterns over events, validated with errors that name the fix.

A file holds one rule or ``rules: [...]``. A rule::

    name: proxy-attacks-on-us-rising          # letters, digits, - and _; unique in the store
    description: ...                          # what it watches, for people
    indicator: ...                            # the assessment it encodes (optional)
    severity: high                            # low | medium | high (default medium)
    when:                                     # every key given must hold (AND); lists are alternatives (OR)
      type: [ASSAULT]                         # PLOVER event types
      mode: [raid, rocket]                    # modes as extracted (free text, lower case)
      quad: material_conflict                 # verbal_cooperation | material_cooperation | verbal_conflict | material_conflict
      channel: military                       # needs the channels analysis (issue 9 part 1)
      source: {proxies_of: Iran}              # an actor set (below); one source must be in it
      target: United States                   # one target must be in it
      either_direction: false                 # true: source and target may be the other way round
      place: Iraq                             # where: the event's location (or a place it names) is in it
      date: {from: 2020-01-01, to: 2021-12-31}
      include_uncertain: false                # true: negated and hypothetical events match too
    count:                                    # optional: fire on a number of events within a window
      at_least: 3
      within_days: 30
      more_than_previous: true                # and more than in the window of the same length before

Actor sets: a name, alias or id (``Iran``); a list of sets (any of them);
or a mapping whose keys all must hold: ``actor`` (names), ``type`` (actor
types), ``part_of`` (the actor and everything the store records as part of,
member of or led within it, transitively: "Iraq's government"),
``proxies_of`` (an actor's proxies; ``{of: Iran, in: Iraq}`` limits them to a
country) — resolved through ``watch.adapters``; ``except`` (an actor set taken
out: ``{part_of: Iraq, except: {proxies_of: Iran}}`` is Iraq's government
without the militias that are formally part of it).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import RuleError
from ..yamlfile import load_yaml

SEVERITIES = ("low", "medium", "high")
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")

def _channels() -> tuple[str, ...]:
    """The channels data/channels.yaml declares, and ``unclassified``: one list for rules and analysis."""
    from ..analyze.channels import UNCLASSIFIED, load_rules
    return (*load_rules().channels, UNCLASSIFIED)


CHANNELS = _channels()
ACTOR_TYPES = ("person", "organization", "media", "country", "place")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")
RULE_KEYS = ("name", "description", "indicator", "severity", "when", "count")
WHEN_KEYS = ("type", "mode", "quad", "channel", "source", "target", "either_direction", "place", "date",
             "include_uncertain")
COUNT_KEYS = ("at_least", "within_days", "more_than_previous")
SET_KEYS = ("actor", "type", "part_of", "proxies_of", "except")
STARTER = Path(__file__).resolve().parents[1] / "data" / "watch" / "iran_iraq_shift.yaml"


@lru_cache(maxsize=1)
def _plover_types() -> dict:
    return load_yaml((Path(__file__).resolve().parents[1] / "data" / "plover.yaml").read_text("utf-8"))["types"]


def event_types() -> tuple[str, ...]:
    return tuple(_plover_types())


def quad_of(event_type: str) -> str | None:
    return (_plover_types().get(event_type) or {}).get("quad")


@dataclass(frozen=True)
class ActorSet:
    """Any of ``alternatives``; each alternative is a dict of conditions that all hold."""
    alternatives: tuple[tuple[tuple[str, object], ...], ...]

    def describe(self) -> str:
        parts = []
        for alt in self.alternatives:
            d = dict(alt)
            words = []
            if "actor" in d:
                words.append(" or ".join(d["actor"]))
            if "type" in d:
                words.append("/".join(d["type"]) + " actors")
            if "part_of" in d:
                words.append(f"{d['part_of']} and its parts")
            if "proxies_of" in d:
                of, within = d["proxies_of"]
                words.append(f"proxies of {of}" + (f" in {within}" if within else ""))
            text = " that are ".join(words)
            if "except" in d:
                text += f" except {d['except'].describe()}"
            parts.append(text)
        return " or ".join(parts)


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    indicator: str | None
    severity: str
    types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    quads: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    source: ActorSet | None = None
    target: ActorSet | None = None
    either_direction: bool = False
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    include_uncertain: bool = False
    at_least: int | None = None          # None: every matching event is an alert
    within_days: int | None = None
    more_than_previous: bool = False
    path: str | None = None
    source_yaml: str = field(default="", compare=False)

    @property
    def counted(self) -> bool:
        return self.at_least is not None

    def needs(self) -> set[str]:
        """Analyses the rule needs beyond the core store: 'channels', 'proxies'."""
        needs = {"channels"} if self.channels else set()
        def uses_proxies(actor_set) -> bool:
            return any(k == "proxies_of" or (k == "except" and uses_proxies(v))
                       for alt in actor_set.alternatives for k, v in alt)
        if any(s and uses_proxies(s) for s in (self.source, self.target)):
            needs.add("proxies")
        return needs

    def describe(self) -> str:
        """The pattern in words ("≥ 3 ASSAULT by proxies of Iran against United States in Iraq within 30 days")."""
        what = " or ".join(self.types) or "any event"
        if self.modes:
            what += f" ({' or '.join(self.modes)})"
        if self.quads:
            what += f" [{' or '.join(self.quads)}]"
        if self.channels:
            what += f" in the {' or '.join(self.channels)} channel"
        if self.source:
            what += f" by {self.source.describe()}"
        if self.target:
            quads = {quad_of(x) for x in self.types} | set(self.quads)
            friendly = bool(quads) and all(q and q.endswith("cooperation") for q in quads)
            what += f" {'toward' if friendly else 'against'} {self.target.describe()}"
        if self.either_direction:
            what += " (either direction)"
        if self.place:
            what += f" in {self.place}"
        if self.counted:
            what = f"≥ {self.at_least} {what} within {self.within_days} days"
            if self.more_than_previous:
                what += ", more than in the previous window"
        return what

    def to_dict(self) -> dict:
        return {"name": self.name, "description": self.description, "indicator": self.indicator,
                "severity": self.severity, "pattern": self.describe(), "path": self.path}


# --- reading and validating -------------------------------------------------------------------

def _fail(path, rule: str | None, field_: str | None, problem: str, fix: str) -> RuleError:
    where = ", ".join(x for x in (f"rule '{rule}'" if rule else None, f"field '{field_}'" if field_ else None) if x)
    return RuleError(f"{where + ': ' if where else ''}{problem}", path=str(path) if path else None, fix=fix)


def _suggest(value: str, choices) -> str:
    close = difflib.get_close_matches(str(value), list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _strings(value, path, rule, field_, *, choices=None, upper=False, lower=False) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    out = []
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise _fail(path, rule, field_, f"{v!r} is not a text value", f"Write a word or a list of words, e.g. "
                        f"{field_}: [{choices[0] if choices else 'value'}].")
        v = v.strip().upper() if upper else v.strip().lower() if lower else v.strip()
        if choices is not None and v not in choices:
            raise _fail(path, rule, field_, f"'{v}' is not one of the allowed values{_suggest(v, choices)}",
                        f"Use one of: {', '.join(choices)}.")
        out.append(v)
    return tuple(dict.fromkeys(out))


def _check_keys(data: dict, allowed, path, rule, field_) -> None:
    for key in data:
        if key not in allowed:
            raise _fail(path, rule, f"{field_}.{key}" if field_ else str(key), f"unknown key '{key}'"
                        f"{_suggest(str(key), allowed)}", f"Allowed keys here: {', '.join(allowed)}.")


def _actor_set(value, path, rule, field_) -> ActorSet:
    alternatives = []
    for alt in (value if isinstance(value, list) else [value]):
        if isinstance(alt, str) and alt.strip():
            alternatives.append((("actor", (alt.strip(),)),))
            continue
        if not isinstance(alt, dict) or not alt:
            raise _fail(path, rule, field_, f"{alt!r} is not an actor set",
                        "Write an actor's name (Iran), a list of names, or a mapping with "
                        f"{', '.join(SET_KEYS)} (e.g. {{proxies_of: Iran}}).")
        _check_keys(alt, SET_KEYS, path, rule, field_)
        conds = []
        for key, v in alt.items():
            if key == "actor":
                conds.append(("actor", _strings(v, path, rule, f"{field_}.actor")))
            elif key == "type":
                conds.append(("type", _strings(v, path, rule, f"{field_}.type", choices=ACTOR_TYPES, lower=True)))
            elif key == "part_of":
                conds.append(("part_of", _strings(v, path, rule, f"{field_}.part_of")[0]))
            elif key == "proxies_of":
                if isinstance(v, dict):
                    _check_keys(v, ("of", "in"), path, rule, f"{field_}.proxies_of")
                    if not isinstance(v.get("of"), str):
                        raise _fail(path, rule, f"{field_}.proxies_of.of", "the patron is missing",
                                    "Write proxies_of: Iran or proxies_of: {of: Iran, in: Iraq}.")
                    conds.append(("proxies_of", (v["of"].strip(), v.get("in"))))
                elif isinstance(v, str) and v.strip():
                    conds.append(("proxies_of", (v.strip(), None)))
                else:
                    raise _fail(path, rule, f"{field_}.proxies_of", f"{v!r} is not an actor",
                                "Write proxies_of: Iran or proxies_of: {of: Iran, in: Iraq}.")
            elif key == "except":
                conds.append(("except", _actor_set(v, path, rule, f"{field_}.except")))
        if all(k == "except" for k, _ in conds):
            raise _fail(path, rule, field_, "'except' needs a set to take actors from",
                        "Write e.g. {part_of: Iraq, except: {proxies_of: Iran}}.")
        alternatives.append(tuple(conds))
    return ActorSet(tuple(alternatives))


def _iso(value, path, rule, field_) -> str:
    if isinstance(value, Date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    if isinstance(value, str) and re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value.strip()):
        return value.strip()
    raise _fail(path, rule, field_, f"{value!r} is not an ISO date", "Write 2020, 2020-07 or 2020-07-14.")


def _positive(value, path, rule, field_) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _fail(path, rule, field_, f"{value!r} is not a whole number of at least 1", "Write e.g. 3.")
    return value


def _flag(value, path, rule, field_) -> bool:
    if not isinstance(value, bool):
        raise _fail(path, rule, field_, f"{value!r} is not true or false", "Write true or false.")
    return value


def parse_rule(data, path=None, *, index: int | None = None) -> Rule:
    """One rule mapping -> Rule; RuleError names the file, rule, field and fix."""
    label = f"#{index + 1}" if index is not None else None
    if not isinstance(data, dict):
        raise _fail(path, label, None, "a rule must be a mapping (name:, when:, ...)",
                    "See `foothold watch add --help` for the rule format.")
    name = data.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name.strip()):
        raise _fail(path, label, "name", "the rule needs a name of letters, digits, - and _ (up to 100)",
                    "Add e.g. name: proxy-attacks-rising.")
    name = name.strip()
    _check_keys(data, RULE_KEYS, path, name, None)
    when = data.get("when")
    if not isinstance(when, dict) or not when:
        raise _fail(path, name, "when", "the rule needs a pattern", "Add when: with at least one of "
                    f"{', '.join(WHEN_KEYS[:8])}.")
    _check_keys(when, WHEN_KEYS, path, name, "when")
    severity = str(data.get("severity", "medium")).lower()
    if severity not in SEVERITIES:
        raise _fail(path, name, "severity", f"'{severity}' is not a severity{_suggest(severity, SEVERITIES)}",
                    f"Use one of: {', '.join(SEVERITIES)}.")
    kw: dict = {}
    if "type" in when:
        kw["types"] = _strings(when["type"], path, name, "when.type", choices=event_types(), upper=True)
    if "mode" in when:
        kw["modes"] = _strings(when["mode"], path, name, "when.mode", lower=True)
    if "quad" in when:
        kw["quads"] = _strings(when["quad"], path, name, "when.quad", choices=QUADS, lower=True)
    if "channel" in when:
        kw["channels"] = _strings(when["channel"], path, name, "when.channel", choices=CHANNELS, lower=True)
    for role in ("source", "target"):
        if role in when:
            kw[role] = _actor_set(when[role], path, name, f"when.{role}")
    if "either_direction" in when:
        kw["either_direction"] = _flag(when["either_direction"], path, name, "when.either_direction")
    if "include_uncertain" in when:
        kw["include_uncertain"] = _flag(when["include_uncertain"], path, name, "when.include_uncertain")
    if "place" in when:
        kw["place"] = _strings(when["place"], path, name, "when.place")[0]
    if "date" in when:
        d = when["date"]
        if not isinstance(d, dict):
            raise _fail(path, name, "when.date", "the date window must be a mapping", "Write date: {from: 2020-01, to: 2020-12}.")
        _check_keys(d, ("from", "to"), path, name, "when.date")
        kw["date_from"] = _iso(d["from"], path, name, "when.date.from") if "from" in d else None
        kw["date_to"] = _iso(d["to"], path, name, "when.date.to") if "to" in d else None
    if "count" in data:
        c = data["count"]
        if not isinstance(c, dict):
            raise _fail(path, name, "count", "count must be a mapping", "Write count: {at_least: 3, within_days: 30}.")
        _check_keys(c, COUNT_KEYS, path, name, "count")
        if "within_days" not in c:
            raise _fail(path, name, "count.within_days", "a count needs its window", "Add within_days: 30.")
        kw["at_least"] = _positive(c.get("at_least", 1), path, name, "count.at_least")
        kw["within_days"] = _positive(c["within_days"], path, name, "count.within_days")
        kw["more_than_previous"] = _flag(c.get("more_than_previous", False), path, name, "count.more_than_previous")
    description = data.get("description") or ""
    indicator = data.get("indicator")
    if not isinstance(description, str) or (indicator is not None and not isinstance(indicator, str)):
        raise _fail(path, name, "description", "description and indicator are text", "Quote them if needed.")
    source_yaml = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return Rule(name=name, description=description.strip(), indicator=(indicator or "").strip() or None,
                severity=severity, path=str(path) if path else None, source_yaml=source_yaml, **kw)


def parse_rules(text: str, path=None) -> list[Rule]:
    """Every rule of a YAML text (one rule, or ``rules: [...]``); names must be unique."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise _fail(path, None, None, f"this is not valid YAML{at} ({getattr(exc, 'problem', exc)})",
                    "Fix the indentation or quoting there.") from exc
    if isinstance(data, dict) and "rules" in data:
        _check_keys(data, ("version", "rules"), path, None, None)
        items = data["rules"]
        if not isinstance(items, list) or not items:
            raise _fail(path, None, "rules", "rules must be a non-empty list", "Write rules: then '- name: ...' items.")
    elif isinstance(data, dict):
        items = [data]
    else:
        raise _fail(path, None, None, "the file holds no rule", "Write a rule (name:, when:) or rules: [...].")
    rules = [parse_rule(item, path, index=i) for i, item in enumerate(items)]
    seen: set[str] = set()
    for r in rules:
        if r.name in seen:
            raise _fail(path, r.name, "name", "two rules in the file have this name", "Rename one of them.")
        seen.add(r.name)
    return rules


def load_rule_file(path) -> list[Rule]:
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as exc:
        raise _fail(path, None, None, "no such rule file", "Check the path.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, None, None, f"the file cannot be read ({exc})", "Save it as UTF-8 text.") from exc
    return parse_rules(text, path)
