"""Writing one document's extraction to the store, in one transaction.

Local actor ids (per extraction) become store actor ids through
cross-document resolution (``resolve.across``) and the recorded manual
merges and splits (``store.rules``), so a re-ingest lands where the user
put things; the analyst's other corrections are re-applied after (``store.review.reapply``). A failure anywhere rolls the whole document back.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
import json
from array import array
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import bindparam, delete, distinct, exists, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..analyze.channels import event_decision, relation_decision
from ..extract.spilled import records
from ..errors import StoreError
from ..ingest.document import Document
from ..model import Actor
from ..resolve.across import Candidate, NameKeys, decide, lookup_keys, name_tokens
from ..resolve.names import normalise_name, slug
from . import counts
from . import schema as t
from .db import describe, write_transaction
from .happenings import event_id, insert_events, remove_occurrences  # noqa: F401 (event_id: public)
from .rules import MergeRules, load_rules

RESOLVER = "foothold.resolve.across.v1"


@dataclass
class SaveResult:
    document_id: str
    name: str
    status: str                       # ingested | unchanged | replaced (--force) | updated (file changed)
    actors_new: int = 0
    actors_matched: int = 0           # resolved to an actor another document already had
    counts: dict[str, int] = field(default_factory=dict)
    merges: list[str] = field(default_factory=list)   # "form -> actor: reason"
    corrections: int = 0              # analyst corrections re-applied to this document (store.review)


def has_document(engine: Engine, document_id: str) -> bool:
    """Whether this content is stored (so extraction can be skipped)."""
    with engine.connect() as conn:
        return conn.execute(select(t.documents.c.id).where(t.documents.c.id == document_id)).first() is not None


def save_extraction(engine: Engine, document: Document, extraction, *,
                    replace: bool = False) -> SaveResult:
    """Store one document and its extraction (an Extraction, or a SpilledExtraction streamed to the
    store); same content again is a no-op ("unchanged")."""
    try:
        with write_transaction(engine) as conn:
            known = conn.execute(select(t.documents.c.id).where(t.documents.c.id == document.id)).first()
            if known and not replace:
                return SaveResult(document.id, document.name, "unchanged")
            # The same file with new content: the new version replaces the old one.
            older = conn.execute(select(t.documents.c.id).where(t.documents.c.path == document.path,
                                                                t.documents.c.id != document.id)).scalars().all()
            stale_actors, stale_pairs, outlets, forms = set(), set(), set(), set()
            delta = counts.Deltas()
            for old_id in ([document.id] if known else []) + list(older):
                actor_ids, pairs = counts.affected(conn, old_id)
                stale_actors |= actor_ids
                stale_pairs |= pairs
                forms |= counts.affected_forms(conn, old_id)
                outlets |= counts.affected_outlets(conn, old_id)
                removal = counts.before_removal(conn, old_id)
                remove_document(conn, old_id, actor_ids)      # the actors it names: counted just above
                delta.merge(counts.after_removal(conn, removal))
            joined: dict = {}
            result = _write(conn, document, extraction, joined)
            # The analyst's corrections of this document (or of the version it replaces) hold again.
            from .review import reapply
            result.corrections = reapply(conn, document.id, document.text, older)
            # Kept counts, same transaction: what was removed and written changes its actors' counts;
            # re-applied corrections can change anything of theirs, so those actors are recounted.
            actor_ids, pairs = counts.affected(conn, document.id)
            forms |= counts.affected_forms(conn, document.id)
            if result.corrections:
                counts.refresh(conn, stale_actors | actor_ids, stale_pairs | pairs, forms)
            else:
                delta.merge(counts.document_deltas(conn, document.id, joined))
                counts.apply_deltas(conn, delta, stale_actors | actor_ids, stale_pairs | pairs, forms)
            counts.refresh_outlets(conn, outlets | counts.affected_outlets(conn, document.id))
            result.status = "replaced" if known else "updated" if older else "ingested"
            return result
    except SQLAlchemyError as exc:
        raise StoreError(f"could not store the document ({describe(exc)}); nothing of it was saved",
                         path=document.path, fix="Check the store URL and that it is writable; rerun the ingest.") from exc


def _write(conn: Connection, document: Document, extraction, joined: dict | None = None) -> SaveResult:
    """``extraction``: an Extraction, or a ``SpilledExtraction`` whose records are written a block
    (one segment's) at a time, so memory stays bounded by the document's distinct names. ``joined``:
    filled with the stored events this document's tellings join (happenings.insert_events)."""
    result = SaveResult(document.id, document.name, "ingested")
    extraction = records(extraction, document.text)
    _insert_document(conn, document, extraction)
    rules = load_rules(conn)
    actor_map = _resolve_actors(conn, document, extraction, rules, result)
    _insert_mentions(conn, document, extraction, actor_map, rules)
    citation_ids = _insert_citations(conn, document, extraction, actor_map)
    people = extraction.participants()
    dropped = _insert_relations(conn, document, extraction, actor_map,
                                lambda r: relation_decision(r, people, document.text))
    dropped += insert_events(conn, document.id, extraction, actor_map, citation_ids,
                             lambda e: event_decision(e, people, document.text), joined)
    if dropped:
        warnings = [*extraction.warnings,
                    f"{dropped} relation or event participants name actors the extraction does not list; not stored"]
        conn.execute(update(t.documents).where(t.documents.c.id == document.id).values(warnings=warnings))
    _update_seen(conn, document, set(actor_map.values()))
    happenings = conn.execute(select(func.count(distinct(t.event_occurrences.c.event_id)))
                              .where(t.event_occurrences.c.document_id == document.id)).scalar_one()
    result.counts = {"actors": len(set(actor_map.values())), "mentions": extraction.counts["mentions"],
                     "citations": extraction.counts["citations"], "relations": extraction.counts["relations"],
                     "events": happenings, "occurrences": extraction.counts["events"]}
    return result


def _insert_document(conn: Connection, document: Document, extraction) -> None:
    date = extraction.date or document.date
    conn.execute(insert(t.documents).values(
        id=document.id, name=document.name, path=document.path, format=document.format,
        title=extraction.title or document.title, date=date.iso if date else None,
        date_precision=date.precision if date else None, text=document.text,
        ingested_at=datetime.now(timezone.utc), warnings=list(extraction.warnings),
        meta=_json_safe(document.metadata)))
    rows = [{"document_id": document.id, "extractor": name, "description": desc}
            for name, desc in {**extraction.extractors, RESOLVER: "Cross-document actor resolution"}.items()]
    conn.execute(insert(t.document_extractors), rows)


def _json_safe(value):
    """Reader metadata as JSON (unknown objects become strings)."""
    return json.loads(json.dumps(value or {}, default=str))


# --- actors -----------------------------------------------------------------

def _forms(actor: Actor) -> list[str]:
    """Distinct surface forms as written (whitespace tidied)."""
    seen: dict[str, None] = {}
    for form in actor.surface_forms():
        form = " ".join(form.split())
        if form and normalise_name(form):
            seen.setdefault(form, None)
    return list(seen)


# Statements the writer runs for every actor, built once (values as bound parameters): building and
# coercing a fresh statement each time cost more than running it.
_A = t.aliases
_CANDIDATES = (
    select(_A.c.actor_id, t.actors.c.type, _A.c.alias).distinct()
    .join(t.actors, t.actors.c.id == _A.c.actor_id)
    .where(or_(_A.c.key.in_(bindparam("keys", expanding=True)),
               _A.c.skeleton.in_(bindparam("skeletons", expanding=True)),
               (_A.c.surname.in_(bindparam("surnames", expanding=True))) & (t.actors.c.type == "person"),
               (_A.c.consonants.in_(bindparam("bare", expanding=True))) & (t.actors.c.type != "person"))))
_ACTOR_ID = select(t.actors.c.id).where(t.actors.c.id == bindparam("id"))
_ACTOR_DICTIONARY = select(t.actors.c.dictionary_id).where(t.actors.c.id == bindparam("id"))
_BY_DICTIONARY = select(t.actors.c.id).where(t.actors.c.dictionary_id == bindparam("entry")).order_by(t.actors.c.id)
_ACTOR_NAME_TYPE = select(t.actors.c.name, t.actors.c.type).where(t.actors.c.id == bindparam("id"))
_INSERT_ACTOR = insert(t.actors)
_UPDATE_ACTOR = update(t.actors).where(t.actors.c.id == bindparam("actor"))     # SET: the columns bound
_INSERT_ALIAS = insert(t.aliases)


def candidates(conn: Connection, forms: list[str]) -> list[Candidate]:
    """Stored surface forms that could name the same actor as ``forms``."""
    keys, skeletons, surnames, bare = lookup_keys(forms)
    rows = conn.execute(_CANDIDATES, {"keys": list(keys), "skeletons": list(skeletons),
                                      "surnames": list(surnames), "bare": list(bare)}).all()
    return [Candidate(r.actor_id, r.type, NameKeys.of(r.alias)) for r in rows]


def new_actor_id(conn: Connection, name: str, actor_type: str) -> str:
    base = slug(name)
    numbered = (f"{base}_{actor_type}_{i}" for i in range(2, 1000))
    for candidate in itertools.chain((base, f"{base}_{actor_type}"), numbered):
        if not conn.execute(_ACTOR_ID, {"id": candidate}).first():
            return candidate
    raise StoreError(f"no free actor id for '{name}'")


def ensure_actor(conn: Connection, actor_id: str, name: str, actor_type: str,
                 dictionary_id: str | None = None) -> None:
    row = conn.execute(_ACTOR_DICTIONARY, {"id": actor_id}).first()
    if not row:
        conn.execute(_INSERT_ACTOR, {"id": actor_id, "name": name, "type": actor_type, "dictionary_id": dictionary_id})
    elif dictionary_id and not row.dictionary_id:
        conn.execute(_UPDATE_ACTOR, {"actor": actor_id, "dictionary_id": dictionary_id})


def dictionary_entry(actor: Actor) -> str | None:
    """The actor dictionary entry an extracted actor matched (labels may add "+variant")."""
    return actor.dictionary_id.split("+")[0] if actor.dictionary_id else None


def _by_dictionary(conn: Connection, entry: str | None) -> str | None:
    if not entry:
        return None
    return conn.execute(_BY_DICTIONARY, {"entry": entry}).scalars().first()


def _dictionary_of(conn: Connection, actor_id: str) -> str | None:
    return conn.execute(_ACTOR_DICTIONARY, {"id": actor_id}).scalar()


def add_alias(conn: Connection, actor_id: str, alias: str, document_id: str | None, reason: str,
              stored: set[tuple[str, str]] | None = None) -> None:
    """One alias row per (actor, form, document). ``stored``: the (actor, form) pairs this document's
    aliases already have, kept up to date here (the writer's cache instead of a query per form)."""
    a = t.aliases
    if stored is not None:
        if (actor_id, alias) in stored:
            return
        stored.add((actor_id, alias))
    else:
        doc_match = a.c.document_id.is_(None) if document_id is None else a.c.document_id == document_id
        if conn.execute(select(a.c.id).where(a.c.actor_id == actor_id, a.c.alias == alias, doc_match)).first():
            return
    keys = NameKeys.of(alias)
    conn.execute(_INSERT_ALIAS, {"actor_id": actor_id, "alias": alias, "key": keys.key, "skeleton": keys.skeleton,
                             "surname": keys.surname, "consonants": keys.consonants,
                             "document_id": document_id, "reason": reason})


def _resolve_actors(conn: Connection, document: Document, extraction,
                    rules: MergeRules, result: SaveResult) -> dict[str, str]:
    """Local actor id -> store actor id; creates actors and alias rows."""
    actor_map: dict[str, str] = {}
    stored = {(r.actor_id, r.alias) for r in conn.execute(
        select(t.aliases.c.actor_id, t.aliases.c.alias).where(t.aliases.c.document_id == document.id))}
    # Full names first, so "Kazimi" finds "Mustafa al-Kazimi" already stored.
    ordered = sorted(extraction.actor_list(), key=lambda a: (-len(name_tokens(a.name)), a.name))
    for actor in ordered:
        forms = _forms(actor) or [actor.id]
        entry = dictionary_entry(actor)
        known = _by_dictionary(conn, entry)
        decision = (known, f"same actor dictionary entry '{entry}'") if known else \
            decide(forms, actor.type, candidates(conn, forms))
        if decision and not known and entry and _dictionary_of(conn, decision[0]) not in (None, entry):
            decision = None     # similar names, but the dictionary knows them as two actors
        if decision:
            actor_id, reason = decision
            reason = f"across documents: {reason}"
            actor_id = rules.redirect(actor_id)
            result.actors_matched += 1
            result.merges.append(f"{actor.name} -> {actor_id}: {reason}")
            ensure_actor(conn, actor_id, actor.name, actor.type, entry)
            _maybe_fuller_name(conn, actor_id, actor)
        else:
            # A dictionary entry's id is the actor's id whichever spelling came first;
            # a name the user merged away keeps going where they merged it.
            natural = entry or slug(actor.name)
            redirected = rules.redirect(natural)
            actor_id = redirected if redirected != natural else new_actor_id(conn, natural, actor.type)
            reason = "first seen in this document"
            result.actors_new += 1
            ensure_actor(conn, actor_id, actor.name, actor.type, entry)
        actor_map[actor.id] = actor_id
        within = "; ".join(dict.fromkeys(actor.merged_because)) or "same actor within the document"
        for form in forms:
            target = rules.split_target(actor_id, form) or actor_id
            if target != actor_id:
                ensure_actor(conn, target, form, actor.type)
                add_alias(conn, target, form, document.id, "split off by a recorded manual split", stored)
            elif form == actor.name:
                add_alias(conn, actor_id, form, document.id, reason, stored)
            else:
                add_alias(conn, actor_id, form, document.id, within, stored)
    return actor_map


def _maybe_fuller_name(conn: Connection, actor_id: str, actor: Actor) -> None:
    """Persons are named by their fullest form ("Mustafa al-Kazimi", not "Kazimi")."""
    row = conn.execute(_ACTOR_NAME_TYPE, {"id": actor_id}).first()
    if row and row.type == "person" == actor.type and len(name_tokens(actor.name)) > len(name_tokens(row.name)):
        conn.execute(_UPDATE_ACTOR, {"actor": actor_id, "name": actor.name})


# --- facts ------------------------------------------------------------------

BATCH_ROWS = 5_000     # rows per INSERT of many: a long document's mentions go in batches


def _insert_mentions(conn: Connection, document: Document, extraction,
                     actor_map: dict[str, str], rules: MergeRules) -> None:
    rows = []
    for actor in extraction.actor_list():
        actor_id = actor_map[actor.id]
        for m in extraction.mentions(actor):
            rows.append({"document_id": document.id,
                         "actor_id": rules.split_target(actor_id, " ".join(m.text.split())) or actor_id,
                         "start": m.start, "end": m.end, "text": m.text, "type": m.type,
                         "label": m.label, "extractor": m.extractor or actor.extractor})
            if len(rows) >= BATCH_ROWS:
                conn.execute(insert(t.mentions), rows)
                rows = []
    if rows:
        conn.execute(insert(t.mentions), rows)


def _insert_citations(conn: Connection, document: Document, extraction,
                      actor_map: dict[str, str]) -> array:
    ids = array("q")
    # Outlets the citation extractor did not link are linked by name to the document's actors.
    by_name = {normalise_name(form): actor_map[a.id] for a in extraction.actor_list() for form in a.surface_forms()}
    for i, c in enumerate(extraction.citations()):
        outlet_actor = actor_map.get(c.outlet_actor) if c.outlet_actor else by_name.get(normalise_name(c.outlet))
        row = conn.execute(insert(t.citations).values(
            document_id=document.id, position=i, outlet=c.outlet, outlet_actor_id=outlet_actor,
            date=c.date.iso if c.date else None, precision=c.date.precision if c.date else None,
            date_qualifier=_qualifier(c.date), evidence=c.evidence, start=c.start, end=c.end, extractor=c.extractor))
        ids.append(row.inserted_primary_key[0])
    return ids


def _insert_relations(conn: Connection, document: Document, extraction,
                      actor_map: dict[str, str], channel=None) -> int:
    """Insert relations (``channel(relation)``: its Decision); returns how many were dropped for
    naming unlisted actors."""
    dropped = 0
    for block in extraction.blocks("relations"):
        rows = []
        for r in block:
            subject, obj = actor_map.get(r.subject), actor_map.get(r.object)
            if not subject or not obj:
                dropped += 1    # a relation to an actor the extraction does not list: nothing to link
                continue
            decision = channel(r) if channel else None
            rows.append({"document_id": document.id, "subject_id": subject, "predicate": r.predicate,
                         "object_id": obj, "title": r.title, "time": r.time, "evidence": r.evidence,
                         "start": r.start, "end": r.end, "extractor": r.extractor, "confidence": r.confidence,
                         "channel": decision.channel if decision else None,
                         "channel_reason": decision.reason if decision else None})
        if rows:
            conn.execute(insert(t.relations), rows)
    return dropped


def _qualifier(date) -> str | None:
    """"early"/"mid"/"late" or a season, lower case (the views turn it into a range of days)."""
    return date.qualifier.lower() if date is not None and date.qualifier else None


def _update_seen(conn: Connection, document: Document, actor_ids: set[str]) -> None:
    """Widen each actor's first/last seen to this document's date."""
    row = conn.execute(select(t.documents.c.date).where(t.documents.c.id == document.id)).first()
    if not row or not row.date:
        return
    a = t.actors
    ids = sorted(actor_ids)
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):     # one UPDATE each for many actors
        conn.execute(update(a).where(a.c.id.in_(chunk), or_(a.c.first_seen.is_(None), a.c.first_seen > row.date))
                     .values(first_seen=row.date))
        conn.execute(update(a).where(a.c.id.in_(chunk), or_(a.c.last_seen.is_(None), a.c.last_seen < row.date))
                     .values(last_seen=row.date))


# --- removal ----------------------------------------------------------------

def remove_document(conn: Connection, document_id: str, referenced: set[str] | None = None) -> None:
    """Delete a document and everything extracted from it (children first: portable). ``referenced``:
    the actors it names (``document_actors``), when the caller has them already."""
    if referenced is None:
        referenced = document_actors(conn, document_id)
    remove_occurrences(conn, document_id)
    for table in (t.relations, t.citations, t.mentions, t.aliases, t.document_extractors):
        conn.execute(delete(table).where(table.c.document_id == document_id))
    conn.execute(delete(t.documents).where(t.documents.c.id == document_id))
    remove_orphan_actors(conn, referenced)


def document_actors(conn: Connection, document_id: str) -> set[str]:
    """Every actor a document's rows refer to: the only ones its removal can leave orphaned."""
    return counts.affected(conn, document_id)[0]


def remove_orphan_actors(conn: Connection, candidates: Iterable[str] | None = None) -> None:
    """Actors nothing refers to any more (their last document went). ``candidates``: look only at
    these (the actors what was removed referred to), so a removal costs what it removed, not a
    probe of every actor in the store; None looks at all."""
    a = t.actors
    used = [
        exists().where(t.aliases.c.actor_id == a.c.id),
        exists().where(t.mentions.c.actor_id == a.c.id),
        exists().where(t.relations.c.subject_id == a.c.id),
        exists().where(t.relations.c.object_id == a.c.id),
        exists().where(t.event_actors.c.actor_id == a.c.id),
        exists().where(t.events.c.location_id == a.c.id),
        exists().where(t.occurrence_actors.c.actor_id == a.c.id),
        exists().where(t.event_occurrences.c.location_id == a.c.id),
        exists().where(t.citations.c.outlet_actor_id == a.c.id),
    ]
    if candidates is None:
        conn.execute(delete(a).where(~or_(*used)))
        return
    for chunk in counts.in_batches(sorted(set(candidates))):
        conn.execute(delete(a).where(a.c.id.in_(chunk), ~or_(*used)))
