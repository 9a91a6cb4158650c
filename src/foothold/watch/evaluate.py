"""Evaluating watch rules on the store: matching events, windows, alerts stored once.

``run_rules(engine, rules=None, documents=None)`` evaluates the stored rules
(or the given ones) and stores each new hit as an alert with its events and
their evidence. An alert is never repeated for the same events: a rule
without a count raises one alert per matching event, once; a counted rule
raises one alert per burst of windows that reach the count, and only when
the burst holds an event no earlier alert of the rule holds. ``documents``
limits a run to hits involving events told in those documents (what an
ingest or a feed just brought in).

Windows count events dated to the day; a matching event dated only to the
month or year cannot be placed in a window of days and is counted in the
run's ``undatable`` (never silently dropped).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection, Engine

from ..errors import FootholdError, UnknownActorError
from ..resolve.names import normalise_name
from ..store import schema as t
from ..store.db import write_transaction
from ..store.views import date_range
from . import adapters
from .rules import ActorSet, Rule

SET_PREDICATES = ("part_of", "member_of", "leads")


@dataclass
class Event:
    id: str
    document_id: str
    type: str
    mode: str | None
    quad: str | None
    channel: str | None
    date: str | None
    precision: str | None
    qualifier: str | None
    location_id: str | None
    evidence: str | None
    start: int | None
    end: int | None
    uncertain: bool
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)


@dataclass
class Alert:
    id: str
    rule: Rule
    events: list[Event]
    summary: str
    window_start: str | None = None
    window_end: str | None = None
    previous_count: int | None = None
    fired_at: datetime | None = None
    delivered: str | None = None

    def to_dict(self, names: dict[str, str] | None = None) -> dict:
        names = names or {}
        return {"id": self.id, "rule": self.rule.name, "severity": self.rule.severity, "summary": self.summary,
                "pattern": self.rule.describe(), "indicator": self.rule.indicator,
                "fired_at": self.fired_at.isoformat() if self.fired_at else None,
                "window": [self.window_start, self.window_end] if self.rule.counted else None,
                "count": len(self.events), "previous_count": self.previous_count,
                "events": [{"id": e.id, "type": e.type, "mode": e.mode, "date": e.date, "document_id": e.document_id,
                            "source": sorted(names.get(a, a) for a in e.sources),
                            "target": sorted(names.get(a, a) for a in e.targets),
                            "evidence": e.evidence, "start": e.start, "end": e.end} for e in self.events]}


@dataclass
class RunReport:
    alerts: list[Alert] = field(default_factory=list)          # new alerts, stored by this run
    matched: dict[str, int] = field(default_factory=dict)      # rule -> matching events
    undatable: dict[str, int] = field(default_factory=dict)    # rule -> matches too coarsely dated for its window
    missing: dict[str, list[str]] = field(default_factory=dict)  # rule -> actors it names that the store lacks
    errors: list[FootholdError] = field(default_factory=list)  # rules that could not be evaluated (E250)
    names: dict[str, str] = field(default_factory=dict)        # actor id -> name, for rendering the alerts


# --- the store's events -------------------------------------------------------------------------

def load_events(conn: Connection) -> list[Event]:
    e = t.events
    channel = adapters.channel_column()
    cols = [e.c.id, e.c.document_id, e.c.type, e.c.mode, e.c.quad, e.c.date, e.c.precision, e.c.date_qualifier,
            e.c.location_id, e.c.evidence, e.c.start, e.c.end, e.c.negated, e.c.hypothetical]
    if channel is not None:
        cols.append(channel.label("channel"))
    events = {}
    for r in conn.execute(select(*cols)):
        events[r.id] = Event(r.id, r.document_id, r.type, r.mode, r.quad, getattr(r, "channel", None), r.date,
                             r.precision, r.date_qualifier, r.location_id, r.evidence, r.start, r.end,
                             bool(r.negated or r.hypothetical))
    for r in conn.execute(select(t.event_actors.c.event_id, t.event_actors.c.actor_id, t.event_actors.c.role)):
        ev = events.get(r.event_id)
        if ev:
            (ev.sources if r.role == "source" else ev.targets).add(r.actor_id)
    return list(events.values())


def events_in(conn: Connection, documents: set[str]) -> set[str]:
    """Ids of the events told (occurring) in ``documents``."""
    o = t.event_occurrences
    found: set[str] = set()
    docs = list(documents)
    for i in range(0, len(docs), 500):
        found.update(conn.execute(select(o.c.event_id).where(o.c.document_id.in_(docs[i:i + 500]))).scalars())
    return found


class Resolver:
    """Actor sets and places as actor ids, computed once per run."""

    def __init__(self, conn: Connection, engine: Engine, report: RunReport):
        self.conn, self.engine, self.report = conn, engine, report
        self.types = dict(conn.execute(select(t.actors.c.id, t.actors.c.type)).all())
        self.names = dict(conn.execute(select(t.actors.c.id, t.actors.c.name)).all())
        self._inside: dict[str, set[str]] = defaultdict(set)      # whole -> direct parts
        for r in conn.execute(select(t.relations.c.subject_id, t.relations.c.predicate, t.relations.c.object_id)
                              .where(t.relations.c.predicate.in_(SET_PREDICATES))):
            self._inside[r.object_id].add(r.subject_id)
        self._cache: dict = {}

    def actor(self, ref: str, rule: Rule) -> set[str]:
        key = ("actor", ref)
        if key not in self._cache:
            from ..store.queries import find_actor
            try:
                found = {find_actor(self.conn, ref)}
            except UnknownActorError:
                k = normalise_name(ref)
                found = set(self.conn.execute(select(t.aliases.c.actor_id).where(t.aliases.c.key == k)).scalars())
                if not found:
                    found = self._by_dictionary(ref)
                if not found:
                    self.report.missing.setdefault(rule.name, []).append(ref)
            self._cache[key] = found
        return self._cache[key]

    def _by_dictionary(self, ref: str) -> set[str]:
        """Stored actors of the actor-dictionary entry ``ref`` names by any of its aliases
        (a rule says "Popular Mobilization Units"; the documents said "PMF")."""
        from ..extract.dictionary import load_dictionary
        entry = load_dictionary().lookup(ref)
        if entry is None:
            return set()
        return set(self.conn.execute(select(t.actors.c.id).where(t.actors.c.dictionary_id == entry.id)).scalars())

    def part_of(self, ref: str, rule: Rule) -> set[str]:
        key = ("part_of", ref)
        if key not in self._cache:
            found = set(self.actor(ref, rule))
            todo = list(found)
            while todo:
                for part in self._inside.get(todo.pop(), ()):
                    if part not in found:
                        found.add(part)
                        todo.append(part)
            self._cache[key] = found
        return self._cache[key]

    def proxies(self, patron: str, country: str | None, rule: Rule) -> set[str]:
        key = ("proxies", patron, country)
        if key not in self._cache:
            found = set()
            within = next(iter(self.actor(country, rule)), None) if country else None
            for actor_id in self.actor(patron, rule):
                found |= adapters.proxies(self.engine, actor_id, within)
            self._cache[key] = found
        return self._cache[key]

    def members(self, actor_set: ActorSet, rule: Rule) -> set[str]:
        """The ids of the actors in the set."""
        out: set[str] = set()
        for alt in actor_set.alternatives:
            ids: set[str] | None = None
            taken_out: set[str] = set()
            for kind, value in alt:
                if kind == "except":
                    taken_out |= self.members(value, rule)
                    continue
                if kind == "actor":
                    got = set().union(*(self.actor(ref, rule) for ref in value))
                elif kind == "part_of":
                    got = self.part_of(value, rule)
                elif kind == "proxies_of":
                    got = self.proxies(value[0], value[1], rule)
                elif kind == "type":
                    got = {a for a, typ in self.types.items() if typ in value}
                else:                               # pragma: no cover (validated)
                    continue
                ids = got if ids is None else ids & got
            out |= (ids or set()) - taken_out
        return out

    def place(self, name: str, rule: Rule):
        """(actor ids, ISO country code or None) that stand for ``name`` as a place."""
        key = ("place", name)
        if key not in self._cache:
            from ..export.geo import country_code
            self._cache[key] = (self.part_of(name, rule) if self._known(name) else set(), country_code([name]))
        return self._cache[key]

    def _known(self, name: str) -> bool:
        from ..store.queries import find_actor
        try:
            find_actor(self.conn, name)
            return True
        except UnknownActorError:
            return False

    def country_of(self, actor_id: str) -> str | None:
        key = ("country_of", actor_id)
        if key not in self._cache:
            from ..export.geo import geocode
            name, typ = self.names.get(actor_id), self.types.get(actor_id)
            self._cache[key] = geocode(name, typ).country if name and typ in ("place", "country") else None
        return self._cache[key]


# --- matching ---------------------------------------------------------------------------------

def matches(rule: Rule, ev: Event, sets: dict, resolver: Resolver) -> bool:
    if not rule.include_uncertain and ev.uncertain:
        return False
    if rule.types and ev.type not in rule.types:
        return False
    if rule.modes and (ev.mode or "").lower() not in rule.modes:
        return False
    if rule.quads and ev.quad not in rule.quads:
        return False
    if rule.channels and ev.channel not in rule.channels:
        return False
    if rule.date_from or rule.date_to:
        rng = date_range(ev.date, ev.precision, ev.qualifier)
        lo = date_range(rule.date_from)[0] if rule.date_from else None
        hi = date_range(rule.date_to)[1] if rule.date_to else None
        if rng is None or (lo and rng[1] < lo) or (hi and rng[0] > hi):
            return False
    src, tgt = sets.get("source"), sets.get("target")

    def directed(a: set[str], b: set[str]) -> bool:
        return (src is None or bool(a & src)) and (tgt is None or bool(b & tgt))

    if not (directed(ev.sources, ev.targets) or (rule.either_direction and directed(ev.targets, ev.sources))):
        return False
    if rule.place:
        ids, iso = sets["place"]
        # Where: the event's location, or a place the event names among its participants.
        where = {ev.location_id} if ev.location_id else set()
        where |= {a for a in ev.sources | ev.targets if resolver.types.get(a) == "place"}
        if not any(w in ids or (iso and resolver.country_of(w) == iso) for w in where):
            return False
    return True


def _alert_id(rule: Rule, events: list[Event]) -> str:
    key = rule.name + "\x1f" + "\x1f".join(sorted(e.id for e in events))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _day(ev: Event) -> date | None:
    return date.fromisoformat(ev.date) if ev.date and ev.precision == "day" and len(ev.date) == 10 else None


def _names(resolver: Resolver, ids) -> str:
    return ", ".join(sorted(resolver.names.get(a, a) for a in ids)) or "?"


def candidate_alerts(rule: Rule, found: list[Event], alerted: set[str], fresh: set[str] | None,
                     resolver: Resolver, report: RunReport) -> list[Alert]:
    """New alerts of one rule from its matching events (``alerted``: events earlier alerts hold)."""
    scope = (lambda evs: any(e.id in fresh for e in evs)) if fresh is not None else (lambda evs: True)
    if not rule.counted:
        out = []
        for ev in sorted(found, key=lambda e: (e.date or "", e.id)):
            if ev.id in alerted or not scope([ev]):
                continue
            toward = "toward" if (ev.quad or "").endswith("cooperation") else "against"
            summary = (f"{rule.name}: {ev.type}{f' ({ev.mode})' if ev.mode else ''} by {_names(resolver, ev.sources)} "
                       f"{toward} {_names(resolver, ev.targets)}, {ev.date or 'undated'}")
            out.append(Alert(_alert_id(rule, [ev]), rule, [ev], summary))
        return out
    dated = sorted(((d, e) for e in found if (d := _day(e)) is not None), key=lambda p: (p[0], p[1].id))
    report.undatable[rule.name] = len(found) - len(dated)
    span = timedelta(days=rule.within_days)
    bursts: list[tuple[list[Event], int | None]] = []
    for i, (end, _) in enumerate(dated):
        window = [e for d, e in dated[: i + 1] if d > end - span]
        if len(window) < rule.at_least:
            continue
        previous = None
        if rule.more_than_previous:
            previous = sum(1 for d, _ in dated if end - 2 * span < d <= end - span)
            if len(window) <= previous:
                continue
        if bursts and {e.id for e in bursts[-1][0]} & {e.id for e in window}:
            merged = {e.id: e for e in bursts[-1][0] + window}
            bursts[-1] = (list(merged.values()), bursts[-1][1])    # the same burst goes on
        else:
            bursts.append((window, previous))
    out = []
    for events, previous in bursts:
        if not any(e.id not in alerted for e in events) or not scope(events):
            continue
        days = sorted(e.date for e in events)
        summary = (f"{rule.name}: {len(events)} {' or '.join(sorted({e.type for e in events}))} events "
                   f"{days[0]} … {days[-1]} (at least {rule.at_least} within {rule.within_days} days"
                   + (f"; {previous} in the {rule.within_days} days before" if previous is not None else "") + ")")
        out.append(Alert(_alert_id(rule, events), rule, sorted(events, key=lambda e: (e.date, e.id)), summary,
                         days[0], days[-1], previous))
    return out


# --- running ------------------------------------------------------------------------------------

def stored_rules(engine: Engine) -> list[Rule]:
    from .rules import parse_rules
    with engine.connect() as conn:
        rows = conn.execute(select(t.watch_rules.c.name, t.watch_rules.c.source, t.watch_rules.c.path)
                            .order_by(t.watch_rules.c.name)).all()
    out = []
    for r in rows:
        rule = parse_rules(r.source, r.path or f"stored rule {r.name}")[0]
        out.append(rule)
    return out


def run_rules(engine: Engine, rules: list[Rule] | None = None, *, documents=None, store: bool = True) -> RunReport:
    """Evaluate rules (default: the stored ones); store and return the new alerts."""
    report = RunReport()
    rules = stored_rules(engine) if rules is None else rules
    if not rules:
        return report
    with engine.connect() as conn:
        events = load_events(conn)
        fresh = events_in(conn, set(documents)) if documents is not None else None
        resolver = Resolver(conn, engine, report)
        for rule in rules:
            try:
                adapters.require(rule)
                sets = {role: resolver.members(s, rule) for role, s in (("source", rule.source),
                                                                        ("target", rule.target)) if s}
                if rule.place:
                    sets["place"] = resolver.place(rule.place, rule)
            except FootholdError as exc:
                report.errors.append(exc)
                continue
            found = [ev for ev in events if matches(rule, ev, sets, resolver)]
            report.matched[rule.name] = len(found)
            alerted = set(conn.execute(select(t.alert_events.c.event_id).join(
                t.alerts, t.alerts.c.id == t.alert_events.c.alert_id).where(t.alerts.c.rule == rule.name)).scalars())
            known = set(conn.execute(select(t.alerts.c.id).where(t.alerts.c.rule == rule.name)).scalars())
            for alert in candidate_alerts(rule, found, alerted, fresh, resolver, report):
                if alert.id not in known:
                    report.alerts.append(alert)
        report.names = resolver.names
    if store and report.alerts:
        save_alerts(engine, report.alerts, report.names)
    return report


def save_alerts(engine: Engine, alerts: list[Alert], names: dict[str, str]) -> None:
    now = datetime.now(timezone.utc)
    with write_transaction(engine) as conn:
        stored = set(conn.execute(select(t.alerts.c.id).where(t.alerts.c.id.in_([a.id for a in alerts]))).scalars())
        for alert in alerts:
            if alert.id in stored:          # another ingest into the same store raised it meanwhile
                continue
            alert.fired_at = now
            conn.execute(insert(t.alerts).values(
                id=alert.id, rule=alert.rule.name, fired_at=now, severity=alert.rule.severity, summary=alert.summary,
                window_start=alert.window_start, window_end=alert.window_end, count=len(alert.events),
                previous_count=alert.previous_count,
                details={**alert.rule.to_dict(), "within_days": alert.rule.within_days, "at_least": alert.rule.at_least}))
            conn.execute(insert(t.alert_events), [
                {"alert_id": alert.id, "event_id": e.id, "document_id": e.document_id, "type": e.type, "mode": e.mode,
                 "date": e.date, "source": "; ".join(sorted(names.get(a, a) for a in e.sources)),
                 "target": "; ".join(sorted(names.get(a, a) for a in e.targets)), "evidence": e.evidence,
                 "start": e.start, "end": e.end} for e in alert.events])
