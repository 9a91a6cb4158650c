"""Proxies and reach: whose acts count as an actor's influence, with the path and evidence.

From the stored relations (rules in ``data/proxies.yaml``, E232): an arm (``part_of``:
the Qods Force of the IRGC of Iran), an agent (``member_of``: the ambassador), a leader
(``leads``: the commander of the Qods Force, a militia's leader) and a backed group
(``allied_with`` whose words say "Iranian-backed", "pro-Iranian militia", "affiliated
with the IRGC") carry influence from the one who acts to the one it acts for. Following
them from an actor gives its proxies, each with the path, every hop's evidence (document,
span, sentence words, extractor) and a date: a tie holds from the earliest date a source
gives it (its document's date). A ``former`` tie carries nothing.

An analyst cuts a wrong hop with ``cut_tie`` (``foothold cut``): recorded in the ``cuts``
table, apart from the facts, and re-applied at every computation -- so it survives
re-ingest, like merges; recorded actor merges redirect its ends.

``proxies_of(engine_or_conn, actor_id, in_country=None, on=None) -> list[Proxy]`` is the
function other modules (watch rules, briefs) call.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources

import yaml
from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection, Engine

from ..errors import DataFileError, FootholdError
from ..store import schema as t
from ..store.rules import load_rules
from ..yamlfile import load_yaml

DATA = "data/proxies.yaml"


class ProxyRulesError(DataFileError):
    code = "E232"


class UnknownCutError(FootholdError):
    """A cut that names no tie in the store, or no recorded cut to undo."""
    code = "E307"


@dataclass(frozen=True)
class TieRules:
    ties: dict[str, str]
    backed: re.Pattern
    aligned: re.Pattern
    aligned_types: frozenset[str]
    ended: frozenset[str]
    max_depth: int


def _cue_pattern(words: list[str]) -> re.Pattern:
    parts = [re.escape(w) if w.startswith("-") else r"\b" + re.escape(w) for w in sorted(words, key=len, reverse=True)]
    return re.compile("(?:" + "|".join(parts) + ")", re.I)


@lru_cache(maxsize=1)
def tie_rules() -> TieRules:
    path = resources.files("foothold").joinpath(DATA)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        if data.get("version") != 1:
            raise ValueError("version: 1 expected")
        ties = data["ties"]
        if not isinstance(ties, dict) or not all(isinstance(v, str) for v in ties.values()):
            raise ValueError("ties: predicate -> kind expected")
        lists = [data["backed_cues"], data["aligned_cues"], data["aligned_types"], data["ended_times"]]
        if not all(isinstance(x, list) and x and all(isinstance(w, str) and w for w in x) for x in lists):
            raise ValueError("backed_cues, aligned_cues, aligned_types, ended_times: lists of words expected")
        depth = int(data["max_depth"])
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProxyRulesError(f"invalid proxy rules: {exc}", path=str(path),
                              fix="Restore src/foothold/data/proxies.yaml from the repository or fix its YAML.") from exc
    return TieRules(dict(ties), _cue_pattern(data["backed_cues"]), _cue_pattern(data["aligned_cues"]),
                    frozenset(data["aligned_types"]), frozenset(w.lower() for w in data["ended_times"]), depth)


@dataclass
class Evidence:
    relation_id: int
    document_id: str
    document: str
    date: str | None
    start: int | None
    end: int | None
    evidence: str | None
    extractor: str
    predicate: str


@dataclass
class Hop:
    """``actor`` acts for ``for_actor`` (one step of a path)."""
    actor_id: str
    actor: str
    for_id: str
    for_actor: str
    kind: str                      # arm | agent | leader | backed | aligned
    predicates: list[str]
    since: str | None              # earliest date a source gives the tie
    evidence: list[Evidence] = field(default_factory=list)

    def line(self) -> str:
        return f"{self.actor} —{self.kind}→ {self.for_actor}"


@dataclass
class Proxy:
    actor_id: str
    name: str
    type: str
    kind: str                      # the kind of its own hop (arm, agent, leader, backed, aligned)
    since: str | None              # the path holds from the latest of its hops' dates
    path: list[Hop]                # from the proxy up to the actor
    in_country: str | None = None  # why it is in the country asked about

    @property
    def via(self) -> str:
        return " → ".join([self.name, *(h.for_actor for h in self.path)])

    def to_dict(self) -> dict:
        return asdict(self) | {"via": self.via}


@dataclass(frozen=True)
class _Edge:
    child: str
    parent: str
    kind: str
    predicate: str
    rid: int


def classify_tie(rules: TieRules, predicate: str, evidence: str | None, time: str | None,
                 subject_type: str | None) -> str | None:
    """The kind of influence a relation carries from subject to object, or None."""
    if (time or "").strip().lower() in rules.ended:
        return None
    if predicate in rules.ties:
        return rules.ties[predicate]
    if predicate == "allied_with" and evidence:
        if rules.backed.search(evidence):
            return "backed"
        if subject_type in rules.aligned_types and rules.aligned.search(evidence):
            return "aligned"
    return None


def _conn_of(engine_or_conn):
    return engine_or_conn.connect() if isinstance(engine_or_conn, Engine) else _Borrowed(engine_or_conn)


class _Borrowed:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        return self.conn

    def __exit__(self, *exc):
        return False


def load_cuts(conn: Connection) -> list[dict]:
    c = t.cuts
    rules = load_rules(conn)
    return [{"id": r.id, "from": rules.redirect(r.from_ref), "to": rules.redirect(r.to_ref), "predicate": r.predicate,
             "reason": r.reason, "created_at": r.created_at}
            for r in conn.execute(select(c).order_by(c.c.id))]


def _is_cut(cuts: list[dict], child: str, parent: str, predicate: str) -> bool:
    return any(c["from"] == child and c["to"] == parent and c["predicate"] in (None, predicate) for c in cuts)


def _edges(conn: Connection, rules: TieRules) -> tuple[list[_Edge], dict[int, dict]]:
    r, a, d = t.relations, t.actors, t.documents
    rows = conn.execute(
        select(r.c.id, r.c.subject_id, r.c.object_id, r.c.predicate, r.c.evidence, r.c.time, r.c.start, r.c.end,
               r.c.extractor, r.c.document_id, a.c.type.label("subject_type"), d.c.name.label("document"),
               d.c.date.label("date"))
        .join(a, a.c.id == r.c.subject_id).join(d, d.c.id == r.c.document_id)).all()
    edges, facts = [], {}
    for row in rows:
        if row.subject_type in ("country", "place") and row.predicate != "allied_with":
            continue                # a place is part of a country; it does not act for it
        kind = classify_tie(rules, row.predicate, row.evidence, row.time, row.subject_type)
        if kind and row.subject_id != row.object_id:
            edges.append(_Edge(row.subject_id, row.object_id, kind, row.predicate, row.id))
            facts[row.id] = dict(row._mapping)
    return edges, facts


def _date_holds(since: str | None, on: str | None) -> bool:
    return not on or not since or since <= on[:len(since)]


def proxies_of(engine_or_conn, actor_id: str, in_country: str | None = None, on: str | None = None) -> list[Proxy]:
    """Every actor whose acts count as ``actor_id``'s influence (nearest first).

    ``in_country``: a country actor id; keeps the proxies that belong to it, act there
    (an event located in it or with one of its actors) or whose tie's words name it.
    ``on``: an ISO date; only ties a source gave by then.
    """
    with _conn_of(engine_or_conn) as conn:
        return _proxies(conn, actor_id, in_country, on)


def _proxies(conn: Connection, root: str, in_country: str | None, on: str | None) -> list[Proxy]:
    rules = tie_rules()
    edges, facts = _edges(conn, rules)
    cuts = load_cuts(conn)
    a = t.actors
    actors = {r.id: r for r in conn.execute(select(a.c.id, a.c.name, a.c.type))}
    # Hops: (child, parent) -> its supporting relations (every relation stating the tie).
    hops: dict[tuple[str, str], list[_Edge]] = {}
    for e in edges:
        if not _is_cut(cuts, e.child, e.parent, e.predicate):
            hops.setdefault((e.child, e.parent), []).append(e)
    children: dict[str, list[str]] = {}
    made: dict[tuple[str, str], Hop] = {}
    for (child, parent), es in hops.items():
        ev = sorted((_evidence(facts[e.rid]) for e in es), key=lambda x: (x.date or "9999", x.document, x.start or 0))
        dated = [x.date for x in ev if x.date]
        hop = Hop(child, actors[child].name if child in actors else child, parent,
                  actors[parent].name if parent in actors else parent,
                  _strongest([e.kind for e in es]), sorted({e.predicate for e in es}), min(dated) if dated else None, ev)
        if _date_holds(hop.since, on):
            made[(child, parent)] = hop
            children.setdefault(parent, []).append(child)
    found: dict[str, Proxy] = {}
    queue = deque([(root, [])])
    while queue:
        parent, path = queue.popleft()
        if len(path) >= rules.max_depth:
            continue
        for child in sorted(children.get(parent, [])):
            if child == root or child in found:
                continue
            chain = [made[(child, parent)], *path]
            row = actors.get(child)
            dates = [h.since for h in chain if h.since]
            found[child] = Proxy(child, row.name if row else child, row.type if row else "?", chain[0].kind,
                                 max(dates) if dates else None, chain)
            queue.append((child, chain))
    proxies = list(found.values())
    if in_country:
        proxies = _in_country(conn, proxies, in_country)
    return proxies


_STRENGTH = ("arm", "leader", "agent", "backed", "aligned")


def _strongest(kinds: list[str]) -> str:
    return min(kinds, key=lambda k: _STRENGTH.index(k) if k in _STRENGTH else len(_STRENGTH))


def _evidence(f: dict) -> Evidence:
    return Evidence(f["id"], f["document_id"], f["document"], f["date"], f["start"], f["end"], f["evidence"],
                    f["extractor"], f["predicate"])


def _in_country(conn: Connection, proxies: list[Proxy], country_id: str) -> list[Proxy]:
    from .countries import members
    belongs = members(conn, country_id)
    names = {p.actor_id for p in proxies}
    ea, e = t.event_actors, t.events
    acting: dict[str, str] = {}
    # Proxies taking part in an event located in the country or shared with one of its actors.
    rows = conn.execute(select(ea.c.event_id, ea.c.actor_id, e.c.location_id)
                        .join(e, e.c.id == ea.c.event_id)).all()
    by_event: dict[str, set[str]] = {}
    where: dict[str, str | None] = {}
    for r in rows:
        by_event.setdefault(r.event_id, set()).add(r.actor_id)
        where[r.event_id] = r.location_id
    for eid, who in by_event.items():
        inside = where[eid] in belongs or any(w in belongs for w in who)
        if inside:
            for w in who & names:
                acting.setdefault(w, f"takes part in events in the country (e.g. {eid})")
    m = t.mentions
    kept = []
    for p in proxies:
        why = None
        if p.actor_id in belongs:
            why = f"belongs to it ({belongs[p.actor_id]})"
        elif p.actor_id in acting:
            why = acting[p.actor_id]
        else:
            ev = p.path[0].evidence
            for x in ev:
                hit = conn.execute(select(m.c.actor_id).where(m.c.document_id == x.document_id, m.c.start >= x.start,
                                                              m.c.end <= x.end, m.c.actor_id.in_(list(belongs)))).first()
                if hit:
                    why = f"its tie's words name {hit.actor_id}"
                    break
        if why:
            p.in_country = why
            kept.append(p)
    # The arms a kept proxy acts through are in the arena too: the Qods Force whose commander visits Baghdad.
    via: dict[str, str] = {}
    for p in kept:
        for hop in p.path[1:]:
            via.setdefault(hop.actor_id, f"on the path of {p.name}")
    have = {p.actor_id for p in kept}
    for p in proxies:
        if p.actor_id not in have and p.actor_id in via:
            p.in_country = via[p.actor_id]
            kept.append(p)
    order = {p.actor_id: i for i, p in enumerate(proxies)}
    return sorted(kept, key=lambda p: order[p.actor_id])


# ----------------------------------------------------------------- cuts

def cut_tie(engine: Engine, from_ref: str, to_ref: str, predicate: str | None = None,
            reason: str | None = None) -> dict:
    """Record that the tie ``from_ref`` → ``to_ref`` carries no influence (re-applied at every computation)."""
    from .countries import resolve_actor
    with engine.begin() as conn:
        child, parent = resolve_actor(conn, from_ref), resolve_actor(conn, to_ref)
        r = t.relations
        q = select(r.c.id).where(r.c.subject_id == child, r.c.object_id == parent)
        if predicate:
            q = q.where(r.c.predicate == predicate)
        if not conn.execute(q).first():
            raise UnknownCutError(f"no {predicate or 'tie'} from '{child}' to '{parent}' in the store",
                                  fix=f"See the path with `foothold proxies {parent}` and cut one of its hops "
                                      f"(`foothold cut PROXY ACTOR`).")
        conn.execute(insert(t.cuts).values(from_ref=child, to_ref=parent, predicate=predicate, reason=reason,
                                           created_at=datetime.now(timezone.utc)))
        return {"from": child, "to": parent, "predicate": predicate, "reason": reason}


def uncut_tie(engine: Engine, from_ref: str, to_ref: str) -> int:
    """Remove the recorded cuts of ``from_ref`` → ``to_ref``; returns how many."""
    from .countries import resolve_actor
    with engine.begin() as conn:
        child, parent = resolve_actor(conn, from_ref), resolve_actor(conn, to_ref)
        ids = [c["id"] for c in load_cuts(conn) if c["from"] == child and c["to"] == parent]
        if not ids:
            raise UnknownCutError(f"no recorded cut from '{child}' to '{parent}'", fix="List them with `foothold cuts`.")
        conn.execute(delete(t.cuts).where(t.cuts.c.id.in_(ids)))
        return len(ids)


def list_cuts(engine_or_conn) -> list[dict]:
    with _conn_of(engine_or_conn) as conn:
        return load_cuts(conn)
