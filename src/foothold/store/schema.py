"""The store's tables (SQLAlchemy Core), portable across SQLite and PostgreSQL.

Alembic migrations in ``store/migrations/versions`` create and change these
tables; ``tests/test_store_schema.py`` checks the two never drift apart.
Offsets (``start``/``end``) point into ``documents.text``.
"""

from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, func, literal_column)

# Stable constraint names so migrations can refer to them on every backend.
metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

# Bounded columns are ids and closed vocabularies only; anything a person wrote or a
# document said (names, labels, evidence, extractor names) is TEXT, so PostgreSQL and SQLite
# store the same thing (tests/test_store_schema.py walks this module to keep it so).
ID = String(200)        # slugs (resolve.names.slug caps them at SLUG_MAX + a hash), content hashes
NAME = Text             # names and aliases as written


def code(name: str, length: int, *args, **kw) -> Column:
    """A column of a closed vocabulary (types, precisions, roles, ISO dates, hashes): bounded on purpose."""
    return Column(name, String(length), *args, info={"bounded": True}, **kw)


def _doc_fk(nullable: bool = False, primary_key: bool = False) -> Column:
    return Column("document_id", ID, ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=nullable, index=True, primary_key=primary_key)


def _span() -> list[Column]:
    return [Column("evidence", Text), Column("start", Integer), Column("end", Integer),
            Column("extractor", Text, nullable=False)]


documents = Table(
    "documents", metadata,
    Column("id", ID, primary_key=True),                 # sha256 of the text as read
    Column("name", NAME, nullable=False),
    Column("path", Text),
    code("format", 20),
    Column("title", Text),
    code("date", 10),                         # ISO 8601 cut to its precision
    code("date_precision", 10),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("warnings", JSON, nullable=False),
    Column("meta", JSON),                               # reader metadata: date source, page count, ...
)

document_extractors = Table(
    "document_extractors", metadata,
    _doc_fk(primary_key=True),
    Column("extractor", Text, primary_key=True),  # foothold.<what>.vN
    Column("description", Text),
)

actors = Table(
    "actors", metadata,
    Column("id", ID, primary_key=True),                 # slug of the canonical name
    Column("name", NAME, nullable=False),
    code("type", 20, nullable=False, index=True),
    code("first_seen", 10),                   # earliest / latest document date
    code("last_seen", 10),
    Column("dictionary_id", ID, index=True),            # entry in an actor dictionary (data/actors)
)

aliases = Table(
    "aliases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", ID, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("alias", NAME, nullable=False),
    Column("key", NAME, nullable=False, index=True),        # normalise_name(alias)
    Column("skeleton", NAME, nullable=False, index=True),   # resolve.across.skeleton(alias)
    Column("surname", Text, nullable=False, index=True),
    Column("consonants", NAME, index=True),                  # skeleton without vowel slots (Teheran / Tehran)
    _doc_fk(nullable=True),
    Column("reason", Text),                                  # why it was merged into the actor
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("actor_id", ID, ForeignKey("actors.id"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    code("type", 20),
    Column("label", Text),
    Column("extractor", Text, nullable=False),
)

citations = Table(
    "citations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("position", Integer, nullable=False),          # index in the extraction
    Column("outlet", NAME, nullable=False),
    Column("outlet_actor_id", ID, ForeignKey("actors.id"), index=True),
    code("date", 10),
    code("precision", 10),
    *_span(),
    code("date_qualifier", 20),                 # early | mid | late (of a month), a season
)

relations = Table(
    "relations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("subject_id", ID, ForeignKey("actors.id"), nullable=False, index=True),
    code("predicate", 40, nullable=False),
    Column("object_id", ID, ForeignKey("actors.id"), nullable=False, index=True),
    Column("title", Text),
    Column("time", Text),
    *_span(),
    Column("confidence", Float),
    code("channel", 30, index=True),          # political | military | ... | unclassified (analyze.channels)
    Column("channel_reason", Text),
)

events = Table(
    "events", metadata,
    Column("id", ID, primary_key=True),                   # hash of document, span, type
    _doc_fk(),
    code("type", 20, nullable=False, index=True),
    Column("mode", Text),
    code("date", 10),
    code("precision", 10),
    Column("location_id", ID, ForeignKey("actors.id")),
    code("quad", 40),
    code("sphere", 40),
    *_span(),
    Column("trigger", Text),
    Column("attributed_to", JSON),
    Column("confidence", Float),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    code("date_qualifier", 20),                 # early | mid | late (of a month), a season
    code("channel", 30, index=True),            # political | military | ... | unclassified (analyze.channels)
    Column("channel_reason", Text),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", ID, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ID, ForeignKey("actors.id"), primary_key=True, index=True),
    code("role", 10, primary_key=True),         # source | target
)

event_citations = Table(
    "event_citations", metadata,
    Column("event_id", ID, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("citation_id", Integer, ForeignKey("citations.id", ondelete="CASCADE"), primary_key=True),
)

# An event above is the happening; each telling of it extracted from a document is an
# occurrence (a summary repeating the body: two occurrences, one event). The event row
# keeps its first telling's span and the pooled actors, date, location and citations.
event_occurrences = Table(
    "event_occurrences", metadata,
    Column("id", ID, primary_key=True),                   # hash of document, position, span, type
    Column("event_id", ID, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    _doc_fk(),
    Column("position", Integer),                          # index in the document's extraction
    code("type", 20, nullable=False),
    Column("mode", Text),
    code("date", 10),
    code("precision", 10),
    code("date_qualifier", 20),
    Column("location_id", ID, ForeignKey("actors.id")),
    code("quad", 40),
    code("sphere", 40),
    *_span(),
    Column("trigger", Text),
    Column("attributed_to", JSON),
    Column("confidence", Float),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("reason", Text),                               # why it was linked to its event
    code("channel", 30),
    Column("channel_reason", Text),
)

occurrence_actors = Table(
    "occurrence_actors", metadata,
    Column("occurrence_id", ID, ForeignKey("event_occurrences.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ID, ForeignKey("actors.id"), primary_key=True, index=True),
    code("role", 10, primary_key=True),         # source | target
)

occurrence_citations = Table(
    "occurrence_citations", metadata,
    Column("occurrence_id", ID, ForeignKey("event_occurrences.id", ondelete="CASCADE"), primary_key=True),
    Column("citation_id", Integer, ForeignKey("citations.id", ondelete="CASCADE"), primary_key=True),
)

# Every analyst correction (issue 12; migration 0012 moved the old ``merges`` rows here): merges and
# splits of actors, rejections, confirmations, retypes, aliases and added facts. Live corrections
# (``undone_at`` null) are re-applied by the writer whenever a document is stored again (store.review).
corrections = Table(
    "corrections", metadata,
    Column("id", ID, primary_key=True),                  # cr_ + hash of kind, target, payload, time
    Column("position", Integer, nullable=False, index=True),   # the order corrections were made (replay order)
    code("kind", 20, nullable=False, index=True),        # reject_mention | ... | merge_actors | split_alias
    code("fact_kind", 20),                               # mention | event | relation | citation | actor
    Column("document_id", ID, index=True),               # the document it concerns (follows a re-ingest)
    Column("target_id", Text, index=True),               # the fact it concerns (an added fact: its id)
    Column("payload", JSON, nullable=False),             # what changed; rejections: a snapshot of what went
    Column("start", Integer),                            # evidence: the words, offsets in the original input
    Column("end", Integer),
    Column("evidence", Text),
    Column("author", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
)

# An analyst's word that a tie is wrong: ties between the two actors (of the predicate, or
# any) no longer carry influence (analyze.proxies). Kept apart from the facts, so it
# holds across re-ingests, like the corrections above.
cuts = Table(
    "cuts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("from_ref", ID, nullable=False),              # the actor whose acts would count (the proxy side)
    Column("to_ref", ID, nullable=False),                # the actor they would count for
    code("predicate", 40),                     # only ties of this predicate; None: every tie
    Column("reason", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Counts kept at write time (migration 0013; store/counts.py keeps them): derived from the tables
# above, so the network's top-N, the map and the actor lists read a few rows instead of counting.
actor_counts = Table(
    "actor_counts", metadata,
    Column("actor_id", ID, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("mentions", Integer, nullable=False),
    Column("documents", Integer, nullable=False),     # documents mentioning it
    Column("events", Integer, nullable=False),        # events it takes part in
    Column("relations", Integer, nullable=False),     # as subject plus as object
    Column("located", Integer, nullable=False),       # events located there
    Column("degree", Integer, nullable=False),        # tie_counts pairs (events) and relation groups it is in
    Column("weight", Integer, nullable=False),        # events and relations on those ties
)

# One row per event tie (source, target, PLOVER type: n events, sum of QUAD_SCORE) and per
# relation group (subject, object, predicate: n relations), self-ties left out, as the network draws them.
tie_counts = Table(
    "tie_counts", metadata,
    Column("source_id", ID, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("target_id", ID, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True),
    code("kind", 10, primary_key=True),                  # event | relation
    code("label", 40, primary_key=True),                 # the event type or the predicate
    Column("n", Integer, nullable=False),
    Column("score", Integer, nullable=False),
)

# Per actor and surface form (and merge reason, '' for none): the documents using it (migration 0014),
# so a profile lists an actor's forms without counting its alias rows.
form_counts = Table(
    "form_counts", metadata,
    Column("actor_id", ID, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", Text, primary_key=True),
    Column("reason", Text, primary_key=True),
    Column("key", NAME, nullable=False),                    # the form's lookup key (aliases.key): name search
    Column("documents", Integer, nullable=False),
)
Index("ix_form_counts_key", form_counts.c.key, form_counts.c.actor_id)

# Per outlet (key: its actor id, else its name): citations, documents, the events resting on it and
# those resting on it alone, first and last citation dates (migration 0014; the sources view reads it).
outlet_counts = Table(
    "outlet_counts", metadata,
    Column("key", Text, primary_key=True),
    Column("outlet", Text, nullable=False),
    Column("actor_id", ID),                                # no foreign key: derived, recounted with its outlet
    Column("citations", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("events", Integer, nullable=False),
    Column("sole_events", Integer, nullable=False),
    code("first", 10),
    code("last", 10),
)
# Totals kept by triggers (migration 0015; store/totals.py reads them): ``kept_totals`` per key
# ('documents', 'relations', 'citations', 'occurrences', 'tied_actors', 'mentions', 'actors:<type>', 'events:<type>')
# and ``event_dates`` per event date as written ('' when undated), qualifier, type and sphere ('' when none),
# so the summary, the network's totals and the timeline read a few rows instead of counting a table.
kept_totals = Table(
    "kept_totals", metadata,
    Column("key", Text, primary_key=True),
    Column("n", Integer, nullable=False),
)

event_dates = Table(
    "event_dates", metadata,
    code("date", 10, primary_key=True),
    code("date_qualifier", 20, primary_key=True),
    code("type", 20, primary_key=True),
    code("sphere", 40, primary_key=True),
    Column("n", Integer, nullable=False),
)
Index("ix_citations_outlet_key", func.coalesce(citations.c.outlet_actor_id, citations.c.outlet))

Index("ix_mentions_document_actor", mentions.c.document_id, mentions.c.actor_id)
Index("ix_actor_counts_degree", actor_counts.c.degree, actor_counts.c.actor_id)
Index("ix_actor_counts_weight", actor_counts.c.weight, actor_counts.c.actor_id)
Index("ix_actor_counts_mentions", actor_counts.c.mentions.desc(), actor_counts.c.actor_id)
Index("ix_aliases_actor_alias_document", aliases.c.actor_id, aliases.c.alias, aliases.c.document_id,
      aliases.c.reason)

# Query indexes (migration 0011): the orders lists page by (store.paging) and the keys aggregates read.
Index("ix_events_date_order", func.coalesce(events.c.date, literal_column("'~'")), events.c.id)
Index("ix_events_date_type", events.c.date, events.c.type)
Index("ix_events_location_id", events.c.location_id)
Index("ix_events_location_order", events.c.location_id, func.coalesce(events.c.date, literal_column("'~'")),
      events.c.id)         # migration 0014; its text search indexes live outside this module (store/search.py)
Index("ix_documents_date_order", func.coalesce(documents.c.date, literal_column("''")), documents.c.id)
Index("ix_documents_path", documents.c.path)   # migration 0016: the earlier version of a file (writer)
Index("ix_event_occurrences_location_id", event_occurrences.c.location_id)   # migration 0018: orphaned actors (writer)
Index("ix_event_actors_actor_event", event_actors.c.actor_id, event_actors.c.event_id)
Index("ix_event_actors_actor_role_event", event_actors.c.actor_id, event_actors.c.role,
      event_actors.c.event_id)      # migration 0015: a tie's events in either direction (views.ties_between)
Index("ix_mentions_actor_document", mentions.c.actor_id, mentions.c.document_id, mentions.c.start)
Index("ix_relations_subject_id_id", relations.c.subject_id, relations.c.id)
Index("ix_relations_object_id_id", relations.c.object_id, relations.c.id)
Index("ix_aliases_actor_alias", aliases.c.actor_id, aliases.c.alias)

# --- watching (issue 9): rules, the alerts they raised, the feed items already read ----------

# A watch rule as added from a YAML file (the file's text for this rule, re-validated on load):
# rules live in the store they watch, so every ingest into it (any machine, any folder) runs them.
watch_rules = Table(
    "watch_rules", metadata,
    code("name", 200, primary_key=True),
    Column("source", Text, nullable=False),               # the rule as YAML
    Column("path", Text),                                 # the file it was added from
    Column("added_at", DateTime(timezone=True), nullable=False),
)

alerts = Table(
    "alerts", metadata,
    Column("id", ID, primary_key=True),                   # sha256 of rule name + its events' ids
    code("rule", 200, nullable=False, index=True),
    Column("fired_at", DateTime(timezone=True), nullable=False),
    code("severity", 20),
    Column("summary", Text, nullable=False),              # one line for people
    code("window_start", 10),                   # counted rules: the window of the events
    code("window_end", 10),
    Column("count", Integer, nullable=False),
    Column("previous_count", Integer),                    # compared rules: the window before
    Column("details", JSON),                              # the rule as evaluated, the indicator it encodes
    Column("delivered", Text),                            # webhook outcome (None: no webhook)
)

# The events an alert matched, with their evidence copied: an alert stays readable after a re-ingest.
alert_events = Table(
    "alert_events", metadata,
    Column("alert_id", ID, ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", ID, primary_key=True, index=True),
    Column("document_id", ID),
    code("type", 20),
    Column("mode", Text),
    code("date", 10),
    Column("source", Text),                               # actor names, "; "-joined
    Column("target", Text),
    Column("evidence", Text),
    Column("start", Integer),
    Column("end", Integer),
)

feed_items = Table(
    "feed_items", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("feed_url", Text, nullable=False),
    code("item_key", 64, nullable=False),        # sha256 of the item's id (or link)
    Column("item_id", Text),
    Column("link", Text),
    Column("title", Text),
    code("content_hash", 64, nullable=False),    # sha256 of title, date, summary, content
    Column("document_id", ID),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

Index("ix_feed_items_feed_item", feed_items.c.feed_url, feed_items.c.item_key, unique=True)
Index("ix_alerts_fired_at_id", alerts.c.fired_at, alerts.c.id)
