"""What an export covers: filters turned into SQL, and streaming readers.

Every reader is one pass over an ordered query (server-side cursor where the
backend has one), so an export of a large store holds one row -- or one
actor's aliases, one event's actors -- in memory at a time. Children
(aliases, event actors, event citations) come from a second cursor in the
same order and are merged in step, never loaded whole.
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Iterator

from sqlalchemy import and_, case, exists, false, func, literal, or_, select, true, union
from sqlalchemy.engine import Connection

from ..errors import FootholdError, UnknownActorError
from ..ingest.document import is_url
from ..resolve.names import normalise_name
from ..store import schema as t
from ..store.views import MONTH_PARTS, SEASONS, is_calendar_date

STREAM = {"stream_results": True, "yield_per": 500}
CHUNK_DOCUMENTS = 200           # documents whose facts an export reads together (a few queries per chunk)
CHUNK_TEXT = 32 * 2**20         # ... fewer when their texts pass this many characters
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ExportFilterError(FootholdError):
    code = "E501"


@dataclass(frozen=True)
class Filters:
    document: str | None = None     # document id, id prefix or file name
    actor: str | None = None        # actor id, name or alias
    date_from: str | None = None    # ISO 8601, any precision
    date_to: str | None = None
    event_type: str | None = None   # PLOVER type: only these events (relations carry no type: left out)
    sphere: str | None = None       # political, military, ...: likewise
    channel: str | None = None      # channel of influence (analyze.channels): events and relations of it
    local_paths: bool = True        # False (the web API): a document's local file path is left out; URLs stay

    def __post_init__(self) -> None:
        if self.channel is not None:
            from ..analyze.channels import UNCLASSIFIED, load_rules
            known = (*load_rules().channels, UNCLASSIFIED)
            if self.channel not in known:
                raise ExportFilterError(f"unknown channel '{self.channel}'", fix=f"Use one of: {', '.join(known)}.")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not (_ISO.match(value) and is_calendar_date(value)):
                raise ExportFilterError(f"'{value[:40]}' is not an ISO 8601 calendar date",
                                        fix="Write dates as YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.")

    @property
    def empty(self) -> bool:
        return not (self.document or self.actor or self.date_from or self.date_to or self.event_type or self.sphere
                    or self.channel)

    @property
    def by_event_kind(self) -> bool:
        return bool(self.event_type or self.sphere)


def overlaps(date_col, date_from: str | None, date_to: str | None):
    """SQL: a date of any precision overlaps [date_from, date_to] (both of any precision).

    "2020-06" overlaps --from 2020-06-15; "2020" overlaps --to 2020-05. Undated rows never match.
    """
    cond = [date_col.is_not(None)]
    if date_from:
        cond.append(func.substr(literal(date_from), 1, func.length(date_col)) <= date_col)
    if date_to:
        cond.append(func.substr(date_col, 1, len(date_to)) <= literal(date_to))
    return and_(*cond)


def qualified_days(date_col, qualifier_col):
    """SQL (first, last) ISO days of a qualified date, as the views' date_range gives them:
    "early" 2020-06 -> 2020-06-01 .. 2020-06-10, "summer" 2020 -> 2020-06-01 .. 2020-08-31; else NULLs.
    (Ends are compared as strings, so a last day of "31" serves every month.)"""
    first, last = [], []
    for name, (day1, day2) in MONTH_PARTS.items():
        when = and_(qualifier_col == name, func.length(date_col) == 7)
        first.append((when, date_col.concat(f"-{day1:02d}")))
        last.append((when, date_col.concat(f"-{day2 or 31:02d}")))
    for name, (month1, _, month2) in SEASONS.items():
        when = and_(qualifier_col == name, func.length(date_col) == 4)
        first.append((when, date_col.concat(f"-{month1:02d}-01")))
        last.append((when, date_col.concat(f"-{month2 - 1 if month2 > month1 else 12:02d}-31")))
    return case(*first, else_=None), case(*last, else_=None)


def days_overlap(first, last, date_from: str | None, date_to: str | None):
    """SQL: the days [first, last] overlap [date_from, date_to] (filters of any precision)."""
    cond = []
    if date_from:
        cond.append(func.substr(last, 1, len(date_from)) >= literal(date_from))
    if date_to:
        cond.append(func.substr(first, 1, len(date_to)) <= literal(date_to))
    return and_(*cond)


def located(e):
    """SQL: the event has a location, written so no index answers it: PostgreSQL otherwise ANDs the
    bitmap of a chunk's events with that of every located event of the store (183k index entries per
    chunk at a million events, a cost growing with the store instead of the chunk)."""
    return func.coalesce(e.c.location_id, "") != ""


@dataclass
class Selection:
    """Filters resolved against one store: the ids each reader keeps."""
    filters: Filters
    document_ids: list[str] | None = None    # None: every document
    actor_ids: list[str] | None = None       # the --actor matches
    scope_ids: list[str] | None = None       # narrowed: the documents of the whole export (None: every one)
    narrowed_to_one: bool = False

    # --- conditions per table ------------------------------------------------
    def narrow(self, document_id: str) -> "Selection":
        """The same selection inside one of its documents."""
        scope = self.scope_ids if self.narrowed_to_one else self.document_ids
        return replace(self, document_ids=[document_id], scope_ids=scope, narrowed_to_one=True)

    def _event_home(self, e):
        """Events listed under these documents: those first told here, and (once, under the first such
        document) those first told by a document outside the export that these documents retell."""
        if self.document_ids is None:
            return true()
        first_told_here = e.c.document_id.in_(self.document_ids)
        scope = self.scope_ids if self.narrowed_to_one else self.document_ids
        if scope is None:
            return first_told_here      # the whole store is exported: every first telling is in it
        o, o2 = t.event_occurrences.alias("home_told"), t.event_occurrences.alias("home_earlier")
        told_here = exists().where(o.c.event_id == e.c.id, o.c.document_id.in_(self.document_ids))
        retold = and_(e.c.document_id.not_in(scope), told_here)
        if self.narrowed_to_one:
            # One document of a wider export: only the first (by id) retelling document lists it.
            earlier = exists().where(o2.c.event_id == e.c.id, o2.c.document_id.in_(scope),
                                     o2.c.document_id < self.document_ids[0])
            retold = and_(retold, ~earlier)
        return or_(e.c.document_id.in_(self.document_ids), retold)

    def _doc_cond(self, col):
        return true() if self.document_ids is None else col.in_(self.document_ids)

    def _dated(self) -> bool:
        return bool(self.filters.date_from or self.filters.date_to)

    def _narrowed(self) -> bool:
        """Facts are kept by what they say (actor, date, event kind), not only by document."""
        return self.actor_ids is not None or self._dated() or self.filters.by_event_kind

    def _events_filtered(self) -> bool:
        """Events are kept by what they say (``event_cond(by_document=False)`` is not always true)."""
        return self.actor_ids is not None or self._dated() or self.filters.by_event_kind or bool(self.filters.channel)

    def event_cond(self, *, by_document: bool = True):
        """Events (happenings) selected; ``by_document``: only those first told in the selected documents."""
        e = t.events
        cond = [self._event_home(e) if by_document else true()]
        if self.actor_ids is not None:
            ea = t.event_actors.alias("filter_event_actors")   # aliases: never auto-correlated away
            cond.append(or_(exists().where(ea.c.event_id == e.c.id, ea.c.actor_id.in_(self.actor_ids)),
                            e.c.location_id.in_(self.actor_ids)))
        if self._dated():
            d = t.documents.alias("filter_documents")
            doc_date = select(d.c.date).where(d.c.id == e.c.document_id).scalar_subquery()
            f = self.filters
            # "early June" overlaps what its days overlap, as on the timeline; other dates by precision.
            first, last = qualified_days(e.c.date, e.c.date_qualifier)
            cond.append(or_(and_(first.is_not(None), days_overlap(first, last, f.date_from, f.date_to)),
                            and_(first.is_(None), overlaps(func.coalesce(e.c.date, doc_date), f.date_from, f.date_to))))
        if self.filters.event_type:
            cond.append(e.c.type == self.filters.event_type)
        if self.filters.sphere:
            cond.append(e.c.sphere == self.filters.sphere)
        if self.filters.channel:
            cond.append(e.c.channel == self.filters.channel)
        return and_(*cond)

    def relation_cond(self):
        r = t.relations
        if self.filters.by_event_kind:
            return false()      # a relation has no event type or sphere: none matches such a filter
        cond = [self._doc_cond(r.c.document_id)]
        if self.filters.channel:
            cond.append(r.c.channel == self.filters.channel)
        if self.actor_ids is not None:
            cond.append(or_(r.c.subject_id.in_(self.actor_ids), r.c.object_id.in_(self.actor_ids)))
        if self._dated():
            d = t.documents.alias("filter_documents")
            doc_date = select(d.c.date).where(d.c.id == r.c.document_id).scalar_subquery()
            cond.append(overlaps(doc_date, self.filters.date_from, self.filters.date_to))
        return and_(*cond)

    def event_ids(self):
        return select(t.events.c.id).where(self.event_cond())

    def told_cond(self, event_id_col):
        """SQL: the event ``event_id_col`` is kept by the filters (wherever it is told); true when
        nothing filters events, so a chunk's query does not read every event id."""
        if not self._events_filtered():
            return true()
        return event_id_col.in_(select(t.events.c.id).where(self.event_cond(by_document=False)))

    def citation_cond(self):
        c = t.citations
        if not self._narrowed():
            return self._doc_cond(c.c.document_id)
        # Narrowed exports keep the citations their events rest on (and the actor's own outlet notes).
        ec = t.event_citations
        cited = exists().where(ec.c.citation_id == c.c.id, self.told_cond(ec.c.event_id))
        own = c.c.outlet_actor_id.in_(self.actor_ids) \
            if self.actor_ids is not None and not self.filters.by_event_kind else false()
        if self._dated():
            own = and_(own, overlaps(c.c.date, self.filters.date_from, self.filters.date_to))
        return and_(self._doc_cond(c.c.document_id), or_(cited, own))

    def document_cond(self):
        d = t.documents
        if not self._narrowed():
            return self._doc_cond(d.c.id)
        has = [exists().where(t.events.c.document_id == d.c.id, self.event_cond()),
               exists().where(t.relations.c.document_id == d.c.id, self.relation_cond())]
        if self.actor_ids is not None and not self._dated() and not self.filters.by_event_kind:
            has.append(exists().where(t.mentions.c.document_id == d.c.id, t.mentions.c.actor_id.in_(self.actor_ids)))
        return and_(self._doc_cond(d.c.id), or_(*has))

    def actor_ids_query(self):
        """Every actor a selected fact refers to (so every reference resolves inside the export)."""
        if self.document_ids is None and not self._narrowed():
            return select(t.actors.c.id)
        r, e, ea, c, m = t.relations, t.events, t.event_actors, t.citations, t.mentions
        o, oa = t.event_occurrences, t.occurrence_actors
        parts = [
            select(r.c.subject_id.label("id")).where(self.relation_cond()),
            select(r.c.object_id.label("id")).where(self.relation_cond()),
            select(ea.c.actor_id.label("id")).where(ea.c.event_id.in_(self.event_ids())),
            select(e.c.location_id.label("id")).where(self.event_cond(), located(e)),
            # Tellings in these documents of events first told elsewhere name their actors too.
            select(oa.c.actor_id.label("id")).join(o, o.c.id == oa.c.occurrence_id).where(
                self._doc_cond(o.c.document_id), self.told_cond(o.c.event_id)),
            select(c.c.outlet_actor_id.label("id")).where(self.citation_cond(), c.c.outlet_actor_id.is_not(None)),
        ]
        if self.actor_ids is not None:
            parts.append(select(t.actors.c.id.label("id")).where(t.actors.c.id.in_(self.actor_ids)))
        elif not self._narrowed():
            parts.append(select(m.c.actor_id.label("id")).where(self._doc_cond(m.c.document_id)))
        return union(*parts)

    def actor_pairs_query(self):
        """(document_id, id): ``actor_ids_query`` of each selected document at once (for a chunk of
        documents; constant ``actor_ids`` are added by ``Chunk.actors``)."""
        r, e, ea, c, m = t.relations, t.events, t.event_actors, t.citations, t.mentions
        o, oa = t.event_occurrences, t.occurrence_actors
        ev = self.event_cond()
        parts = [
            select(r.c.document_id, r.c.subject_id.label("id")).where(self.relation_cond()),
            select(r.c.document_id, r.c.object_id.label("id")).where(self.relation_cond()),
            select(e.c.document_id, ea.c.actor_id.label("id")).join(ea, ea.c.event_id == e.c.id).where(ev),
            select(e.c.document_id, e.c.location_id.label("id")).where(ev, located(e)),
            select(o.c.document_id, oa.c.actor_id.label("id")).join(o, o.c.id == oa.c.occurrence_id).where(
                self._doc_cond(o.c.document_id), self.told_cond(o.c.event_id)),
            select(c.c.document_id, c.c.outlet_actor_id.label("id")).where(self.citation_cond(),
                                                                             c.c.outlet_actor_id.is_not(None)),
        ]
        if self.actor_ids is None and not self._narrowed():
            parts.append(select(m.c.document_id, m.c.actor_id.label("id")).where(self._doc_cond(m.c.document_id)))
        return union(*parts)


@dataclass
class Chunk:
    """Consecutive documents of an export and the selection narrowed to them: each fact is read for
    the whole chunk in one ordered query and handed out per document (``group``)."""
    documents: list[dict]
    sel: Selection
    _actors: dict[str, set[str]] | None = field(default=None, repr=False)

    @property
    def ids(self) -> list[str]:
        return [d["id"] for d in self.documents]

    def group(self, rows, key: str = "document_id") -> dict[str, list]:
        """Rows (dicts or rows) by the document they are listed under. A chunk of one document takes
        them all (under a document filter an event retold there is listed under it)."""
        if len(self.documents) == 1:
            return {self.documents[0]["id"]: list(rows)}
        out: dict[str, list] = defaultdict(list)
        for row in rows:
            out[row[key] if isinstance(row, dict) else getattr(row, key)].append(row)
        return out

    def actors(self, conn: Connection) -> dict[str, set[str]]:
        """document id -> ids of the actors its facts refer to (``actor_ids_query`` per document)."""
        if self._actors is None:
            pairs = self.group(conn.execute(self.sel.actor_pairs_query()).all())
            extra = set(self.sel.actor_ids or ())
            self._actors = {d: {r.id for r in pairs.get(d, ())} | extra for d in self.ids}
        return self._actors


def chunks(conn: Connection, sel: Selection, *, with_text: bool = False,
           size: int | None = None) -> Iterator[Chunk]:
    """The selected documents in export order, ``size`` (CHUNK_DOCUMENTS) at a time.

    A document filter reads its documents one by one: an event first told outside the export is
    listed under the first document retelling it, which a chunk's single query cannot tell."""
    size = CHUNK_DOCUMENTS if size is None else max(1, size)
    if sel.document_ids is not None or sel.narrowed_to_one:
        size = 1
    batch: list[dict] = []
    chars = 0
    for doc in documents(conn, sel, with_text=with_text):
        batch.append(doc)
        chars += len(doc.get("text") or "")
        if len(batch) >= size or chars >= CHUNK_TEXT:
            with chunk_plans(conn):
                yield _chunk(sel, batch)
            batch, chars = [], 0
    if batch:
        with chunk_plans(conn):
            yield _chunk(sel, batch)


CHUNK_PLANS = ("enable_hashjoin", "enable_mergejoin", "max_parallel_workers_per_gather")


@contextmanager
def chunk_plans(conn: Connection) -> Iterator[None]:
    """PostgreSQL, while a chunk's queries run: index-driven nested loops, no hash or merge joins, no
    parallel workers. Every chunk query starts from the chunk's document ids; with its default costs
    PostgreSQL hashed some of them against a whole table (occurrence_citations: a parallel sequential
    scan of every row per chunk), so an export's time grew as the square of the store. SQLite plans
    nested loops anyway. Transaction-local (SET LOCAL: an export that fails or stops early leaves them to
    its transaction's end), and reset after the chunk."""
    if conn.dialect.name != "postgresql":
        yield
        return
    # The driver's own cursor: ``stream`` left this connection's options streaming (a server-side cursor
    # cannot run SET), and the statements run in the export's transaction all the same.
    cursor = conn.connection.cursor()
    try:
        cursor.execute("; ".join(f"SET LOCAL {n} = {v}" for n, v in zip(CHUNK_PLANS, ("off", "off", "0"))))
    finally:
        cursor.close()
    yield
    cursor = conn.connection.cursor()
    try:
        cursor.execute("; ".join(f"RESET {n}" for n in CHUNK_PLANS))
    finally:
        cursor.close()


def _chunk(sel: Selection, docs: list[dict]) -> Chunk:
    if len(docs) == 1:
        return Chunk(docs, sel.narrow(docs[0]["id"]))
    # The whole store's documents (no document filter): every event is listed under the document
    # first telling it, so "home" is events.document_id and a chunk reads like one document.
    return Chunk(docs, replace(sel, document_ids=[d["id"] for d in docs], scope_ids=None, narrowed_to_one=True))


def resolve(conn: Connection, filters: Filters) -> Selection:
    """Look the filter's document and actor up; unknown ones are errors, not empty exports."""
    sel = Selection(filters)
    if filters.document:
        d = t.documents
        ids = conn.execute(select(d.c.id).where(or_(d.c.id == filters.document, d.c.name == filters.document))).scalars().all()
        if not ids and len(filters.document) >= 6:
            ids = conn.execute(select(d.c.id).where(d.c.id.startswith(filters.document.lower(), autoescape=True))
                               .order_by(d.c.id)).scalars().all()
        if not ids:
            raise ExportFilterError(f"no document '{filters.document}' in the store",
                                    fix="Use a document id (or its first characters) or file name from `foothold summary`.")
        sel.document_ids = list(ids)
    if filters.actor:
        ids = set(conn.execute(select(t.actors.c.id).where(t.actors.c.id == filters.actor)).scalars())
        key = normalise_name(filters.actor)
        ids |= set(conn.execute(select(t.aliases.c.actor_id).where(t.aliases.c.key == key)).scalars())
        ids |= set(conn.execute(select(t.actors.c.id).where(func.lower(t.actors.c.name) == filters.actor.lower())).scalars())
        if not ids:
            raise UnknownActorError(f"no actor named '{filters.actor}' in the store",
                                    fix="Use an actor id, name or alias as listed by `foothold actors`.")
        sel.actor_ids = sorted(ids)
    return sel


# --- streaming readers -----------------------------------------------------------

def stream(conn: Connection, stmt) -> Iterator[Any]:
    return iter(conn.execution_options(**STREAM).execute(stmt))


def _children(rows: Iterator[Any], key: str) -> Iterator[tuple[Any, list[Any]]]:
    """Group an ordered child stream by ``key`` lazily: yields (key value, rows)."""
    group: list[Any] = []
    current = object()
    for row in rows:
        value = getattr(row, key)
        if value != current and group:
            yield current, group
            group = []
        current = value
        group.append(row)
    if group:
        yield current, group


class Merge:
    """Pull children for parents that arrive in the same order as the children's key."""

    def __init__(self, rows: Iterator[Any], key: str):
        self._groups = _children(rows, key)
        self._next = next(self._groups, None)

    def take(self, parent_key: str) -> list[Any]:
        # Parent and child streams share the ORDER BY, so a group belongs to this parent or a later one.
        if self._next is not None and self._next[0] == parent_key:
            rows = self._next[1]
            self._next = next(self._groups, None)
            return rows
        return []


def documents(conn: Connection, sel: Selection, *, with_text: bool = False) -> Iterator[dict]:
    d = t.documents
    cols = [c for c in d.c if with_text or c.name != "text"]
    for row in stream(conn, select(*cols).where(sel.document_cond()).order_by(d.c.date.nulls_first(), d.c.name, d.c.id)):
        doc = dict(row._mapping)
        if not sel.filters.local_paths and not is_url(doc.get("path")):
            doc["path"] = None
        yield doc



CONTEXT_CHARS = 60
TEXT_BATCH = 50                 # documents whose texts one query fetches (streamed one text at a time)


def actors(conn: Connection, sel: Selection, *, document_aliases: bool = False,
           contexts: bool = False) -> Iterator[dict]:
    """Actors ordered by id, each with ``aliases`` (distinct surface forms), ``documents``
    (ids of selected documents mentioning it), ``mentions`` (count) and ``ingested`` (first, last).

    ``document_aliases``: only the forms the selected documents use (FORMAT.md per document).
    ``contexts``: organisations also get ``described_armed``: whether the text beside one of their
    mentions calls them an armed group (``kinds.described_as_armed``).
    """
    a, al, m = t.actors, t.aliases, t.mentions
    wanted = a.c.id.in_(sel.actor_ids_query())
    # Read before the actor streams open: one pass over the texts, holding the matching ids only.
    armed = described_armed(conn, sel, wanted) if contexts else set()
    alias_cond = [wanted]
    if document_aliases:
        alias_cond.append(sel._doc_cond(al.c.document_id))
    alias_rows = stream(conn, select(al.c.actor_id, al.c.alias).distinct().join(a, a.c.id == al.c.actor_id)
                         .where(*alias_cond).order_by(al.c.actor_id, al.c.alias))
    d = t.documents
    doc_rows = stream(conn, select(m.c.actor_id, m.c.document_id, d.c.ingested_at, func.count().label("n"))
                       .join(a, a.c.id == m.c.actor_id).join(d, d.c.id == m.c.document_id)
                       .where(wanted, sel._doc_cond(m.c.document_id))
                       .group_by(m.c.actor_id, m.c.document_id, d.c.ingested_at).order_by(m.c.actor_id, m.c.document_id))
    aliases_of, docs_of = Merge(alias_rows, "actor_id"), Merge(doc_rows, "actor_id")
    for row in stream(conn, select(a).where(wanted).order_by(a.c.id)):
        actor = dict(row._mapping)
        actor["aliases"] = [r.alias for r in aliases_of.take(row.id) if r.alias != row.name]
        docs = docs_of.take(row.id)
        actor["documents"] = [r.document_id for r in docs]
        actor["mentions"] = sum(r.n for r in docs)
        if contexts:
            actor["described_armed"] = row.id in armed
        stamps = [r.ingested_at for r in docs if r.ingested_at is not None]
        actor["ingested"] = (min(stamps), max(stamps)) if stamps else None
        yield actor


def described_armed(conn: Connection, sel: Selection, wanted) -> set[str]:
    """Ids of the organisations (of ``wanted``) whose text calls them an armed group beside one of
    their mentions in the selected documents."""
    from .kinds import described_as_armed
    return {actor_id for actor_id, before, after in mention_contexts(conn, sel, wanted)
            if described_as_armed([(before, after)])}


def mention_contexts(conn: Connection, sel: Selection, wanted) -> Iterator[tuple[str, str, str]]:
    """(actor_id, before, after): CONTEXT_CHARS of text each side of every organisation mention, in
    document order.

    Cut in Python from each document's text, fetched once: a cut in SQL (``substr`` per mention)
    makes PostgreSQL decompress a document's whole TOASTed text for each of its mentions. The
    mentions come from one ordered stream; texts are fetched TEXT_BATCH documents per query and
    streamed, so memory holds one text and one batch of documents' mentions."""
    a, m = t.actors, t.mentions
    rows = stream(conn, select(m.c.document_id, m.c.actor_id, m.c.start, m.c.end)
                  .join(a, a.c.id == m.c.actor_id)
                  .where(wanted, a.c.type == "organization", sel._doc_cond(m.c.document_id))
                  .order_by(m.c.document_id))
    batch: dict[str, list[Any]] = {}
    for document_id, mentions in _children(rows, "document_id"):
        batch[document_id] = mentions
        if len(batch) >= TEXT_BATCH:
            yield from _cut(conn, batch)
            batch = {}
    if batch:
        yield from _cut(conn, batch)


def _cut(conn: Connection, batch: dict[str, list[Any]]) -> Iterator[tuple[str, str, str]]:
    d, n = t.documents, CONTEXT_CHARS
    texts = conn.execution_options(stream_results=True, yield_per=1).execute(
        select(d.c.id, d.c.text).where(d.c.id.in_(sorted(batch))).order_by(d.c.id))
    for document_id, text in texts:
        text = text or ""
        for r in batch[document_id]:
            yield r.actor_id, text[max(0, r.start - n):r.start], text[r.end:r.end + n]


def relations(conn: Connection, sel: Selection) -> Iterator[dict]:
    r = t.relations
    for row in stream(conn, select(r).where(sel.relation_cond()).order_by(r.c.document_id, r.c.start, r.c.id)):
        yield dict(row._mapping)


def citations(conn: Connection, sel: Selection) -> Iterator[dict]:
    c = t.citations
    for row in stream(conn, select(c).where(sel.citation_cond()).order_by(c.c.document_id, c.c.position)):
        yield dict(row._mapping)


def events(conn: Connection, sel: Selection) -> Iterator[dict]:
    """Events in reading order, each with ``source``, ``target`` (actor ids) and ``citations`` (rows)."""
    e, ea, ec, c = t.events, t.event_actors, t.event_citations, t.citations
    order = (e.c.document_id, e.c.start, e.c.id)
    cond = sel.event_cond()
    actor_rows = stream(conn, select(ea.c.event_id, ea.c.actor_id, ea.c.role).join(e, e.c.id == ea.c.event_id)
                         .where(cond).order_by(*order, ea.c.role, ea.c.actor_id))
    cite_rows = stream(conn, select(ec.c.event_id, c).join(e, e.c.id == ec.c.event_id)
                        .join(c, c.c.id == ec.c.citation_id).where(cond).order_by(*order, c.c.position))
    actors_of, cites_of = Merge(actor_rows, "event_id"), Merge(cite_rows, "event_id")
    o = t.event_occurrences
    told_rows = stream(conn, select(o.c.event_id, o.c.id, o.c.document_id, o.c.evidence, o.c.start, o.c.end,
                                    o.c.extractor, o.c.trigger, o.c.confidence, o.c.date, o.c.precision, o.c.reason)
                       .join(e, e.c.id == o.c.event_id).where(cond).order_by(*order, o.c.document_id, o.c.start, o.c.id))
    told_of = Merge(told_rows, "event_id")
    for row in stream(conn, select(e).where(cond).order_by(*order)):
        event = dict(row._mapping)
        roles = actors_of.take(row.id)
        event["source"] = [r.actor_id for r in roles if r.role == "source"]
        event["target"] = [r.actor_id for r in roles if r.role == "target"]
        event["citations"] = [{k: v for k, v in r._mapping.items() if k != "event_id"} for r in cites_of.take(row.id)]
        # Every telling of the happening (a summary retelling the body, another document).
        event["occurrences"] = [{k: v for k, v in r._mapping.items() if k != "event_id"} for r in told_of.take(row.id)]
        yield event


def occurrences(conn: Connection, sel: Selection) -> Iterator[dict]:
    """Event occurrences in the selected documents, as extracted (FORMAT.md is per telling), each with
    ``event_id``, ``source``, ``target`` (actor ids) and ``citations`` (rows)."""
    o, oa, oc, c = t.event_occurrences, t.occurrence_actors, t.occurrence_citations, t.citations
    order = (o.c.document_id, o.c.start, o.c.id)
    cond = and_(sel._doc_cond(o.c.document_id), sel.told_cond(o.c.event_id))
    actor_rows = stream(conn, select(oa.c.occurrence_id, oa.c.actor_id, oa.c.role).join(o, o.c.id == oa.c.occurrence_id)
                         .where(cond).order_by(*order, oa.c.role, oa.c.actor_id))
    cite_rows = stream(conn, select(oc.c.occurrence_id, c).join(o, o.c.id == oc.c.occurrence_id)
                        .join(c, c.c.id == oc.c.citation_id).where(cond).order_by(*order, c.c.position))
    actors_of, cites_of = Merge(actor_rows, "occurrence_id"), Merge(cite_rows, "occurrence_id")
    for row in stream(conn, select(o).where(cond).order_by(*order)):
        occ = dict(row._mapping)
        roles = actors_of.take(row.id)
        occ["source"] = [r.actor_id for r in roles if r.role == "source"]
        occ["target"] = [r.actor_id for r in roles if r.role == "target"]
        occ["citations"] = [{k: v for k, v in r._mapping.items() if k != "occurrence_id"}
                            for r in cites_of.take(row.id)]
        yield occ


ID_BATCH = 500                  # ids per IN list when looking actors up for a chunk


def actor_rows(conn: Connection, ids, *columns) -> Iterator[Any]:
    """(id, *columns) of the actors ``ids``, ID_BATCH per query: exporters look up what one chunk
    refers to instead of holding a dict of every actor of the store."""
    ids = sorted({i for i in ids if i})
    for i in range(0, len(ids), ID_BATCH):
        yield from conn.execute(select(t.actors.c.id, *columns).where(t.actors.c.id.in_(ids[i:i + ID_BATCH])))


def actor_names(conn: Connection, ids) -> dict[str, str]:
    """id -> display name of the actors ``ids`` (formats that print names, per chunk of events)."""
    return {r.id: r.name for r in actor_rows(conn, ids, t.actors.c.name)}


def named_events(conn: Connection, sel: Selection) -> Iterator[tuple[dict, dict, dict[str, str]]]:
    """(event, its document, id -> name of the chunk's actors) in reading order: the one-row-per-event
    formats (ACLED, PLOVER) look up only the actors of the chunk they are writing."""
    for chunk in chunks(conn, sel):
        grouped = chunk.group(events(conn, chunk.sel))
        names = actor_names(conn, event_actor_ids(grouped))
        for doc in chunk.documents:
            for e in grouped.get(doc["id"], ()):
                yield e, doc, names


def event_actor_ids(events: dict[str, list[dict]]) -> set[str]:
    """Every source and target actor id of a chunk's events (``Chunk.group`` output)."""
    return {a for rows in events.values() for e in rows for a in (*e["source"], *e["target"])}
