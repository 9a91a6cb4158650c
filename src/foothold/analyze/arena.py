"""The arena view: an actor's influence in a country, per channel, every number with its events.

``arena(engine_or_conn, actor, country, date_from=None, date_to=None, by="month")`` returns
plain data (``foothold arena``, the workbench's arena page and its API all render it; a
brief that must agree with it calls it too). Every count sits beside the ids of the events
it counts (``{"count": n, "event_ids": [...]}``), and ``events`` maps each id to its
date, type, channel, quad class, participants, role, path (``via``; ``through``: every proxy on
it) and evidence span. A proxy's events are those that go through it: the Qods Force counts
its commander's.

Which events: those in which the actor or one of its proxies (``analyze.proxies``) takes
part, in the country (``analyze.countries``: located there, or with a participant that
belongs to it, or naming one of its actors within the event's words), dated within
[from, to] (an undated event takes its document's date). Negated and hypothetical events
are left out of the counts and listed under ``excluded``.

Each counted event has one role:
  - ``direct``: the actor itself acts (is a source);
  - ``via_proxies``: a proxy acts and the actor does not (``via`` gives the paths);
  - ``against``: others act on the actor or a proxy in conflict (a PLOVER conflict quad class):
    the challenges to its interests;
  - ``toward``: others act on it in cooperation.
An event by others that has neither as a participant but names one of them within its own
words ("shut ... which halted the entry of Iranian goods") counts as ``against`` or
``toward`` too, flagged ``named_only`` with the names.
The balance is the events per PLOVER quad class, and cooperation minus conflict.
A proxy's acts count whatever the date of the source giving its tie: a report of July 2020
that calls Soleimani the commander of the Qods Force tells who he was in January
(``proxies_of(..., on=DATE)`` is the dated question: which ties a source had given by then).
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..store import schema as t
from .countries import find_country, members, resolve_actor
from .proxies import _conn_of, proxies_of

CHANNELS = ("political", "military", "economic", "religious_cultural", "information", "unclassified")
ROLES = ("direct", "via_proxies", "against", "toward")
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
PERIODS = ("month", "quarter", "year")
TOP = 8


def _cell(ids) -> dict:
    """A number and the events behind it (in the order given: chronological in the view)."""
    ids = list(ids)
    return {"count": len(ids), "event_ids": ids}


def period_of(date: str | None, by: str) -> str:
    """"2020-05" (month), "2020-Q2" (quarter), "2020" (year); a date known only to its year stays "2020"."""
    if not date:
        return "undated"
    if by == "year" or len(date) < 7:
        return date[:4]
    if by == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    return date[:7]


def _lo(d: str) -> str:
    return d


def _hi(d: str) -> str:
    return d + "\uffff"          # every date that starts with d sorts at or before this


def _within(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    if not (date_from or date_to):
        return True
    if not date:
        return False
    if date_from and _hi(date) < date_from:
        return False
    if date_to and date > _hi(date_to):
        return False
    return True


def arena(engine_or_conn, actor: str, country: str, date_from: str | None = None, date_to: str | None = None,
          by: str = "month") -> dict:
    """The arena view of ``actor`` in ``country`` (ids, names or aliases); see the module doc."""
    if by not in PERIODS:
        from ..errors import InputError
        raise InputError(f"unknown period '{by}'", fix="Use --by month, quarter or year.")
    with _conn_of(engine_or_conn) as conn:
        return _arena(conn, actor, country, date_from, date_to, by)


def _arena(conn: Connection, actor_ref: str, country_ref: str, date_from, date_to, by) -> dict:
    actor_id = resolve_actor(conn, actor_ref)
    country_id = find_country(conn, country_ref)
    proxies = proxies_of(conn, actor_id)
    scope = _Scope(conn, actor_id, proxies, members(conn, country_id))
    roles, involved = _event_roles(conn, scope.ours)
    rows, named = _touching_events(conn, scope.ours, involved)
    spans = _member_mentions(conn, {r.document_id for r in rows}, scope.inside, actor_id)
    events, excluded = {}, []
    for r in rows:
        outcome = scope.event(r, roles, named, spans, date_from, date_to, by)
        if outcome == _EXCLUDED:
            excluded.append(r.id)
        elif outcome is not None:
            events[r.id] = outcome
    events = dict(sorted(events.items(), key=lambda kv: (kv[1]["date"] or "9999", kv[1]["document"] or "",
                                                         kv[1]["start"] or 0, kv[0])))
    excluded.sort()
    return {
        "actor": {"id": actor_id, "name": scope.names.get(actor_id, actor_id)},
        "country": {"id": country_id, "name": scope.names.get(country_id, country_id)},
        "from": date_from, "to": date_to, "by": by,
        "totals": _summary([*events.values()], scope.ours, actor_id, by) | {"events": _cell(events)},
        "channels": _channels(events, scope.ours, actor_id, by),
        "proxies": _proxy_rows(proxies, events),
        "events": events,
        "excluded": {"negated_or_hypothetical": _cell(excluded)},
    }


_EXCLUDED = "excluded"      # an event in the arena that is negated or hypothetical: listed, not counted


class _Scope:
    """Who counts as the actor's side, who belongs to the country, and the actors' names and types."""

    def __init__(self, conn: Connection, actor_id: str, proxies: list, inside) -> None:
        self.actor_id = actor_id
        self.proxy = {p.actor_id: p for p in proxies}
        self.ours = {actor_id, *self.proxy}
        self.inside = inside
        a = t.actors
        rows = conn.execute(select(a.c.id, a.c.name, a.c.type)).all()
        self.names = {r.id: r.name for r in rows}
        self.types = {r.id: r.type for r in rows}
        d = t.documents
        self.docs = {r.id: (r.name, r.date) for r in conn.execute(select(d.c.id, d.c.name, d.c.date))}
        self.people: dict[str, dict] = {}

    def person(self, x: str) -> dict:
        """One small dict per actor, shared by its events."""
        p = self.people.get(x)
        if p is None:
            p = self.people[x] = {"id": x, "name": self.names.get(x, x), "type": self.types.get(x)}
        return p

    def event(self, r, roles: dict, named: dict, spans, date_from, date_to, by):
        """The arena's record of event row ``r``; None when it is outside the arena, _EXCLUDED when it is in it
        but negated or hypothetical."""
        document, doc_date = self.docs.get(r.document_id, (r.document_id, None))
        date = r.date or doc_date
        if not _within(date, date_from, date_to):
            return None
        src, tgt = (sorted(x) for x in roles.get(r.id, _NO_ROLES))
        where = _in_country(r, src + tgt, self.inside, spans, self.ours, self.actor_id, self.names)
        if not where:
            return None
        if r.negated or r.hypothetical:
            return _EXCLUDED
        role, via, through = _role(self.actor_id, self.proxy, src, tgt, r.quad)
        implicit = None
        if role is None:
            hit = [x for x in named.get(r.id, []) if x not in src]
            if not hit:
                return None
            implicit = [self.names.get(x, x) for x in hit]
            role = "against" if (r.quad or "").endswith("conflict") else "toward"
            via = [_via(self.proxy[x]) for x in hit if x in self.proxy]
            through = _through(self.proxy, [x for x in hit if x in self.proxy])
        return {
            "id": r.id, "date": date, "dated_by": "event" if r.date else "document", "type": r.type, "mode": r.mode,
            "quad": r.quad, "channel": r.channel or "unclassified", "channel_reason": r.channel_reason,
            "role": role, "via": via, "through": through, "in_country": where, "named_only": implicit,
            "source": [self.person(x) for x in src],
            "target": [self.person(x) for x in tgt],
            "location": self.person(r.location_id) if r.location_id else None,
            "document_id": r.document_id, "document": document, "start": r.start, "end": r.end,
            "evidence": r.evidence, "period": period_of(date, by),
        }


_NO_ROLES: tuple[list[str], list[str]] = ([], [])


def _event_roles(conn: Connection, ours: set[str]) -> tuple[dict[str, tuple[list[str], list[str]]], set[str]]:
    """Each event's (sources, targets), and the events in which the actor or a proxy takes part."""
    roles: dict[str, tuple[list[str], list[str]]] = {}
    involved: set[str] = set()
    # Plain scans and plain tuples from the driver: on SQLite several times faster than joins on spans, and
    # building a Row per event_actors row costs more than the query.
    for event_id, who, role in conn.exec_driver_sql("SELECT event_id, actor_id, role FROM event_actors").fetchall():
        pair = roles.get(event_id)
        if pair is None:
            pair = roles[event_id] = ([], [])
        (pair[0] if role == "source" else pair[1]).append(who)
        if who in ours:
            involved.add(event_id)
    return roles, involved


def _touching_events(conn: Connection, ours: set[str], involved: set[str]) -> tuple[list, dict[str, list[str]]]:
    """The event rows the actor's side takes part in, or whose own words name it ("halted the entry of Iranian
    goods": an act on its interests with no stated target), and the names found in the latter."""
    e = t.events
    our_spans = _mentions_of(conn, set(ours))
    rows = conn.execute(
        select(e.c.id, e.c.type, e.c.mode, e.c.quad, e.c.channel, e.c.channel_reason, e.c.date, e.c.precision,
               e.c.location_id, e.c.document_id, e.c.start, e.c.end, e.c.evidence, e.c.negated, e.c.hypothetical)
    ).all()
    named: dict[str, list[str]] = {}
    kept = []
    for r in rows:
        if r.id in involved:
            kept.append(r)
            continue
        hit = _named(our_spans, r.document_id, r.start, r.end)
        if hit:
            named[r.id] = hit
            kept.append(r)
    return kept, named


def _channels(events: dict[str, dict], ours: set[str], actor_id: str, by: str) -> list[dict]:
    """One summary per channel (every named channel, even empty; "unclassified" only when it has events)."""
    grouped: dict[str, list[dict]] = {ch: [] for ch in CHANNELS}
    for ev in events.values():
        grouped.setdefault(ev["channel"], []).append(ev)
    channels = [_channel(ch, evs, ours, actor_id, by) for ch, evs in grouped.items()]
    return [c for c in channels if c["events"]["count"] or c["channel"] != "unclassified"]


def _proxy_rows(proxies: list, events: dict[str, dict]) -> list[dict]:
    """The proxies whose paths carry events, most events first, each with the events that go through it."""
    through: dict[str, list[str]] = defaultdict(list)
    for ev in events.values():
        for x in ev["through"]:
            through[x].append(ev["id"])
    return [{"id": p.actor_id, "name": p.name, "type": p.type, "kind": p.kind, "since": p.since, "via": p.via,
             "events": _cell(through[p.actor_id])}
            for p in sorted(proxies, key=lambda p: -len(through.get(p.actor_id, ()))) if p.actor_id in through]


def _through(proxy: dict, ids: list[str]) -> list[str]:
    """Every proxy on the paths of ``ids`` (Qa'ani's act goes through the Qods Force)."""
    if len(ids) == 1:
        return _chain(proxy[ids[0]])
    return list(dict.fromkeys(x for i in ids for x in _chain(proxy[i])))


def _chain(p) -> list[str]:
    chain = getattr(p, "_chain", None)
    if chain is None:
        chain = p._chain = [h.actor_id for h in p.path]
    return chain


def _via(p) -> str:
    via = getattr(p, "_via", None)
    if via is None:
        via = p._via = p.via
    return via


def _role(actor_id: str, proxy: dict, src: list[str], tgt: list[str], quad: str | None):
    """(role, paths, proxies on the paths)."""
    if actor_id in src:
        return "direct", [], []
    acting = [x for x in src if x in proxy]
    if acting:
        return "via_proxies", [_via(proxy[x]) for x in acting], _through(proxy, acting)
    hit = [x for x in tgt if x == actor_id or x in proxy]
    if not hit:
        return None, [], []
    on = [x for x in hit if x in proxy]
    return ("against" if (quad or "").endswith("conflict") else "toward"), [_via(proxy[x]) for x in on], \
        _through(proxy, on)


def _mentions_of(conn: Connection, ids: set[str]) -> dict[str, tuple[list[int], list[tuple[int, int, str]]]]:
    """Per document, the mentions of ``ids`` sorted by start (for bisecting)."""
    m = t.mentions
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    keys = sorted(ids)
    for i in range(0, len(keys), 500):
        for r in conn.execute(select(m.c.document_id, m.c.start, m.c.end, m.c.actor_id)
                              .where(m.c.actor_id.in_(keys[i:i + 500]))):
            out[r.document_id].append((r.start, r.end, r.actor_id))
    return {doc: ([s for s, _, _ in sorted(v)], sorted(v)) for doc, v in out.items()}


def _named(spans, document_id: str, start: int | None, end: int | None) -> list[str]:
    """The actors of ``spans`` mentioned within [start, end] of the document."""
    if start is None or end is None or document_id not in spans:
        return []
    starts, items = spans[document_id]
    out = []
    i = bisect.bisect_left(starts, start)
    while i < len(items) and items[i][0] < end:
        if items[i][1] <= end and items[i][2] not in out:
            out.append(items[i][2])
        i += 1
    return out


def _member_mentions(conn: Connection, documents: set[str], inside: dict[str, str],
                     actor_id: str) -> dict[str, tuple[list[int], list[tuple[int, int, str]]]]:
    """Per document, the mentions of the country's actors (sorted by start, for bisecting)."""
    m = t.mentions
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    keys = [k for k in inside if k != actor_id]
    for i in range(0, len(keys), 500):
        for r in conn.execute(select(m.c.document_id, m.c.start, m.c.end, m.c.actor_id)
                              .where(m.c.actor_id.in_(keys[i:i + 500]))):
            if r.document_id in documents:
                out[r.document_id].append((r.start, r.end, r.actor_id))
    return {doc: ([s for s, _, _ in sorted(v)], sorted(v)) for doc, v in out.items()}


def _in_country(r, participants: list[str], inside: dict[str, str], spans, ours: set[str], actor_id: str,
                names: dict[str, str]) -> str | None:
    if r.location_id and r.location_id in inside:
        return f"located in {names.get(r.location_id, r.location_id)}"
    for x in participants:
        if x in inside and x != actor_id:
            return f"{names.get(x, x)} takes part ({inside[x]})"
    if r.start is not None and r.document_id in spans:
        starts, items = spans[r.document_id]
        i = bisect.bisect_left(starts, r.start)
        while i < len(items) and items[i][0] < r.end:
            if items[i][1] <= r.end:
                return f"its words name {names.get(items[i][2], items[i][2])}"
            i += 1
    return None


def _summary(evs: list[dict], ours: set[str], actor_id: str, by: str) -> dict:
    """Counts by role, quad class, balance, top actors and places, trend: one pass over the events."""
    by_role = {r: [] for r in ROLES}
    by_quad = {q: [] for q in QUADS}
    coop, conflict = [], []
    actors, places, periods = defaultdict(list), defaultdict(list), defaultdict(list)
    labels = {}
    for ev in evs:
        i, quad = ev["id"], ev["quad"] or ""
        by_role[ev["role"]].append(i)
        if quad in by_quad:
            by_quad[quad].append(i)
        if quad.endswith("cooperation"):
            coop.append(i)
        elif quad.endswith("conflict"):
            conflict.append(i)
        seen = set()
        for x in ev["source"] + ev["target"]:
            if x["id"] != actor_id and x["id"] not in seen:
                seen.add(x["id"])
                actors[x["id"]].append(i)
                labels[x["id"]] = x
        if ev["location"]:
            places[ev["location"]["id"]].append(i)
            labels[ev["location"]["id"]] = ev["location"]
        periods[ev["period"]].append(i)

    def top(d):
        ranked = sorted(d.items(), key=lambda kv: (-len(kv[1]), labels[kv[0]]["name"] or ""))[:TOP]
        return [labels[k] | {"proxy": k in ours} | _cell(v) for k, v in ranked]

    return {
        "roles": {r: _cell(v) for r, v in by_role.items()},
        "quads": {q: _cell(v) for q, v in by_quad.items()},
        "balance": {"cooperation": _cell(coop), "conflict": _cell(conflict), "net": len(coop) - len(conflict)},
        "top_actors": top(actors),
        "top_places": top(places),
        "trend": [{"period": p} | _cell(v) for p, v in sorted(periods.items())],
    }


def _channel(ch: str, evs: list[dict], ours: set[str], actor_id: str, by: str) -> dict:
    return {"channel": ch, "events": _cell(ev["id"] for ev in evs)} | _summary(evs, ours, actor_id, by)


def select_cell(view: dict, channel: str | None, cell: str | None) -> list[str]:
    """The event ids behind one number of the view: ``channel`` (or None: the totals) and ``cell``
    like "events", "roles.against", "quads.material_conflict", "balance.conflict",
    "top_actors.kataeb_hezbollah", "top_places.baghdad", "trend.2020-05", "proxies.qods_force"."""
    if channel is None and cell and cell.startswith("proxies."):
        key = cell.split(".", 1)[1]
        return next((p["events"]["event_ids"] for p in view["proxies"] if p["id"] == key), [])
    block = view["totals"] if channel in (None, "", "all") else \
        next((c for c in view["channels"] if c["channel"] == channel), None)
    if block is None:
        return []
    if not cell or cell == "events":
        return block["events"]["event_ids"]
    head, _, key = cell.partition(".")
    part = block.get(head)
    if isinstance(part, dict):
        return (part.get(key) or {}).get("event_ids", [])
    if isinstance(part, list):
        field = "period" if head == "trend" else "id"
        return next((x["event_ids"] for x in part if x.get(field) == key), [])
    return []
