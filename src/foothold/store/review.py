"""Analyst corrections: make one, undo one, and re-apply them when a document is stored again.

Every correction is recorded in ``corrections`` (``store.corrections``) in the transaction that
makes its effect, so nothing is half-written:

- ``reject_mention|event|relation|citation``: the fact is removed from the fact tables (every
  view and export then leaves it out); the correction keeps a snapshot of what went, for undo,
  and its natural key (document, type, span), so the writer removes it again from a fresh
  extraction of the document.
- ``confirm``: the analyst keeps a fact as extracted (it counts as reviewed).
- ``retype_actor``, ``add_alias``, ``merge_actors``, ``split_alias``: the actor is corrected
  (merges and splits through ``store.curate``, replayed by ``store.rules``).
- ``add_event``, ``add_relation``: a missed fact from words the analyst selected, stored as a
  normal fact whose extractor is ``foothold.review.v1``.

Undo marks ``undone_at`` and reverses the effect in one transaction. ``reapply`` (called by the
writer after it stores a document) moves the document's corrections to its new version
(a changed file: spans found again by their words) and applies them to the fresh extraction.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..errors import BadCorrectionError, AlreadyUndoneError, UnknownActorError, UnknownFactError
from ..model import ACTOR_TYPES, PREDICATES
from ..resolve.names import normalise_name
from . import schema as t
from .corrections import (ADD_KINDS, FACT_KINDS, KINDS, LOCAL_AUTHOR, REJECT_KINDS, REVIEW_EXTRACTOR, by_prefix,
                          get, get_row, live, record)
from . import counts
from .db import write_transaction
from .happenings import refresh_event

TABLES = {"mention": t.mentions, "event": t.events, "relation": t.relations, "citation": t.citations}
INT_IDS = ("mention", "relation", "citation")
REASON_MAX = 2000


# ------------------------------------------------------------------ entry points

def correct(engine: Engine, kind: str, fields: dict, *, author: str = LOCAL_AUTHOR) -> dict:
    """Make one correction (``kind`` in ``corrections.KINDS``) in one transaction; returns it."""
    if kind not in KINDS:
        raise BadCorrectionError(f"'{str(kind)[:40]}' is not a kind of correction",
                                 fix=f"Use one of: {', '.join(KINDS)}.")
    with write_transaction(engine) as conn:
        cid = MAKERS[kind](conn, fields, author)
        recount(conn, cid)
        return get(conn, cid)


def undo(engine: Engine, correction_id: str) -> dict:
    """Reverse a correction's effect and mark it undone (one transaction); 409 if already undone."""
    with write_transaction(engine) as conn:
        row = get_row(conn, correction_id)
        if row.undone_at is not None:
            raise AlreadyUndoneError(f"correction '{correction_id}' was already undone at {row.undone_at.isoformat()}",
                                     fix="Make the correction again if you want it back.")
        UNDOERS[row.kind](conn, row)
        conn.execute(update(t.corrections).where(t.corrections.c.id == row.id)
                     .values(undone_at=datetime.now(timezone.utc)))
        recount(conn, row.id)
        return get(conn, row.id)


def recount(conn: Connection, correction_id: str) -> None:
    """Kept counts (store/counts.py) after a correction or its undo, in the same transaction: every
    actor the correction names — its target, its payload, the snapshot of what it removed — is
    recounted with every tie it is on. Found by walking the record rather than per kind, so a new
    kind of correction cannot forget it."""
    row = conn.execute(select(t.corrections.c.target_id, t.corrections.c.payload, t.corrections.c.document_id)
                       .where(t.corrections.c.id == correction_id)).one()
    named: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            named.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
    walk(row.payload)
    walk(row.target_id)
    candidates = sorted(n for n in named if n and len(n) <= 200)
    actors: set[str] = set()
    for i in range(0, len(candidates), 500):
        chunk = candidates[i:i + 500]
        actors |= set(conn.execute(select(t.actors.c.id).where(t.actors.c.id.in_(chunk))).scalars())
    for actor_id in sorted(actors):
        counts.refresh_actor(conn, actor_id)
    # Outlets: any named string that is an outlet's key (an outlet actor, a merged-away one) and the
    # outlets of the correction's document and of the events it names (a rejected event's links are gone).
    outlets = set(named)
    if row.document_id:
        outlets |= counts.affected_outlets(conn, row.document_id)
    counts.refresh_outlets(conn, {n for n in outlets if n and len(n) <= 200})


# ------------------------------------------------------------------ helpers

def _need(fields: dict, name: str, kind: str):
    value = fields.get(name)
    if value is None or value == "":
        raise BadCorrectionError(f"a {kind} correction needs '{name}'", fix=f"Give '{name}' in the correction.")
    return value


def _reason(fields: dict) -> str | None:
    reason = fields.get("reason")
    return str(reason)[:REASON_MAX] if reason else None


def _fact_row(conn: Connection, fact_kind: str, fact_id):
    if fact_kind not in TABLES:
        raise BadCorrectionError(f"'{str(fact_kind)[:40]}' is not a kind of fact",
                                 fix=f"Use one of: {', '.join(FACT_KINDS)}.")
    table = TABLES[fact_kind]
    key = fact_id
    if fact_kind in INT_IDS:
        try:
            key = int(fact_id)
        except (TypeError, ValueError):
            key = None
        if key is not None and not 0 < key < 2**63:     # no stored id; the database could not even compare it
            key = None
    row = None if key is None else conn.execute(select(table).where(table.c.id == key)).first()
    if row is None and fact_kind not in INT_IDS:
        row = by_prefix(conn, table, fact_id, fact_kind)
    if row is None:
        raise UnknownFactError(f"no {fact_kind} with id '{str(fact_id)[:80]}'",
                               fix=f"Take the {fact_kind} id from the document reader "
                                   f"(GET /api/documents/ID) or `foothold review queue`.")
    return row


def _actor(conn: Connection, actor_id) -> dict:
    row = conn.execute(select(t.actors).where(t.actors.c.id == str(actor_id))).first() if actor_id else None
    if row is None:
        raise UnknownActorError(f"no actor with id '{str(actor_id)[:80]}'",
                                fix="Take the actor id from the actor list (GET /api/actors or `foothold actors`).")
    return {"id": row.id, "name": row.name, "type": row.type}


def _plain(row) -> dict:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in row._mapping.items()}


def _key(fact_kind: str, row) -> dict:
    """A fact's natural key: what finds it again in a fresh extraction of its document."""
    key = {"document_id": row.document_id, "start": row.start, "end": row.end}
    if fact_kind == "mention":
        key["text"] = row.text
    elif fact_kind == "event":
        key["type"] = row.type
    elif fact_kind == "relation":
        key |= {"predicate": row.predicate, "subject_id": row.subject_id, "object_id": row.object_id}
    elif fact_kind == "citation":
        key["outlet"] = row.outlet
    return key


def _matching(conn: Connection, fact_kind: str, key: dict) -> list:
    """Rows of ``fact_kind`` (occurrences for events) with this natural key."""
    table = t.event_occurrences if fact_kind == "event" else TABLES[fact_kind]
    q = select(table).where(table.c.document_id == key["document_id"], table.c.start == key["start"],
                            table.c.end == key["end"])
    for name in ("type", "predicate", "subject_id", "object_id", "outlet"):
        if name in key:
            q = q.where(table.c[name] == key[name])
    return conn.execute(q.order_by(table.c.id)).all()


def _document_text(conn: Connection, document_id) -> str:
    text = conn.execute(select(t.documents.c.text).where(t.documents.c.id == str(document_id))).scalar()
    if text is None:
        raise UnknownFactError(f"no document with id '{str(document_id)[:80]}'",
                               fix="Take the document id from the document list (GET /api/documents).")
    return text


def _span(conn: Connection, fields: dict, kind: str) -> tuple[str, int, int, str]:
    doc = str(_need(fields, "document_id", kind))
    text = _document_text(conn, doc)
    try:
        start, end = int(_need(fields, "start", kind)), int(_need(fields, "end", kind))
    except (TypeError, ValueError):
        raise BadCorrectionError("start and end must be character offsets (integers)",
                                 fix="Give the offsets of the selected words in the original text.") from None
    if not (0 <= start < end <= len(text)) or not text[start:end].strip():
        raise BadCorrectionError(f"the span {start}-{end} holds no words of the document ({len(text)} characters)",
                                 fix="Select the words that state the fact (0 <= start < end <= length).")
    return doc, start, end, text[start:end]


def _date(value) -> tuple[str | None, str | None]:
    if value in (None, ""):
        return None, None
    from .views import is_calendar_date
    value = str(value)
    if not is_calendar_date(value):
        raise BadCorrectionError(f"date '{value[:40]}' is not a calendar date",
                                 fix="Give YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-06-17.")
    return value, {4: "year", 7: "month", 10: "day"}[len(value)]


# ------------------------------------------------------------------ rejections

def _reject(fact_kind: str):
    def make(conn: Connection, fields: dict, author: str) -> str:
        kind = f"reject_{fact_kind}"
        row = _fact_row(conn, fact_kind, _need(fields, f"{fact_kind}_id", kind))
        payload = {"reason": _reason(fields), "key": _key(fact_kind, row),
                   "snapshot": REMOVERS[fact_kind](conn, row)}
        evidence = row.text if fact_kind == "mention" else row.evidence
        return record(conn, kind, payload=payload, author=author, fact_kind=fact_kind, document_id=row.document_id,
                      target_id=row.id, start=row.start, end=row.end, evidence=evidence)
    return make


def _remove_mention(conn: Connection, row) -> dict:
    """Delete a mention; when it was the document's last mention of that name for the actor, the
    document's alias rows of the name go too, and the actor when nothing else refers to it ("not an actor")."""
    from .writer import remove_orphan_actors
    m, al = t.mentions, t.aliases
    actor = conn.execute(select(t.actors).where(t.actors.c.id == row.actor_id)).first()
    conn.execute(delete(m).where(m.c.id == row.id))
    key = normalise_name(row.text)
    others = conn.execute(select(m.c.text).where(m.c.document_id == row.document_id, m.c.actor_id == row.actor_id)).scalars()
    aliases = []
    if not any(normalise_name(x) == key for x in others):
        aliases = [_plain(a) for a in conn.execute(select(al).where(
            al.c.document_id == row.document_id, al.c.actor_id == row.actor_id, al.c.key == key).order_by(al.c.id))]
        if aliases:
            conn.execute(delete(al).where(al.c.id.in_([a["id"] for a in aliases])))
    remove_orphan_actors(conn, [row.actor_id])
    gone = actor is not None and not _exists(conn, t.actors, row.actor_id)
    return _plain(row) | {"actor": {"name": actor.name, "type": actor.type} if actor else None,
                          "actor_row": _plain(actor) if gone else None, "aliases": aliases}


def _remove_relation(conn: Connection, row) -> dict:
    conn.execute(delete(t.relations).where(t.relations.c.id == row.id))
    return _plain(row)


def _remove_citation(conn: Connection, row) -> dict:
    oc, ec = t.occurrence_citations, t.event_citations
    occs = sorted(conn.execute(select(oc.c.occurrence_id).where(oc.c.citation_id == row.id)).scalars())
    events = sorted(conn.execute(select(ec.c.event_id).where(ec.c.citation_id == row.id)).scalars())
    conn.execute(delete(oc).where(oc.c.citation_id == row.id))
    conn.execute(delete(ec).where(ec.c.citation_id == row.id))
    conn.execute(delete(t.citations).where(t.citations.c.id == row.id))
    return _plain(row) | {"occurrences": occs, "events": events}


def _remove_occurrences(conn: Connection, occurrence_ids: list[str]) -> list[dict]:
    """Delete occurrences (with their actors and citations) and re-derive their events; returns snapshots."""
    o, oa, oc = t.event_occurrences, t.occurrence_actors, t.occurrence_citations
    rows = conn.execute(select(o).where(o.c.id.in_(occurrence_ids)).order_by(o.c.id)).all()
    out = []
    for r in rows:
        out.append(_plain(r) | {
            "actors": [[a.actor_id, a.role] for a in conn.execute(select(oa).where(oa.c.occurrence_id == r.id))],
            "citations": sorted(conn.execute(select(oc.c.citation_id).where(oc.c.occurrence_id == r.id)).scalars())})
    conn.execute(delete(oa).where(oa.c.occurrence_id.in_(occurrence_ids)))
    conn.execute(delete(oc).where(oc.c.occurrence_id.in_(occurrence_ids)))
    conn.execute(delete(o).where(o.c.id.in_(occurrence_ids)))
    for eid in sorted({r.event_id for r in rows}):
        refresh_event(conn, eid)
    return out


def _remove_event(conn: Connection, row) -> dict:
    o = t.event_occurrences
    ids = list(conn.execute(select(o.c.id).where(o.c.event_id == row.id)).scalars())
    snapshot = {"event": _plain(row), "occurrences": _remove_occurrences(conn, ids)}
    conn.execute(delete(t.events).where(t.events.c.id == row.id))   # (refresh_event removed it already)
    return snapshot


REMOVERS = {"mention": _remove_mention, "relation": _remove_relation, "citation": _remove_citation,
            "event": _remove_event}


def _event_keys(payload: dict) -> list[dict]:
    """The natural keys of every telling a rejected event had."""
    return [{"document_id": o["document_id"], "start": o["start"], "end": o["end"], "type": o["type"]}
            for o in payload["snapshot"]["occurrences"]]


def _restore(conn: Connection, row) -> None:
    """Undo a rejection: put the snapshot back where its document is still stored."""
    fact_kind, p = row.fact_kind, row.payload
    snap = p["snapshot"]
    docs = set(conn.execute(select(t.documents.c.id)).scalars())
    if fact_kind == "mention":
        if snap["document_id"] not in docs:
            return
        if snap.get("actor_row") and not _exists(conn, t.actors, snap["actor_id"]):
            conn.execute(insert(t.actors).values(snap["actor_row"]))
        actor = snap.get("actor") or {"name": snap["text"], "type": snap.get("type") or "organization"}
        _ensure_actor(conn, snap["actor_id"], actor["name"], actor["type"])
        values = {k: snap[k] for k in ("document_id", "actor_id", "start", "end", "text", "type", "label", "extractor")}
        conn.execute(insert(t.mentions).values(values))
        al = t.aliases
        for a in snap.get("aliases") or []:
            if not conn.execute(select(al.c.id).where(al.c.actor_id == a["actor_id"], al.c.alias == a["alias"],
                                                      al.c.document_id == a["document_id"])).first():
                conn.execute(insert(al).values({k: v for k, v in a.items() if k != "id"}))
    elif fact_kind == "relation":
        if snap["document_id"] not in docs:
            return
        for a in (snap["subject_id"], snap["object_id"]):
            _ensure_actor(conn, a, a, "organization")
        conn.execute(insert(t.relations).values({k: v for k, v in snap.items() if k != "id"}))
    elif fact_kind == "citation":
        if snap["document_id"] not in docs:
            return
        values = {k: v for k, v in snap.items() if k not in ("id", "occurrences", "events")}
        if values.get("outlet_actor_id") and not _exists(conn, t.actors, values["outlet_actor_id"]):
            values["outlet_actor_id"] = None
        new_id = conn.execute(insert(t.citations).values(values)).inserted_primary_key[0]
        occs = [o for o in snap["occurrences"] if _exists(conn, t.event_occurrences, o)]
        if occs:
            conn.execute(insert(t.occurrence_citations), [{"occurrence_id": o, "citation_id": new_id} for o in occs])
        events = conn.execute(select(t.event_occurrences.c.event_id).where(
            t.event_occurrences.c.id.in_(occs))).scalars().all() if occs else []
        for eid in sorted(set(events)):
            refresh_event(conn, eid)
    elif fact_kind == "event":
        _restore_event(conn, snap, docs)


def _restore_event(conn: Connection, snap: dict, docs: set[str]) -> None:
    o = t.event_occurrences
    event = snap["event"]
    occs = [x for x in snap["occurrences"] if x["document_id"] in docs and not _exists(conn, o, x["id"])]
    if not occs:
        return
    eid = event["id"]
    if not _exists(conn, t.events, eid):
        first = min(occs, key=lambda x: (x["id"] != eid, x["document_id"], x["start"] or 0))
        values = {k: v for k, v in event.items() if k in t.events.c}
        values |= {"document_id": first["document_id"], "location_id": None}
        conn.execute(insert(t.events).values(values))
    for x in occs:
        values = {k: v for k, v in x.items() if k in o.c and k not in ("actors", "citations")}
        values["event_id"] = eid
        if values.get("location_id") and not _exists(conn, t.actors, values["location_id"]):
            values["location_id"] = None
        conn.execute(insert(o).values(values))
        roles = [(a, r) for a, r in x["actors"] if _exists(conn, t.actors, a)]
        if roles:
            conn.execute(insert(t.occurrence_actors), [{"occurrence_id": x["id"], "actor_id": a, "role": r}
                                                       for a, r in roles])
        cites = [c for c in x["citations"] if _exists(conn, t.citations, c)]
        if cites:
            conn.execute(insert(t.occurrence_citations), [{"occurrence_id": x["id"], "citation_id": c} for c in cites])
    refresh_event(conn, eid)


def _exists(conn: Connection, table, key) -> bool:
    return conn.execute(select(table.c.id).where(table.c.id == key)).first() is not None


def _ensure_actor(conn: Connection, actor_id: str, name: str, actor_type: str) -> None:
    if not _exists(conn, t.actors, actor_id):
        conn.execute(insert(t.actors).values(id=actor_id, name=name, type=actor_type))


# ------------------------------------------------------------------ confirm

def _confirm(conn: Connection, fields: dict, author: str) -> str:
    fact_kind = str(_need(fields, "fact_kind", "confirm"))
    row = _fact_row(conn, fact_kind, _need(fields, "fact_id", "confirm"))
    evidence = row.text if fact_kind == "mention" else row.evidence
    return record(conn, "confirm", payload={"fact_kind": fact_kind, "key": _key(fact_kind, row),
                                            "reason": _reason(fields)},
                  author=author, fact_kind=fact_kind, document_id=row.document_id, target_id=row.id,
                  start=row.start, end=row.end, evidence=evidence)


# ------------------------------------------------------------------ actors

def _retype(conn: Connection, fields: dict, author: str) -> str:
    actor = _actor(conn, _need(fields, "actor_id", "retype_actor"))
    new_type = str(_need(fields, "type", "retype_actor"))
    if new_type not in ACTOR_TYPES:
        raise BadCorrectionError(f"'{new_type[:40]}' is not an actor type", fix=f"Use one of: {', '.join(ACTOR_TYPES)}.")
    conn.execute(update(t.actors).where(t.actors.c.id == actor["id"]).values(type=new_type))
    return record(conn, "retype_actor", payload={"actor_id": actor["id"], "old_type": actor["type"], "type": new_type,
                                                  "reason": _reason(fields)},
                  author=author, fact_kind="actor", target_id=actor["id"])


def _add_alias(conn: Connection, fields: dict, author: str) -> str:
    from .writer import add_alias
    actor = _actor(conn, _need(fields, "actor_id", "add_alias"))
    alias = " ".join(str(_need(fields, "alias", "add_alias")).split())
    if not normalise_name(alias):
        raise BadCorrectionError(f"alias '{alias[:40]}' has no letters or digits", fix="Give the name as written.")
    add_alias(conn, actor["id"], alias, None, ALIAS_REASON)
    return record(conn, "add_alias", payload={"actor_id": actor["id"], "alias": alias}, author=author, fact_kind="actor", target_id=actor["id"])


ALIAS_REASON = "added by an analyst"


def _merge(conn: Connection, fields: dict, author: str) -> str:
    from .curate import merge_in
    a = _actor(conn, _need(fields, "from_actor_id", "merge_actors"))
    b = _actor(conn, _need(fields, "into_actor_id", "merge_actors"))
    if a["id"] == b["id"]:
        raise BadCorrectionError("an actor cannot be merged into itself", fix="Choose two different actors.")
    return merge_in(conn, a["id"], b["id"], author=author)["correction_id"]


def _split(conn: Connection, fields: dict, author: str) -> str:
    from .curate import split_in
    a = _actor(conn, _need(fields, "actor_id", "split_alias"))
    return split_in(conn, a["id"], str(_need(fields, "alias", "split_alias")), author=author)["correction_id"]


def _undo_retype(conn: Connection, row) -> None:
    conn.execute(update(t.actors).where(t.actors.c.id == row.target_id, t.actors.c.type == row.payload["type"])
                 .values(type=row.payload["old_type"]))


def _undo_alias(conn: Connection, row) -> None:
    al = t.aliases
    conn.execute(delete(al).where(al.c.actor_id == row.target_id, al.c.alias == row.payload["alias"],
                                  al.c.document_id.is_(None), al.c.reason == ALIAS_REASON))


def _undo_merge(conn: Connection, row) -> None:
    """Bring the merged-away actor back with the forms it had (their aliases, mentions and facts)."""
    from .curate import give_back, move_forms
    p = row.payload
    old, into = p["from_actor_id"], p["into_actor_id"]
    actor = p.get("from_actor") or {"name": old, "type": "organization"}
    if not _exists(conn, t.actors, old):
        conn.execute(insert(t.actors).values(id=old, name=actor["name"], type=actor["type"],
                                             dictionary_id=actor.get("dictionary_id"),
                                             first_seen=actor.get("first_seen"), last_seen=actor.get("last_seen")))
    if not _exists(conn, t.actors, into):
        return
    refs = p.get("refs") or {}
    give_back(conn, refs, into, old)
    # Rows stored after the merge (a re-ingest put the forms on the kept actor): moved back by their names.
    keys = {normalise_name(f) for f in p.get("forms") or []} - {""}
    move_forms(conn, into, old, keys, f"merge into '{into}' undone", above=refs.get("high"))
    if p.get("into_seen"):
        first_seen, last_seen = p["into_seen"]
        conn.execute(update(t.actors).where(t.actors.c.id == into).values(first_seen=first_seen, last_seen=last_seen))


def _undo_split(conn: Connection, row) -> None:
    from .curate import fold
    p = row.payload
    if _exists(conn, t.actors, p["new_actor_id"]) and _exists(conn, t.actors, p["actor_id"]):
        fold(conn, p["new_actor_id"], p["actor_id"], f"split of '{p['alias']}' undone")


# ------------------------------------------------------------------ added facts

def _event_id(document_id: str, start: int, end: int, event_type: str) -> str:
    key = f"{document_id}:review:{start}:{end}:{event_type}"
    return "ev_" + hashlib.sha256(key.encode()).hexdigest()[:24]


def _add_event(conn: Connection, fields: dict, author: str) -> str:
    from ..extract.events.lexicon import load_lexicon
    doc, start, end, words = _span(conn, fields, "add_event")
    lex = load_lexicon()
    event_type = str(_need(fields, "type", "add_event")).upper()
    if event_type not in lex.quads:
        raise BadCorrectionError(f"'{event_type[:40]}' is not a PLOVER event type",
                                 fix=f"Use one of: {', '.join(lex.quads)}.")
    mode = fields.get("mode") or None
    if mode is not None and mode not in lex.modes.get(event_type, ()):
        raise BadCorrectionError(f"'{str(mode)[:40]}' is not a mode of {event_type}",
                                 fix=f"Use one of: {', '.join(lex.modes.get(event_type, ())) or '(none)'}, or no mode.")
    date, _ = _date(fields.get("date"))
    actors = {}
    for role in ("source", "target"):
        ref = fields.get(f"{role}_actor_id")
        if ref:
            actors[role] = _actor(conn, ref)
    payload = {"type": event_type, "mode": mode, "date": date, "actors": actors, "reason": _reason(fields)}
    created = _insert_event(conn, doc, start, end, words, payload)
    payload["created_fact_id"] = created
    return record(conn, "add_event", payload=payload, author=author, fact_kind="event", document_id=doc,
                  target_id=created, start=start, end=end, evidence=words)


def _insert_event(conn: Connection, doc: str, start: int, end: int, words: str, p: dict) -> str:
    from ..analyze.channels import classify_event
    from ..extract.events.lexicon import load_lexicon
    eid = _event_id(doc, start, end, p["type"])
    if _exists(conn, t.event_occurrences, eid):
        raise BadCorrectionError(f"an event of type {p['type']} was already added on these words",
                                 fix="Undo that correction first, or select other words.")
    date, precision = _date(p.get("date"))
    channel = classify_event(p["type"], p.get("mode"), words)
    values = {"id": eid, "document_id": doc, "type": p["type"], "mode": p.get("mode"), "date": date,
              "precision": precision, "date_qualifier": None, "location_id": None,
              "quad": load_lexicon().quads[p["type"]], "sphere": None, "evidence": words, "start": start, "end": end,
              "extractor": REVIEW_EXTRACTOR, "trigger": None, "attributed_to": [], "confidence": 1.0,
              "negated": False, "hypothetical": False, "channel": channel.channel, "channel_reason": channel.reason}
    conn.execute(insert(t.events).values(values))
    conn.execute(insert(t.event_occurrences).values(values | {"event_id": eid, "position": None,
                                                               "reason": "added by an analyst"}))
    roles = []
    for role, actor in sorted((p.get("actors") or {}).items()):
        _ensure_actor(conn, actor["id"], actor["name"], actor["type"])
        roles.append({"occurrence_id": eid, "actor_id": actor["id"], "role": role})
    if roles:
        conn.execute(insert(t.occurrence_actors), roles)
    _note_extractor(conn, doc)
    refresh_event(conn, eid)
    return eid


def _note_extractor(conn: Connection, doc: str) -> None:
    de = t.document_extractors
    if not conn.execute(select(de.c.extractor).where(de.c.document_id == doc, de.c.extractor == REVIEW_EXTRACTOR)).first():
        conn.execute(insert(de).values(document_id=doc, extractor=REVIEW_EXTRACTOR,
                                       description="Facts an analyst added in review"))


def _add_relation(conn: Connection, fields: dict, author: str) -> str:
    doc, start, end, words = _span(conn, fields, "add_relation")
    predicate = str(_need(fields, "type", "add_relation"))
    if predicate not in PREDICATES:
        raise BadCorrectionError(f"'{predicate[:40]}' is not a relation type", fix=f"Use one of: {', '.join(PREDICATES)}.")
    subject = _actor(conn, _need(fields, "subject_actor_id", "add_relation"))
    obj = _actor(conn, _need(fields, "object_actor_id", "add_relation"))
    payload = {"type": predicate, "actors": {"subject": subject, "object": obj}, "reason": _reason(fields)}
    created = _insert_relation(conn, doc, start, end, words, payload)
    payload["created_fact_id"] = created
    return record(conn, "add_relation", payload=payload, author=author, fact_kind="relation", document_id=doc,
                  target_id=created, start=start, end=end, evidence=words)


def _insert_relation(conn: Connection, doc: str, start: int, end: int, words: str, p: dict) -> int:
    from ..analyze.channels import classify_relation
    subject, obj = p["actors"]["subject"], p["actors"]["object"]
    for actor in (subject, obj):
        _ensure_actor(conn, actor["id"], actor["name"], actor["type"])
    channel = classify_relation(p["type"], words)
    rid = conn.execute(insert(t.relations).values(
        document_id=doc, subject_id=subject["id"], predicate=p["type"], object_id=obj["id"], evidence=words,
        start=start, end=end, extractor=REVIEW_EXTRACTOR, confidence=1.0, channel=channel.channel,
        channel_reason=channel.reason)).inserted_primary_key[0]
    _note_extractor(conn, doc)
    return rid


def _undo_add(conn: Connection, row) -> None:
    created = row.payload.get("created_fact_id")
    if created is None:
        return
    if row.kind == "add_event":
        _remove_occurrences(conn, [created])
    else:
        conn.execute(delete(t.relations).where(t.relations.c.id == int(created)))


def _nothing(conn: Connection, row) -> None:
    """Undoing a confirmation changes no fact."""


MAKERS = {**{k: _reject(v) for k, v in REJECT_KINDS.items()}, "confirm": _confirm, "retype_actor": _retype,
          "add_alias": _add_alias, "merge_actors": _merge, "split_alias": _split, "add_event": _add_event,
          "add_relation": _add_relation}
UNDOERS = {**{k: _restore for k in REJECT_KINDS}, "confirm": _nothing, "retype_actor": _undo_retype,
           "add_alias": _undo_alias, "merge_actors": _undo_merge, "split_alias": _undo_split,
           **{k: _undo_add for k in ADD_KINDS}}


# ------------------------------------------------------------------ re-applying after a (re-)ingest

def relocate(text: str, start: int | None, end: int | None, words: str | None) -> tuple[int, int] | None:
    """The span of ``words`` in a new version of a document: the same offsets if they still hold
    the words, else the occurrence nearest the old start (None: the words are gone)."""
    if start is None or end is None or not words:
        return None
    if text[start:end] == words:
        return start, end
    best, i = None, text.find(words)
    while i >= 0:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(words, i + 1)
    return None if best is None else (best, best + len(words))


def _follow(conn: Connection, document_id: str, text: str, old_ids: list[str]) -> None:
    """Move corrections of replaced versions of a document to its new version (spans found again)."""
    if not old_ids:
        return
    old = set(old_ids)
    for row in live(conn):
        payload = dict(row.payload)
        changed = {}
        if row.document_id in old:
            span = relocate(text, row.start, row.end, row.evidence)
            changed |= {"document_id": document_id}
            if span:
                changed |= {"start": span[0], "end": span[1]}
        keys = [payload.get("key")] if payload.get("key") else []
        if row.kind == "reject_event":
            keys = payload["snapshot"]["occurrences"]
        for key in keys:
            if key.get("document_id") in old:
                words = key.get("text") or key.get("evidence") or row.evidence
                span = relocate(text, key.get("start"), key.get("end"), words)
                key["document_id"] = document_id
                if span:
                    key["start"], key["end"] = span
        if changed or keys:
            conn.execute(update(t.corrections).where(t.corrections.c.id == row.id).values(payload=payload, **changed))


def reapply(conn: Connection, document_id: str, text: str, old_ids: list[str] = ()) -> int:
    """Apply the live corrections to a document just stored; returns how many took effect."""
    _follow(conn, document_id, text, list(old_ids))
    applied = 0
    for row in live(conn):
        p = row.payload
        if row.kind in REJECT_KINDS:
            keys = _event_keys(p) if row.kind == "reject_event" else [p["key"]]
            hits = [r for k in keys if k["document_id"] == document_id for r in _matching(conn, row.fact_kind, k)]
            if row.kind == "reject_event":
                if hits:
                    _remove_occurrences(conn, [r.id for r in hits])
            else:
                for r in hits:
                    REMOVERS[row.fact_kind](conn, r)
            applied += bool(hits)
        elif row.kind == "confirm" and p["key"]["document_id"] == document_id:
            hits = _matching(conn, row.fact_kind, p["key"])
            if hits:
                target = hits[0].event_id if row.fact_kind == "event" else hits[0].id
                conn.execute(update(t.corrections).where(t.corrections.c.id == row.id).values(target_id=str(target)))
                applied += 1
        elif row.kind == "retype_actor":
            done = conn.execute(update(t.actors).where(t.actors.c.id == row.target_id, t.actors.c.type != p["type"])
                                .values(type=p["type"]))
            applied += bool(done.rowcount)
        elif row.kind in ADD_KINDS and row.document_id == document_id:
            span = (row.start, row.end) if text[row.start:row.end] == row.evidence else None
            if span is None:
                continue        # the selected words are gone from the new version
            if row.kind == "add_event":
                if _exists(conn, t.event_occurrences, _event_id(document_id, row.start, row.end, p["type"])):
                    continue
                created = _insert_event(conn, document_id, row.start, row.end, row.evidence, p)
            else:
                created = _insert_relation(conn, document_id, row.start, row.end, row.evidence, p)
            conn.execute(update(t.corrections).where(t.corrections.c.id == row.id).values(
                target_id=str(created), payload=dict(p) | {"created_fact_id": created}))
            applied += 1
    return applied


def reviewed_document_ids(conn: Connection) -> list[str]:
    """Documents with at least one live correction."""
    c = t.corrections
    return sorted(set(conn.execute(select(c.c.document_id).where(c.c.undone_at.is_(None),
                                                                 c.c.document_id.is_not(None))).scalars()))
