"""Actors: the lists, the profile page and who is named with whom."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

from sqlalchemy import func, select, union_all
from sqlalchemy.engine import Connection

from .. import paging, queries
from ..schema import actor_counts, actors, aliases, documents, event_actors, events, form_counts, mentions, relations
from .filters import EventFilter
from .listing import DENSE_EVENTS, actor_names, document_names, page_keys, render_pages
from .reader import mark_reviewed, relation_rows


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9(])|\n\s*\n")


def list_actors(conn: Connection, type: str | None = None, limit: int = 2000) -> list[dict]:
    """queries.list_actors plus the number of events each takes part in."""
    ev_counts = dict(conn.execute(select(event_actors.c.actor_id, func.count(func.distinct(event_actors.c.event_id)))
                                  .group_by(event_actors.c.actor_id)).all())
    return [{**a, "events": ev_counts.get(a["id"], 0)} for a in queries.list_actors(conn, type=type, top=limit)]


ACTOR_SORTS = ("mentions", "name")


def actors_page(conn: Connection, *, type: str | None = None, sort: str = "mentions", cursor: str | None = None,
                limit: int = paging.DEFAULT_LIMIT) -> dict:
    """One page of actors (``list_actors`` rows): most mentioned first, or by name."""
    a = actors
    if sort == "name":
        q = select(a.c.name.label("k"), a.c.id)
        keys, desc = [a.c.name, a.c.id], None
    else:
        ac = actor_counts       # kept at write time: the page reads its index, counts nothing
        q = select(ac.c.mentions.label("k"), ac.c.actor_id.label("id")).join(a, a.c.id == ac.c.actor_id)
        keys, desc = [ac.c.mentions, ac.c.actor_id], [True, False]
    if type:
        q = q.where(a.c.type == type)
    rows = conn.execute(paging.keyset(q, keys, cursor, limit, descending=desc)).all()
    full = {r["id"]: r for r in actor_rows(conn, [r.id for r in rows[:limit]])}
    return paging.page(rows, limit, cursor, key=lambda r: (r.k, r.id), render=lambda r: full[r.id])


def actor_rows(conn: Connection, ids: list[str]) -> list[dict]:
    """``list_actors`` rows (mentions, documents, events) for these actors only."""
    if not ids:
        return []
    a, ac = actors, actor_counts
    return [{"id": r.id, "name": r.name, "type": r.type, "first_seen": r.first_seen, "last_seen": r.last_seen,
             "mentions": r.mentions or 0, "documents": r.documents or 0, "events": r.events or 0}
            for r in conn.execute(select(a.c.id, a.c.name, a.c.type, a.c.first_seen, a.c.last_seen, ac.c.mentions,
                                         ac.c.documents, ac.c.events)
                                  .select_from(a.outerjoin(ac, ac.c.actor_id == a.c.id)).where(a.c.id.in_(ids)))]


PROFILE_LIMIT = 100        # events, relations, documents shown on a profile (totals beside them)
PROFILE_SAMPLE = 1000      # shared events are counted over the actor's first events (by id)
CO_OCCURRENCE_DOCUMENTS = 25   # ... and shared sentences over its first documents (by id)
FORM_LIMIT = 50            # surface forms listed on a profile (most used first; ``totals.forms`` counts them all)


def actor_profile(conn: Connection, ref: str, limit: int = PROFILE_LIMIT) -> dict:
    """An actor's profile, bounded however often it is named: forms, the first ``limit`` relations,
    events (date order) and documents with their totals, ``more`` (where the rest are: the events
    and its relations continue through cursors), outlets and co-occurring actors over a sample."""
    actor_id = queries.find_actor(conn, ref)
    ac = actor_counts
    a = conn.execute(select(actors, ac.c.mentions, ac.c.documents, ac.c.events.label("kept_events"), ac.c.relations)
                     .select_from(actors.outerjoin(ac, ac.c.actor_id == actors.c.id))
                     .where(actors.c.id == actor_id)).one()
    totals = {"mentions": a.mentions or 0, "documents": a.documents or 0, "events": a.kept_events or 0,
              "relations": a.relations or 0}
    form_list, totals["forms"] = _forms(conn, actor_id, a.name)
    doc_list = _documents_naming(conn, actor_id, limit)
    rel_ids = sorted({r for col in (relations.c.subject_id, relations.c.object_id) for r in conn.execute(
        select(relations.c.id).where(col == actor_id).order_by(relations.c.id).limit(limit)).scalars()})[:limit]
    rels = relation_rows(conn, relations.c.id.in_(rel_ids)) if rel_ids else []
    # The actor's events and (a place) the events located there: their events read together.
    keys = [page_keys(conn, EventFilter(actor=actor_id), limit=limit, dense=totals["events"] >= DENSE_EVENTS)]
    if a.type in ("place", "country"):
        keys.append(page_keys(conn, where=events.c.location_id == actor_id, limit=limit))
    page, *located = render_pages(conn, keys)
    evs = page["items"]
    for e in evs:
        e["role"] = "source" if any(x["id"] == actor_id for x in e["source"]) else "target"
    mark_reviewed(conn, [], evs, rels, [])
    outlets: Counter = Counter()
    for e in evs:
        for outlet in {c["outlet"] for c in e["citations"]}:
            outlets[outlet] += 1
    here = located[0]["items"] if located else []
    return {
        "id": actor_id, "name": a.name, "type": a.type, "dictionary_id": a.dictionary_id,
        "first_seen": a.first_seen, "last_seen": a.last_seen,
        "mentions": totals["mentions"], "totals": totals, "limit": limit,
        "aliases": form_list, "documents": doc_list, "relations": rels, "events": evs,
        "more": {"events": page["next"], "events_url": f"/api/events?actor={actor_id}",
                 "relations": totals["relations"] > len(rels), "documents": totals["documents"] > len(doc_list),
                 "forms": totals["forms"] > len(form_list)},
        # most events first, ties by name: the same order in every process (a set's order is not)
        "outlets": [{"outlet": o, "events": n} for o, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
        "events_here": here,
        "sentences": _sentences_of(conn, actor_id),
        "co_occurring": co_occurring(conn, actor_id),
    } | _actor_reviewed(conn, actor_id)


def _forms(conn: Connection, actor_id: str, canonical: str) -> tuple[list[dict], int]:
    """The actor's surface forms, each once, with how many documents use it (kept in form_counts) and its first
    five documents; the first FORM_LIMIT forms (canonical first, then the most used) and how many there are."""
    forms: dict[str, dict] = {}
    fc = form_counts
    for r in conn.execute(select(fc.c.alias, fc.c.reason, fc.c.documents).where(fc.c.actor_id == actor_id)
                          .order_by(fc.c.alias, fc.c.reason)):
        f = forms.setdefault(r.alias, {"alias": r.alias, "reasons": [], "documents": [], "document_count": 0,
                                       "canonical": r.alias == canonical})
        if r.reason and r.reason not in f["reasons"]:
            f["reasons"].append(r.reason)
        f["document_count"] += r.documents
    form_list = sorted(forms.values(), key=lambda f: (not f["canonical"], -f["document_count"], f["alias"].lower()))
    total = len(form_list)
    form_list = form_list[:FORM_LIMIT]
    # Each form's first five documents: one statement, a LIMITed read of the index (actor_id, alias,
    # document_id) per form.
    al, d = aliases, documents
    firsts = [select(al.c.alias, al.c.document_id).where(al.c.actor_id == actor_id, al.c.alias == f["alias"])
              .distinct().order_by(al.c.document_id).limit(5).subquery() for f in form_list]
    if firsts:
        by_form = {f["alias"]: f for f in form_list}
        u = union_all(*[select(x.c.alias, x.c.document_id) for x in firsts]).subquery()
        for r in conn.execute(select(u.c.alias, d.c.id, d.c.name).join(d, d.c.id == u.c.document_id)
                              .order_by(u.c.alias, d.c.id)):
            by_form[r.alias]["documents"].append({"name": r.name, "id": r.id})
    return form_list, total


def _documents_naming(conn: Connection, actor_id: str, limit: int) -> list[dict]:
    """The first ``limit`` documents (by id) that mention the actor, with their mentions, in date order."""
    m = mentions
    docs = conn.execute(select(m.c.document_id, func.count().label("n")).where(m.c.actor_id == actor_id)
                        .group_by(m.c.document_id).order_by(m.c.document_id).limit(limit)).all()
    names = document_names(conn, [r.document_id for r in docs])
    doc_list = [{**names.get(r.document_id, {"id": r.document_id}), "mentions": r.n} for r in docs]
    doc_list.sort(key=lambda x: (x.get("date") or "", x.get("name") or ""))
    return doc_list


def _actor_reviewed(conn: Connection, actor_id: str) -> dict:
    """``reviewed`` and ``correction_id``: the last live correction of the actor (retype, alias, merge, split)."""
    from ..corrections import reviewed
    cid = reviewed(conn, "actor").get(actor_id)
    return {"reviewed": cid is not None, "correction_id": cid}


def _sentences_of(conn: Connection, actor_id: str, n: int = 50) -> list[dict]:
    """The first ``n`` sentences naming the actor (by document id, then position)."""
    m, d = mentions, documents
    snippets: list[dict] = []
    rows = conn.execute(select(m.c.document_id, m.c.start, m.c.end).where(m.c.actor_id == actor_id)
                        .order_by(m.c.document_id, m.c.start).limit(n * 4)).all()
    wanted = sorted({r.document_id for r in rows})           # their texts in one query
    texts = {r.id: (r.text, r.name) for r in conn.execute(select(d.c.id, d.c.text, d.c.name)
                                                            .where(d.c.id.in_(wanted)))} if wanted else {}
    for r in rows:
        if len(snippets) >= n:
            break
        text, name = texts[r.document_id]
        s, e = queries.sentence_around(text, r.start, r.end)
        if snippets and snippets[-1]["document_id"] == r.document_id and snippets[-1]["start"] == s:
            continue
        snippets.append({"document_id": r.document_id, "document": name, "start": s, "end": e,
                         "mention_start": r.start, "mention_end": r.end, "sentence": " ".join(text[s:e].split())})
    return snippets


def _sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (for co-occurrence counts only)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def co_occurring(conn: Connection, actor_id: str, limit: int = 25) -> list[dict]:
    """Actors named in the same sentence as this one, most frequent first (shared events count too).

    Read over the actor's first CO_OCCURRENCE_DOCUMENTS documents and PROFILE_SAMPLE events (by id):
    bounded for an actor named a million times."""
    first_docs = select(mentions.c.document_id).where(mentions.c.actor_id == actor_id).distinct() \
        .order_by(mentions.c.document_id).limit(CO_OCCURRENCE_DOCUMENTS)
    own = conn.execute(select(mentions.c.document_id, mentions.c.start).where(
        mentions.c.actor_id == actor_id, mentions.c.document_id.in_(first_docs))).all()
    by_doc: dict[str, list[int]] = defaultdict(list)
    for m in own:
        by_doc[m.document_id].append(m.start)
    together: Counter = Counter()
    # The documents' texts and the other actors' mentions in them: one query each.
    texts = dict(conn.execute(select(documents.c.id, documents.c.text).where(documents.c.id.in_(list(by_doc))))
                 .all()) if by_doc else {}
    others_in: dict[str, list] = defaultdict(list)
    if by_doc:
        for o in conn.execute(select(mentions.c.document_id, mentions.c.actor_id, mentions.c.start)
                              .where(mentions.c.document_id.in_(list(by_doc)), mentions.c.actor_id != actor_id)):
            others_in[o.document_id].append(o)
    for doc_id, starts in by_doc.items():
        sentence_starts = [s for s, _ in _sentences(texts[doc_id])]

        def sentence_of(offset: int) -> int:
            return bisect_right(sentence_starts, offset) - 1

        mine = {sentence_of(st) for st in starts}
        # Count each (actor, sentence) once: "Iran ... Iran" in one sentence is one co-occurrence.
        for other, sentence in {(o.actor_id, sentence_of(o.start)) for o in others_in[doc_id]}:
            if sentence in mine:
                together[other] += 1
    shared_events: Counter = Counter()
    ea2 = event_actors.alias("other")
    q = (select(ea2.c.actor_id, func.count(func.distinct(ea2.c.event_id)))
         .where(ea2.c.event_id.in_(select(event_actors.c.event_id).where(event_actors.c.actor_id == actor_id)
                                   .order_by(event_actors.c.event_id).limit(PROFILE_SAMPLE)),
                ea2.c.actor_id != actor_id).group_by(ea2.c.actor_id))
    for other, n in conn.execute(q):
        shared_events[other] = n
    ids = set(together) | set(shared_events)
    names = actor_names(conn, ids)
    rows = [{**names.get(i, {"id": i, "name": i, "type": None}), "sentences": together.get(i, 0),
             "events": shared_events.get(i, 0)} for i in ids]
    rows.sort(key=lambda r: (-(r["sentences"] + 2 * r["events"]), r["name"]))
    return rows[:limit]
