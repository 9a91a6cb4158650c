"""Counts kept at write time: ``actor_counts`` (per actor) and ``tie_counts`` (per tie), see schema.py.

They are derived from the facts: whatever changed an actor's rows (an ingest, a re-ingest, a merge,
a split, an undo) calls one of these in the same transaction, and the counts equal a fresh count again.
The writer changes its actors' counts by what a document's rows add or take (``own_rows``, and the
events it tells before and after: ``event_changes``; ``apply_deltas``) instead of recounting them: a
hub actor's recount reads every row it has, a million at scale. Re-applied corrections, merges, splits
and undo recount.

- ``refresh(conn, actor_ids, pairs)``: these actors' rows and these (source, target) ties;
  the writer calls it with ``affected(conn, document_id)`` before and after a document changes.
- ``refresh_actor(conn, actor_id)``: one actor and every tie it is on (merges, splits, undo).
- ``rebuild(conn)``: every row (migration 0013, stores built outside the writer).
The network's top-N, the map and the actor lists read these rows (store/views/).
``form_counts`` (migration 0014): per actor and surface form the documents using it, recounted with
the actor's row (``refresh_forms``), so a profile lists forms without counting alias rows.
``outlet_counts`` (migration 0014): per outlet (its actor id, else its name) the citations, documents,
events resting on it and those resting on it alone; ``refresh_outlets(conn, keys)`` recounts outlets
(the writer with ``affected_outlets`` before and after a document; corrections with the outlets they touch).
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from sqlalchemy import and_, bindparam, case, delete, distinct, func, insert, literal, or_, select, true, union_all, update
from sqlalchemy.engine import Connection

from . import schema as t

# Event tie score per PLOVER quad (the network's edge score is its mean).
QUAD_SCORE = {"material_cooperation": 2, "verbal_cooperation": 1, "verbal_conflict": -1, "material_conflict": -2}
BATCH = 500


def in_batches(items: list, size: int = BATCH):
    """Slices of at most ``size`` items: bound parameters per statement stay under the backends' limits."""
    for i in range(0, len(items), size):
        yield items[i:i + size]




def tie_query(source_cond=None, target_cond=None, relation_source_cond=None, relation_target_cond=None):
    """SELECT (source_id, target_id, kind, label, n, score) of the event ties and relation groups
    whose ends meet the conditions (None: any), self-ties left out."""
    e = t.events
    src, tgt = t.event_actors.alias("tie_src"), t.event_actors.alias("tie_tgt")
    score = case(*[(e.c.quad == q, v) for q, v in QUAD_SCORE.items()], else_=0)
    ev = (select(src.c.actor_id.label("source_id"), tgt.c.actor_id.label("target_id"),
                 literal("event").label("kind"), e.c.type.label("label"), func.count().label("n"),
                 func.coalesce(func.sum(score), 0).label("score"))
          .select_from(src.join(tgt, and_(tgt.c.event_id == src.c.event_id, tgt.c.role == "target"))
                       .join(e, e.c.id == src.c.event_id))
          .where(src.c.role == "source", src.c.actor_id != tgt.c.actor_id)
          .group_by(src.c.actor_id, tgt.c.actor_id, e.c.type))
    r = t.relations
    rel = (select(r.c.subject_id.label("source_id"), r.c.object_id.label("target_id"),
                  literal("relation").label("kind"), r.c.predicate.label("label"), func.count().label("n"),
                  literal(0).label("score"))
           .where(r.c.subject_id != r.c.object_id).group_by(r.c.subject_id, r.c.object_id, r.c.predicate))
    if source_cond is not None:
        ev = ev.where(source_cond(src.c.actor_id))
        rel = rel.where(source_cond(r.c.subject_id))
    if target_cond is not None:
        ev = ev.where(target_cond(tgt.c.actor_id))
        rel = rel.where(target_cond(r.c.object_id))
    return union_all(ev, rel)


COLUMNS = ["source_id", "target_id", "kind", "label", "n", "score"]


def _insert_ties(conn: Connection, query) -> None:
    conn.execute(insert(t.tie_counts).from_select(COLUMNS, query))


def _ids(name: str):
    """An expanding IN parameter: the statements below are built once and run with values bound
    (building and coercing a fresh statement per actor cost the writer more than running it)."""
    return bindparam(name, expanding=True)


_TIES_DELETE = delete(t.tie_counts).where(t.tie_counts.c.source_id == bindparam("source"),
                                          t.tie_counts.c.target_id.in_(_ids("targets")))
_TIES_INSERT = insert(t.tie_counts).from_select(
    COLUMNS, tie_query(lambda c: c == bindparam("source"), lambda c: c.in_(_ids("targets"))))


def refresh_ties(conn: Connection, pairs: Iterable[tuple[str, str]]) -> None:
    """Recount the ties between these (source, target) pairs (both kinds)."""
    by_source: dict[str, set[str]] = {}
    for s, o in pairs:
        if s and o and s != o:
            by_source.setdefault(s, set()).add(o)
    for s, targets in sorted(by_source.items()):
        for chunk in in_batches(sorted(targets)):
            values = {"source": s, "targets": chunk}
            conn.execute(_TIES_DELETE, values)
            conn.execute(_TIES_INSERT, values)


def actor_query(cond):
    """SELECT the actor_counts row of each actor meeting ``cond`` (on actors.id), counted afresh."""
    a, m, ea, r, e = t.actors, t.mentions, t.event_actors, t.relations, t.events

    def scalar(q):
        return func.coalesce(q.scalar_subquery(), 0)
    return select(
        a.c.id.label("actor_id"),
        scalar(select(func.count()).select_from(m).where(m.c.actor_id == a.c.id)).label("mentions"),
        scalar(select(func.count(distinct(m.c.document_id))).where(m.c.actor_id == a.c.id)).label("documents"),
        scalar(select(func.count(distinct(ea.c.event_id))).where(ea.c.actor_id == a.c.id)).label("events"),
        (scalar(select(func.count()).select_from(r).where(r.c.subject_id == a.c.id))
         + scalar(select(func.count()).select_from(r).where(r.c.object_id == a.c.id))).label("relations"),
        scalar(select(func.count()).select_from(e).where(e.c.location_id == a.c.id)).label("located"),
    ).where(cond)


def _degree_weight_query(end, other):
    tc = t.tie_counts
    is_event = tc.c.kind == "event"
    return (select(end.label("a"),
                   func.count(distinct(case((is_event, other)))).label("event_pairs"),
                   func.coalesce(func.sum(case((is_event, 0), else_=1)), 0).label("relation_groups"),
                   func.coalesce(func.sum(tc.c.n), 0).label("n"))
            .where(end.in_(_ids("ids"))).group_by(end))


_DEGREE_WEIGHT = [_degree_weight_query(t.tie_counts.c.source_id, t.tie_counts.c.target_id),
                  _degree_weight_query(t.tie_counts.c.target_id, t.tie_counts.c.source_id)]


def _degree_weight(conn: Connection, ids: list[str]) -> dict[str, tuple[int, int]]:
    """actor -> (degree, weight) from tie_counts: event ties count once per (source, target) pair
    whatever their types; relation groups once per predicate (as the network draws them).
    Aggregated in SQL per end: a hub's thousands of ties never come back to Python."""
    out: dict[str, list[int]] = {}
    for per_end in _DEGREE_WEIGHT:
        for row in conn.execute(per_end, {"ids": ids}):
            d = out.setdefault(row.a, [0, 0])
            d[0] += row.event_pairs + row.relation_groups
            d[1] += row.n
    return {k: (v[0], v[1]) for k, v in out.items()}


def form_query(cond=None):
    """SELECT the form_counts rows (actor, form, reason, documents) of the aliases meeting ``cond``."""
    al = t.aliases
    reason = func.coalesce(al.c.reason, "")
    q = (select(al.c.actor_id, al.c.alias, reason.label("reason"), func.min(al.c.key).label("key"),
                func.count(distinct(al.c.document_id)).label("documents"))
         .group_by(al.c.actor_id, al.c.alias, reason))
    return q if cond is None else q.where(cond)


FORM_COLUMNS = ["actor_id", "alias", "reason", "key", "documents"]


_FORMS_DELETE = delete(t.form_counts).where(t.form_counts.c.actor_id.in_(_ids("ids")))
_FORMS_INSERT = insert(t.form_counts).from_select(FORM_COLUMNS, form_query(t.aliases.c.actor_id.in_(_ids("ids"))))


def refresh_forms(conn: Connection, actor_ids: list[str]) -> None:
    """Recount these actors' form_counts rows (read through the aliases index on actor and form)."""
    conn.execute(_FORMS_DELETE, {"ids": actor_ids})
    conn.execute(_FORMS_INSERT, {"ids": actor_ids})


def rebuild_forms(conn: Connection) -> None:
    """Every form_counts row afresh (migration 0014, bulk-built stores)."""
    conn.execute(delete(t.form_counts))
    conn.execute(insert(t.form_counts).from_select(FORM_COLUMNS, form_query()))


_FORM_KEYS_DELETE = delete(t.form_counts).where(t.form_counts.c.actor_id == bindparam("actor"),
                                                 t.form_counts.c.alias.in_(_ids("aliases")))
_FORM_KEYS_INSERT = insert(t.form_counts).from_select(FORM_COLUMNS, form_query(
    and_(t.aliases.c.actor_id == bindparam("actor"), t.aliases.c.alias.in_(_ids("aliases")))))


def refresh_form_keys(conn: Connection, forms: Iterable[tuple[str, str]]) -> None:
    """Recount only these (actor, form) rows of form_counts: a document changes the forms it uses,
    and a hub actor's other forms (thousands of alias rows) stay as they are."""
    by_actor: dict[str, set[str]] = {}
    for actor_id, alias in forms:
        if actor_id and alias is not None:
            by_actor.setdefault(actor_id, set()).add(alias)
    for actor_id, aliases in sorted(by_actor.items()):
        for chunk in in_batches(sorted(aliases)):
            values = {"actor": actor_id, "aliases": chunk}
            conn.execute(_FORM_KEYS_DELETE, values)
            conn.execute(_FORM_KEYS_INSERT, values)


_ACTORS_DELETE = delete(t.actor_counts).where(t.actor_counts.c.actor_id.in_(_ids("ids")))
_ACTORS_QUERY = actor_query(t.actors.c.id.in_(_ids("ids")))
_ACTORS_INSERT = insert(t.actor_counts)


def refresh_actors(conn: Connection, actor_ids: Iterable[str], *, forms: bool = True) -> None:
    """Recount these actors' rows (after their ties: degree and weight read tie_counts) and, with
    ``forms``, every form of theirs."""
    for chunk in in_batches(sorted({i for i in actor_ids if i})):
        if forms:
            refresh_forms(conn, chunk)
        conn.execute(_ACTORS_DELETE, {"ids": chunk})
        rows = conn.execute(_ACTORS_QUERY, {"ids": chunk}).all()
        dw = _degree_weight(conn, chunk)
        if rows:
            conn.execute(_ACTORS_INSERT, [{"actor_id": r.actor_id, "mentions": r.mentions, "documents": r.documents,
                                           "events": r.events, "relations": r.relations, "located": r.located,
                                           "degree": dw.get(r.actor_id, (0, 0))[0],
                                           "weight": dw.get(r.actor_id, (0, 0))[1]}
                                          for r in rows])


def refresh(conn: Connection, actor_ids: Iterable[str], pairs: Iterable[tuple[str, str]] = (),
            forms: Iterable[tuple[str, str]] | None = None) -> None:
    """Recount these ties, then these actors and the ends of the ties (their degree changes); their
    forms: only the (actor, form) pairs in ``forms`` when given (``affected_forms`` of the documents
    written and removed), else every form of these actors."""
    pairs = list(pairs)
    refresh_ties(conn, pairs)
    refresh_actors(conn, {*actor_ids, *(x for p in pairs for x in p)}, forms=forms is None)
    if forms is not None:
        refresh_form_keys(conn, forms)


_DOC = bindparam("doc")
_AFFECTED_FORMS = select(t.aliases.c.actor_id, t.aliases.c.alias).where(t.aliases.c.document_id == _DOC).distinct()


def affected_forms(conn: Connection, document_id: str) -> set[tuple[str, str]]:
    """The (actor, form) pairs a document's alias rows count towards in form_counts."""
    return {(r.actor_id, r.alias) for r in conn.execute(_AFFECTED_FORMS, {"doc": document_id})}


def _affected_queries():
    m, r, o, ea, e, oa, c = (t.mentions, t.relations, t.event_occurrences, t.event_actors, t.events,
                             t.occurrence_actors, t.citations)
    told = select(o.c.event_id).where(o.c.document_id == _DOC)
    actors = [select(m.c.actor_id).where(m.c.document_id == _DOC),
              select(t.aliases.c.actor_id).where(t.aliases.c.document_id == _DOC),
              select(ea.c.actor_id).where(ea.c.event_id.in_(told)),
              select(e.c.location_id).where(e.c.id.in_(told)),
              select(oa.c.actor_id).join(o, o.c.id == oa.c.occurrence_id).where(o.c.document_id == _DOC),
              select(o.c.location_id).where(o.c.document_id == _DOC),
              select(c.c.outlet_actor_id).where(c.c.document_id == _DOC)]
    src, tgt = ea.alias("src"), ea.alias("tgt")
    pairs = [select(r.c.subject_id.label("s"), r.c.object_id.label("o")).where(r.c.document_id == _DOC),
             select(src.c.actor_id.label("s"), tgt.c.actor_id.label("o"))
             .join(tgt, and_(tgt.c.event_id == src.c.event_id, tgt.c.role == "target"))
             .where(src.c.role == "source", src.c.event_id.in_(told))]
    return actors, pairs


_AFFECTED_ACTORS, _AFFECTED_PAIRS = _affected_queries()


def affected(conn: Connection, document_id: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The actors and (source, target) ties a document's rows count towards or name: what to refresh
    before it is removed and after it is written (its events include those it retells), and the only
    actors its removal can leave orphaned."""
    values = {"doc": document_id}
    actors: set[str] = set()
    for q in _AFFECTED_ACTORS:
        actors |= {x for x in conn.execute(q, values).scalars() if x}
    pairs = {(row.s, row.o) for q in _AFFECTED_PAIRS for row in conn.execute(q, values)}
    actors |= {x for p in pairs for x in p}
    return actors, pairs


# A document's own rows, per actor: what it adds to (or, removed, takes from) their kept counts.
_DOC_MENTIONS = (select(t.mentions.c.actor_id, func.count().label("n"))
                 .where(t.mentions.c.document_id == _DOC).group_by(t.mentions.c.actor_id))
_DOC_RELATION_ENDS = [select(end.label("actor_id"), func.count().label("n"))
                      .where(t.relations.c.document_id == _DOC).group_by(end)
                      for end in (t.relations.c.subject_id, t.relations.c.object_id)]
_DOC_TOLD = select(t.event_occurrences.c.event_id).where(t.event_occurrences.c.document_id == _DOC).distinct()
_EVENT_ACTORS_AMONG = (select(t.event_actors.c.event_id, t.event_actors.c.actor_id).distinct()
                       .where(t.event_actors.c.event_id.in_(_ids("ids"))))
_EVENT_LOCATIONS_AMONG = select(t.events.c.id, t.events.c.location_id).where(t.events.c.id.in_(_ids("ids")))
_KEPT_AMONG = select(t.actor_counts.c.actor_id).where(t.actor_counts.c.actor_id.in_(_ids("ids")))
_ADD_TO_ACTOR = (update(t.actor_counts).where(t.actor_counts.c.actor_id == bindparam("a")).values(
    mentions=t.actor_counts.c.mentions + bindparam("d_mentions"),
    documents=t.actor_counts.c.documents + bindparam("d_documents"),
    events=t.actor_counts.c.events + bindparam("d_events"),
    relations=t.actor_counts.c.relations + bindparam("d_relations"),
    located=t.actor_counts.c.located + bindparam("d_located"),
    degree=bindparam("d_degree"), weight=bindparam("d_weight")))
DELTAS = ("mentions", "documents", "events", "relations", "located")


class EventState(NamedTuple):
    """An event's actors and place, as the kept counts see it."""
    actors: frozenset[str]
    location_id: str | None


class Deltas(dict):
    """actor -> changes of (mentions, documents, events, relations, located)."""

    def add(self, actor_id: str | None, column: str, n: int) -> None:
        if actor_id and n:
            self.setdefault(actor_id, [0] * len(DELTAS))[DELTAS.index(column)] += n

    def merge(self, other: "Deltas") -> "Deltas":
        for actor_id, row in other.items():
            for column, n in zip(DELTAS, row):
                self.add(actor_id, column, n)
        return self


def told_events(conn: Connection, document_id: str) -> list[str]:
    return sorted(conn.execute(_DOC_TOLD, {"doc": document_id}).scalars())


def event_states(conn: Connection, event_ids: Iterable[str]) -> dict[str, EventState]:
    """The stored events among these ids, with their actors and place (events not stored are absent)."""
    actors: dict[str, set[str]] = {}
    out: dict[str, EventState] = {}
    for chunk in in_batches(sorted(set(event_ids))):
        for r in conn.execute(_EVENT_ACTORS_AMONG, {"ids": chunk}):
            actors.setdefault(r.event_id, set()).add(r.actor_id)
        for r in conn.execute(_EVENT_LOCATIONS_AMONG, {"ids": chunk}):
            out[r.id] = EventState(frozenset(actors.get(r.id, ())), r.location_id)
    return out


def own_rows(conn: Connection, document_id: str, sign: int = 1) -> Deltas:
    """A document's mentions, documents and relations per actor (sign -1: what its removal takes)."""
    doc, delta = {"doc": document_id}, Deltas()
    for r in conn.execute(_DOC_MENTIONS, doc):
        delta.add(r.actor_id, "mentions", sign * r.n)
        delta.add(r.actor_id, "documents", sign)
    for q in _DOC_RELATION_ENDS:
        for r in conn.execute(q, doc):
            delta.add(r.actor_id, "relations", sign * r.n)
    return delta


def event_changes(before: dict[str, EventState], after: dict[str, EventState]) -> Deltas:
    """What changed in the events and places counted per actor between two states of some events."""
    delta, none = Deltas(), EventState(frozenset(), None)
    for eid in before.keys() | after.keys():
        b, a = before.get(eid, none), after.get(eid, none)
        for actor_id in a.actors - b.actors:
            delta.add(actor_id, "events", 1)
        for actor_id in b.actors - a.actors:
            delta.add(actor_id, "events", -1)
        if (eid in before, b.location_id) != (eid in after, a.location_id):
            delta.add(b.location_id if eid in before else None, "located", -1)
            delta.add(a.location_id if eid in after else None, "located", 1)
    return delta


def document_deltas(conn: Connection, document_id: str, joined: dict) -> Deltas:
    """actor -> what a document just written adds. ``joined``: the stored events its tellings
    joined, as they were before (``EventState``); every other event it tells is new."""
    told = told_events(conn, document_id)
    return own_rows(conn, document_id).merge(event_changes(joined, event_states(conn, told + list(joined))))


class Removal(NamedTuple):
    """What a document about to be removed counts towards (``before_removal``)."""
    rows: Deltas
    events: dict[str, EventState]


def before_removal(conn: Connection, document_id: str) -> Removal:
    return Removal(own_rows(conn, document_id, sign=-1), event_states(conn, told_events(conn, document_id)))


def after_removal(conn: Connection, removal: Removal) -> Deltas:
    """actor -> what the removal took (its events re-derived from the other documents' tellings or gone)."""
    return Deltas(removal.rows).merge(event_changes(removal.events, event_states(conn, removal.events)))


def apply_deltas(conn: Connection, delta: Deltas, actors: Iterable[str], pairs: Iterable[tuple[str, str]],
                 forms: Iterable[tuple[str, str]]) -> None:
    """Kept counts after documents were added or removed without corrections: the ties and forms they
    touched are recounted; their actors' counts change by ``delta`` instead of being recounted (a hub
    actor's recount reads every row it has, a million at scale). Actors without a kept row (new ones)
    are counted afresh; degree and weight are re-read from the recounted ties."""
    pairs = list(pairs)
    refresh_ties(conn, pairs)
    refresh_form_keys(conn, forms)
    touched = sorted({*actors, *delta, *(x for p in pairs for x in p)} - {None})
    for chunk in in_batches(touched):
        kept = set(conn.execute(_KEPT_AMONG, {"ids": chunk}).scalars())
        refresh_actors(conn, [a for a in chunk if a not in kept], forms=False)
        old = [a for a in chunk if a in kept]
        if old:
            dw = _degree_weight(conn, old)
            conn.execute(_ADD_TO_ACTOR, [
                {"a": a, **{f"d_{c}": n for c, n in zip(DELTAS, delta.get(a, [0] * len(DELTAS)))},
                 "d_degree": dw.get(a, (0, 0))[0], "d_weight": dw.get(a, (0, 0))[1]} for a in old])


def refresh_actor(conn: Connection, actor_id: str) -> None:
    """One actor's row and every tie it is on, either end (after a merge, a split or an undo);
    the actors at the other ends are recounted too. An actor that no longer exists loses its rows."""
    tc = t.tie_counts
    others = {row.source_id if row.target_id == actor_id else row.target_id for row in conn.execute(
        select(tc.c.source_id, tc.c.target_id).where(or_(tc.c.source_id == actor_id, tc.c.target_id == actor_id)))}
    conn.execute(delete(tc).where(or_(tc.c.source_id == actor_id, tc.c.target_id == actor_id)))
    _insert_ties(conn, tie_query(lambda c: c == actor_id))
    _insert_ties(conn, tie_query(target_cond=lambda c: c == actor_id))
    others |= {row.source_id if row.target_id == actor_id else row.target_id for row in conn.execute(
        select(tc.c.source_id, tc.c.target_id).where(or_(tc.c.source_id == actor_id, tc.c.target_id == actor_id)))}
    refresh_actors(conn, {actor_id, *others})


def rebuild(conn: Connection, forms: bool = True) -> None:
    """Every count afresh: set-based (one statement per table), for migrations and bulk-built stores
    (``forms=False``: not form_counts, outlet_counts and the kept totals, which migration 0013 runs
    before 0014 and 0015 create them)."""
    if forms:
        rebuild_forms(conn)
        rebuild_outlets(conn)
    conn.execute(delete(t.tie_counts))
    conn.execute(delete(t.actor_counts))
    _insert_ties(conn, tie_query())
    tc, ac = t.tie_counts, t.actor_counts
    # degree: distinct event pairs + relation groups; weight: every n, per end.
    ends = union_all(
        select(tc.c.source_id.label("a"), tc.c.target_id.label("b"), literal(1).label("out"), tc.c.kind, tc.c.n),
        select(tc.c.target_id.label("a"), tc.c.source_id.label("b"), literal(0).label("out"), tc.c.kind, tc.c.n)
    ).subquery()
    per_pair = (select(ends.c.a, case((ends.c.kind == "event", 1), else_=func.count()).label("d"),
                       func.sum(ends.c.n).label("w")).group_by(ends.c.a, ends.c.b, ends.c.out, ends.c.kind)).subquery()
    dw = select(per_pair.c.a, func.sum(per_pair.c.d).label("degree"), func.sum(per_pair.c.w).label("weight")) \
        .group_by(per_pair.c.a).subquery()
    base = actor_query(true()).subquery()
    conn.execute(insert(ac).from_select(
        ["actor_id", "mentions", "documents", "events", "relations", "located", "degree", "weight"],
        select(base.c.actor_id, base.c.mentions, base.c.documents, base.c.events, base.c.relations, base.c.located,
               func.coalesce(dw.c.degree, 0), func.coalesce(dw.c.weight, 0))
        .select_from(base.outerjoin(dw, dw.c.a == base.c.actor_id))))
    if forms:
        from .totals import rebuild as rebuild_totals
        rebuild_totals(conn)        # (its triggers kept them through the rows above; recounted all the same)


# ---------------------------------------------------------------- outlets

def outlet_key(c=None):
    """An outlet's key: its actor id when it is one, else its name (migration 0014 indexes it)."""
    c = c if c is not None else t.citations
    return func.coalesce(c.c.outlet_actor_id, c.c.outlet)


def _affected_outlet_queries():
    c, ec, o = t.citations, t.event_citations, t.event_occurrences
    told = select(o.c.event_id).where(o.c.document_id == _DOC)
    return [select(outlet_key()).where(c.c.document_id == _DOC),
            select(outlet_key()).join(ec, ec.c.citation_id == c.c.id).where(ec.c.event_id.in_(told))]


_AFFECTED_OUTLETS = _affected_outlet_queries()


def affected_outlets(conn: Connection, document_id: str) -> set[str]:
    """Outlets a document's rows count towards: those it cites and those citing the events it tells
    (an event losing a citation may come to rest on one outlet alone)."""
    keys = {k for q in _AFFECTED_OUTLETS for k in conn.execute(q, {"doc": document_id}).scalars()}
    return {k for k in keys if k}


def outlet_query(keys=None):
    """SELECT outlet_counts rows afresh, for these keys (None: every outlet)."""
    c, ec = t.citations, t.event_citations
    key = outlet_key()
    base = select(key.label("k"), func.min(c.c.outlet).label("outlet"), func.min(c.c.outlet_actor_id).label("actor"),
                  func.count().label("citations"), func.count(distinct(c.c.document_id)).label("documents"),
                  func.min(c.c.date).label("first"), func.max(c.c.date).label("last")).group_by(key)
    linked = select(ec.c.event_id, key.label("k")).join(c, c.c.id == ec.c.citation_id)
    if keys is not None:
        base = base.where(key.in_(keys))
        # every link of the events these outlets are on (whether they rest on one outlet alone)
        linked = linked.where(ec.c.event_id.in_(select(ec.c.event_id).join(c, c.c.id == ec.c.citation_id)
                                                .where(key.in_(keys))))
    pairs = linked.distinct().subquery()
    per_event = (select(pairs.c.event_id, func.min(pairs.c.k).label("k"), func.count().label("n"))
                 .group_by(pairs.c.event_id).subquery())
    events = select(pairs.c.k, func.count().label("n")).group_by(pairs.c.k).subquery()
    sole = (select(per_event.c.k, func.count().label("n")).where(per_event.c.n == 1)
            .group_by(per_event.c.k).subquery())
    b = base.subquery()
    return (select(b.c.k, b.c.outlet, b.c.actor, b.c.citations, b.c.documents,
                   func.coalesce(events.c.n, 0), func.coalesce(sole.c.n, 0), b.c.first, b.c.last)
            .select_from(b.outerjoin(events, events.c.k == b.c.k).outerjoin(sole, sole.c.k == b.c.k)))


OUTLET_COLUMNS = ["key", "outlet", "actor_id", "citations", "documents", "events", "sole_events", "first", "last"]


_OUTLETS_DELETE = delete(t.outlet_counts).where(t.outlet_counts.c.key.in_(_ids("keys")))
_OUTLETS_INSERT = insert(t.outlet_counts).from_select(OUTLET_COLUMNS, outlet_query(_ids("keys")))


def refresh_outlets(conn: Connection, keys: Iterable[str]) -> None:
    """Recount these outlets' rows (an outlet no longer cited loses its row)."""
    for chunk in in_batches(sorted({k for k in keys if k})):
        conn.execute(_OUTLETS_DELETE, {"keys": chunk})
        conn.execute(_OUTLETS_INSERT, {"keys": chunk})


def rebuild_outlets(conn: Connection) -> None:
    """Every outlet_counts row afresh (migration 0014, bulk-built stores)."""
    conn.execute(delete(t.outlet_counts))
    conn.execute(insert(t.outlet_counts).from_select(OUTLET_COLUMNS, outlet_query()))
