"""The network: the most connected actors, their edges, and the events of one tie."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import and_, case, exists, func, or_, select, text, union_all
from sqlalchemy.engine import Connection

from ...errors import UnknownActorError
from .. import paging
from ..schema import actor_counts, actors, event_actors, events, mentions, relations, tie_counts
from ..counts import QUAD_SCORE
from .filters import EventFilter
from .listing import DENSE_EVENTS, actor_names, chunks, conditions, count_events, events_page
from .reader import relation_rows


NETWORK_LIMIT = 200       # nodes of the network by default: the most connected actors
NETWORK_MAX = 2000
NETWORK_RANKS = ("degree", "weight")


def network(conn: Connection, flt: EventFilter | None = None, include_relations: bool = True,
            types: Iterable[str] | None = None, min_mentions: int = 0, only_tied: bool = False,
            limit: int = NETWORK_LIMIT, rank: str = "degree", kept: bool = True) -> dict:
    """The ``limit`` most connected actors (by ``rank``: degree = edges, weight = events and relations
    on them) with the edges among them: event ties (source -> target, weighted by count) and typed
    relations, aggregated in SQL. When fewer actors have ties, the most mentioned untied ones
    (``min_mentions`` at least; none with ``only_tied``) fill the rest. Unfiltered, the kept counts
    answer (``kept=False``: the aggregate, as a filtered network is made)."""
    flt = flt or EventFilter()
    types = sorted(set(types or []))
    ev_flt = EventFilter(start=flt.start, end=flt.end, type=flt.type, sphere=flt.sphere, document=flt.document)
    ev_cond = conditions(ev_flt)
    if ev_cond is None and include_relations and kept:
        # The whole store: the kept counts (store/counts.py) give the ranking and the edges at once.
        return _network_kept(conn, types, min_mentions, only_tied, limit, rank)
    relations_hidden = include_relations and bool(flt.type or flt.sphere or flt.has_window())
    # One aggregate pass each over the event ties and the relations (grouped in SQL); the
    # ranking runs over the grouped pairs, so its cost is the pairs, not the events.
    tie_rows = _event_tie_rows(conn, ev_cond)
    ties = _pair_totals(tie_rows)
    rel_rows = _relation_pairs(conn, flt.document) if include_relations and not relations_hidden else []
    degree, weight = _degree_and_weight(ties, rel_rows)
    candidates = list(degree)
    if types:
        typed = set(conn.execute(select(actors.c.id).where(actors.c.type.in_(types))).scalars())
        candidates = [a for a in candidates if a in typed]
    rank_of = weight if rank == "weight" else degree
    top_ids = sorted(candidates, key=lambda a: (-rank_of[a], a))[:limit]
    keep = set(top_ids)
    top = {a: {"degree": degree[a], "weight": weight[a]} for a in top_ids}
    ids = list(top_ids)
    kinds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for a, b, etype, n, _ in tie_rows:
        if a in keep and b in keep:
            kinds[a, b][etype] += n
    edges = _edges(kinds, ties, [r for r in rel_rows if r.s in keep and r.o in keep])
    if flt.document or not kept:
        counts, untied = _counted_mentions(conn, ids, min_mentions, flt.document)
    else:
        # Every mention of the store: the kept actor_counts (a hub's mentions are not counted per request).
        ac = actor_counts
        counts = dict(conn.execute(select(ac.c.actor_id, ac.c.mentions).where(ac.c.actor_id.in_(ids),
                                                                             ac.c.mentions > 0)).all()) if ids else {}
        untied = _untied_from_kept(ids, min_mentions)
    if types:
        untied = untied.where(actors.c.type.in_(types))
    return _network_answer(conn, ids, top, counts, untied, edges, limit=limit, only_tied=only_tied,
                           events=count_events(conn, ev_flt, kept=kept), relations_hidden=relations_hidden,
                           rank=rank, tied_total=len(candidates))


def _event_tie_rows(conn: Connection, ev_cond) -> list[tuple]:
    """(source, target, type, events, quad score) per pair and event type, of the events ``ev_cond`` keeps."""
    src, tgt = event_actors.alias("src"), event_actors.alias("tgt")
    pairs = (events.join(src, and_(src.c.event_id == events.c.id, src.c.role == "source"))
             .join(tgt, and_(tgt.c.event_id == events.c.id, tgt.c.role == "target")))
    score = case(*[(events.c.quad == q, v) for q, v in QUAD_SCORE.items()], else_=0)
    cols = [src.c.actor_id.label("s"), tgt.c.actor_id.label("o"), events.c.type]
    tie_q = (select(*cols, func.count().label("n"), func.sum(score).label("score")).select_from(pairs)
             .where(src.c.actor_id != tgt.c.actor_id).group_by(*cols))
    if ev_cond is not None:
        tie_q = tie_q.where(ev_cond)
    return [tuple(r) for r in conn.execute(tie_q)]


def _pair_totals(tie_rows: list[tuple]) -> dict[tuple[str, str], list]:
    """[events, score] per (source, target) pair, over its event types."""
    ties: dict[tuple[str, str], list] = {}
    for a, b, _, n, sc in tie_rows:
        tie = ties.get((a, b))
        if tie is None:
            ties[a, b] = [n, sc or 0]
        else:
            tie[0] += n
            tie[1] += sc or 0
    return ties


def _relation_pairs(conn: Connection, document: str | None) -> list:
    """(s, predicate, o, n) per related pair and predicate, in one document or the whole store."""
    r = relations
    rel_q = (select(r.c.subject_id.label("s"), r.c.predicate, r.c.object_id.label("o"), func.count().label("n"))
             .where(r.c.subject_id != r.c.object_id).group_by(r.c.subject_id, r.c.predicate, r.c.object_id))
    if document:
        rel_q = rel_q.where(r.c.document_id == document)
    return conn.execute(rel_q).all()


def _degree_and_weight(ties: dict, rel_rows: list) -> tuple[Counter, Counter]:
    """Per actor: its edges (an event pair or a related pair and predicate, one each) and the events and
    relations on them."""
    degree: Counter = Counter()
    weight: Counter = Counter()
    for (a, b), (n, _) in ties.items():
        degree[a] += 1
        degree[b] += 1
        weight[a] += n
        weight[b] += n
    for row in rel_rows:
        for x in (row.s, row.o):
            degree[x] += 1
            weight[x] += row.n
    return degree, weight


def _counted_mentions(conn: Connection, ids: list[str], min_mentions: int, document: str | None):
    """Mentions counted afresh (in ``document`` when given): the ranked actors' counts, and the SELECT of the
    untied actors with enough mentions, most first."""
    mention_q = select(mentions.c.actor_id, func.count()).group_by(mentions.c.actor_id)
    if document:
        mention_q = mention_q.where(mentions.c.document_id == document)
    counts = dict(conn.execute(mention_q.where(mentions.c.actor_id.in_(ids))).all()) if ids else {}
    n = func.count().label("n")
    untied = (select(mentions.c.actor_id, n).join(actors, actors.c.id == mentions.c.actor_id)
              .where(mentions.c.actor_id.not_in(ids) if ids else True)
              .group_by(mentions.c.actor_id).having(n >= max(min_mentions, 1))
              .order_by(n.desc(), mentions.c.actor_id))
    if document:
        untied = untied.where(mentions.c.document_id == document)
    return counts, untied


def _untied_from_kept(ids: list[str], min_mentions: int):
    """SELECT (actor, mentions) of the actors outside ``ids`` with enough mentions, most first, from
    the kept actor_counts (a hub's mentions are not counted per request)."""
    ac = actor_counts
    return (select(ac.c.actor_id, ac.c.mentions).join(actors, actors.c.id == ac.c.actor_id)
            .where(ac.c.mentions >= max(min_mentions, 1), ac.c.actor_id.not_in(ids) if ids else True)
            .order_by(ac.c.mentions.desc(), ac.c.actor_id))


def _network_answer(conn: Connection, ids: list[str], top: dict[str, dict], counts: dict[str, int], untied,
                    edges: list[dict], *, limit: int, only_tied: bool, events: int, relations_hidden: bool,
                    rank: str, tied_total: int) -> dict:
    """The network's answer from the ranked actors (``top``: their degree and weight): with room left
    (and not ``only_tied``) the ``untied`` query's most mentioned actors fill it (small stores show
    everyone); every node named, with its mentions (``counts``)."""
    if len(ids) < limit and not only_tied:
        for actor_id, k in conn.execute(untied.limit(limit - len(ids))):
            counts[actor_id] = k
            ids.append(actor_id)
    names = actor_names(conn, ids)
    nodes = [{**names[i], "mentions": counts.get(i, 0), "degree": top[i]["degree"] if i in top else 0,
              "weight": top[i]["weight"] if i in top else 0} for i in ids if i in names]
    return {"nodes": nodes, "edges": edges, "events": events, "relations_hidden": relations_hidden,
            "limit": limit, "rank": rank, "tied_actors": tied_total, "truncated": tied_total > len(top)}


def _edges(kinds: dict, ties: dict, rel_rows: list) -> list[dict]:
    """Network edges: event ties (a, b) with their count, mean score and types; then relations."""
    edges = []
    for (a, b) in sorted(kinds):
        n, sc = ties[a, b]
        types = sorted(kinds[a, b].items(), key=lambda kv: (-kv[1], kv[0]))
        edges.append({"id": f"e|{a}|{b}", "source": a, "target": b, "kind": "events", "count": n,
                      "score": round(sc / n, 2), "types": dict(types)})
    for row in sorted(rel_rows, key=lambda x: (x.s, x.predicate, x.o)):
        edges.append({"id": f"r|{row.s}|{row.predicate}|{row.o}", "source": row.s, "target": row.o,
                      "kind": "relation", "predicate": row.predicate, "count": row.n})
    return edges


def _network_kept(conn: Connection, types: list[str], min_mentions: int, only_tied: bool, limit: int,
                  rank: str) -> dict:
    """``network`` of the whole store from actor_counts and tie_counts: the ``limit`` first actors by
    degree (or weight) read through their index, the ties among them; the same answer as the aggregate."""
    ac = actor_counts
    key = ac.c.weight if rank == "weight" else ac.c.degree
    every = select(ac.c.actor_id, ac.c.degree, ac.c.weight, ac.c.mentions)
    if types:
        every = every.join(actors, actors.c.id == ac.c.actor_id).where(actors.c.type.in_(types))
    tied = every.where(key > 0)       # weight > 0 exactly when degree > 0
    if types:
        tied_total = conn.execute(tied.with_only_columns(func.count())).scalar_one()
    else:
        from ..totals import total
        tied_total = total(conn, "tied_actors")      # kept (migration 0015): no count of actor_counts
    # The limit-th key; the actors above it, then those at it by id (both read through the key's index:
    # a million copies of one degree are not sorted in Python).
    floor = conn.execute(tied.with_only_columns(key).order_by(key.desc()).offset(limit - 1).limit(1)).scalar() \
        if limit else None
    if floor is None:
        rows = conn.execute(tied).all() if limit else []
    else:
        # (floor >= 1; one range on the key's index each, not "> 0" then a filter)
        rows = conn.execute(every.where(key > floor)).all()
        rows += conn.execute(every.where(key == floor).order_by(ac.c.actor_id).limit(limit - len(rows))).all()
    rank_of = (lambda r: r.weight) if rank == "weight" else (lambda r: r.degree)
    rows = sorted(rows, key=lambda r: (-rank_of(r), r.actor_id))[:limit]
    ids = [r.actor_id for r in rows]
    top = {r.actor_id: {"degree": r.degree, "weight": r.weight} for r in rows}
    counts = {r.actor_id: r.mentions for r in rows if r.mentions}
    kinds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    ties: dict[tuple[str, str], list] = {}
    rel_rows = []
    for chunk in chunks(ids):
        for r in conn.execute(*_ties_among(conn, chunk, ids)):
            if r.kind == "event":
                kinds[r.source_id, r.target_id][r.label] += r.n
                tie = ties.setdefault((r.source_id, r.target_id), [0, 0])
                tie[0] += r.n
                tie[1] += r.score
            else:
                rel_rows.append(_Relation(r.source_id, r.label, r.target_id, r.n))
    edges = _edges(kinds, ties, rel_rows)
    untied = _untied_from_kept(ids, min_mentions)
    if types:
        untied = untied.where(actors.c.type.in_(types))
    return _network_answer(conn, ids, top, counts, untied, edges, limit=limit, only_tied=only_tied,
                           events=count_events(conn), relations_hidden=False, rank=rank, tied_total=tied_total)


def _ties_among(conn: Connection, sources: list[str], targets: list[str]):
    """(statement, params): tie_counts rows from these sources to these targets, one primary-key
    lookup per pair on SQLite (a hub's own ties run to hundreds of thousands: never scan them);
    PostgreSQL reads both lists in one scan of the primary-key index (= ANY)."""
    if conn.dialect.name == "postgresql":
        tc = tie_counts
        return (select(tc.c.source_id, tc.c.target_id, tc.c.kind, tc.c.label, tc.c.n, tc.c.score)
                .where(tc.c.source_id.in_(sources), tc.c.target_id.in_(targets)),)
    params = {f"s{i}": x for i, x in enumerate(sources)} | {f"t{i}": x for i, x in enumerate(targets)}
    s_rows = ", ".join(f"(:s{i})" for i in range(len(sources)))
    t_rows = ", ".join(f"(:t{i})" for i in range(len(targets)))
    sql = (f"WITH s(id) AS (VALUES {s_rows}), t(id) AS (VALUES {t_rows}) "
           "SELECT tc.source_id, tc.target_id, tc.kind, tc.label, tc.n, tc.score "
           "FROM s CROSS JOIN t CROSS JOIN tie_counts tc WHERE tc.source_id = s.id AND tc.target_id = t.id")
    return text(sql), params


@dataclass(frozen=True)
class _Relation:
    s: str
    predicate: str
    o: str
    n: int


def ties_between(conn: Connection, a: str, b: str, flt: EventFilter | None = None, *,
                 cursor: str | None = None, limit: int = paging.DEFAULT_LIMIT) -> dict:
    """The evidence behind a network edge: relations and events linking two actors, either direction
    (the first ``limit`` of each with their totals; ``events_next`` continues the events)."""
    flt = flt or EventFilter()
    names = actor_names(conn, [a, b])
    for actor_id in (a, b):
        if actor_id not in names:
            raise UnknownActorError(f"no actor with id '{actor_id}'", fix="Use ids from GET /api/network.")
    rel_where = or_(and_(relations.c.subject_id == a, relations.c.object_id == b),
                    and_(relations.c.subject_id == b, relations.c.object_id == a))
    if flt.document:
        rel_where = and_(rel_where, relations.c.document_id == flt.document)
    # The kept tie_counts rows of the pair: its relations and its events in each direction.
    tc = tie_counts
    kept = {(r.source_id, r.kind): r.n for r in conn.execute(
        select(tc.c.source_id, tc.c.kind, func.sum(tc.c.n).label("n")).where(or_(
            and_(tc.c.source_id == a, tc.c.target_id == b), and_(tc.c.source_id == b, tc.c.target_id == a)))
        .group_by(tc.c.source_id, tc.c.kind))}
    n_ab, n_ba = kept.get((a, "event"), 0), kept.get((b, "event"), 0)
    if flt.document:
        rel_total = conn.execute(select(func.count()).select_from(relations).where(rel_where)).scalar_one()
    else:
        rel_total = kept.get((a, "relation"), 0) + kept.get((b, "relation"), 0)
    rel_ids = []
    if rel_total:
        # The pair's relations through the subject and object indexes, then sorted (PostgreSQL otherwise
        # walks every relation in id order looking for them: 457 ms for the busiest pair at a million).
        pair = select(relations.c.id).where(rel_where).cte("pair_relations").prefix_with("MATERIALIZED")
        rel_ids = conn.execute(select(pair.c.id).order_by(pair.c.id).limit(limit)).scalars().all()
    rels = relation_rows(conn, relations.c.id.in_(rel_ids)) if rel_ids else []
    ev_flt = EventFilter(start=flt.start, end=flt.end, type=flt.type, sphere=flt.sphere, document=flt.document)
    on_tie = events.c.id.in_(_between(a, b))
    # A tie with many events (kept counts): the page walks the date order probing each event.
    walk = _on_tie(a, b) if n_ab + n_ba >= DENSE_EVENTS else on_tie
    page = events_page(conn, ev_flt, where=walk, limit=limit, cursor=cursor)
    if ev_flt.where() is None and not ev_flt.has_window():
        total = _tie_total(conn, a, b, n_ab, n_ba)
    else:
        total = count_events(conn, ev_flt, where=on_tie)
    return {"a": names[a], "b": names[b], "relations": rels, "relations_total": rel_total,
            "events": page["items"], "events_total": total, "events_next": page["next"]}


def _tie_total(conn: Connection, a: str, b: str, n_ab: int, n_ba: int) -> int:
    """Events between a and b either way, from the kept counts of each direction less the events in
    both (read by walking the smaller direction only)."""
    if not n_ab or not n_ba:
        return n_ab + n_ba
    s, o = (b, a) if n_ba <= n_ab else (a, b)
    back_src, back_tgt = event_actors.alias("back_src"), event_actors.alias("back_tgt")
    smaller = _direction(s, o).subquery()
    both = conn.execute(select(func.count()).select_from(smaller).where(
        exists().where(back_src.c.event_id == smaller.c.event_id, back_src.c.actor_id == o,
                       back_src.c.role == "source"),
        exists().where(back_tgt.c.event_id == smaller.c.event_id, back_tgt.c.actor_id == s,
                       back_tgt.c.role == "target"))).scalar_one()
    return n_ab + n_ba - both


def _on_tie(a: str, b: str):
    """SQL: the event has a as a source and b as a target, or b as a source and a as a target, probed per
    event: a scalar count of its (actor, role) rows, which PostgreSQL runs per row (EXISTS probes it turns
    into hashed subplans over both actors' events: 0.7 s for the busiest pair at a million)."""
    def pair(s: str, o: str, alias: str):
        ea = event_actors.alias(alias)
        found = (select(func.count()).where(ea.c.event_id == events.c.id, or_(
            and_(ea.c.actor_id == s, ea.c.role == "source"), and_(ea.c.actor_id == o, ea.c.role == "target")))
            .scalar_subquery())
        return found == 2        # (actor, role) is unique per event (the primary key)
    return or_(pair(a, b, "ab"), pair(b, a, "ba"))


def _direction(s: str, o: str):
    """SELECT the ids of the events with s as a source and o as a target (the index (actor, role, event))."""
    src, tgt = event_actors.alias("src"), event_actors.alias("tgt")
    return (select(src.c.event_id).join(tgt, tgt.c.event_id == src.c.event_id)
            .where(src.c.actor_id == s, src.c.role == "source", tgt.c.actor_id == o, tgt.c.role == "target"))


def _between(a: str, b: str):
    """SELECT the ids of the events with a as a source and b as a target, and the other way round: each
    direction read through the index (actor, role, event) of migration 0015 (PostgreSQL merges two runs)."""
    return union_all(_direction(a, b), _direction(b, a))
