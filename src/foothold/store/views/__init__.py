"""Read queries the workbench needs: reader spans, actor profiles, network, timeline, places, sources, search.

Each function takes a Connection and returns plain dicts and lists (JSON-ready),
so the API, the HTML pages and the CLI can share them. Filtering by date window
happens in Python on the events' date *ranges*: an event dated "June 2020" is a
band from 1 June to 1 July and overlaps any window that touches it.

One module per view; this package re-exports each view's public functions and limits.
"""

from .dates import MONTH_PARTS, SEASONS, date_range, is_calendar_date
from .filters import EventFilter, told_in
from .listing import events_matching, EVENT_ORDER, in_window, DENSE_EVENTS, events_page, count_events, event_detail
from .chronology import timeline, event_spheres
from .overview import summary, summary_counts, list_documents, DOCUMENT_ORDER, documents_page, document_rows
from .reader import PAGE_CHARS, pages, document_reader
from .profiles import (SENTENCE_END, list_actors, ACTOR_SORTS, actors_page, actor_rows, PROFILE_LIMIT,
                       PROFILE_SAMPLE, CO_OCCURRENCE_DOCUMENTS, FORM_LIMIT, actor_profile, co_occurring)
from .graph import NETWORK_LIMIT, NETWORK_MAX, NETWORK_RANKS, network, ties_between
from .locations import places, place_events, events_at
from .outlets import OUTLET_LIMIT, sources
from .lookup import search

__all__ = ["MONTH_PARTS", "SEASONS", "date_range", "is_calendar_date", "EventFilter", "told_in", "events_matching",
           "EVENT_ORDER", "in_window", "DENSE_EVENTS", "events_page", "count_events", "event_detail", "timeline",
           "event_spheres", "summary", "summary_counts", "list_documents", "DOCUMENT_ORDER", "documents_page",
           "document_rows", "PAGE_CHARS", "pages", "document_reader", "SENTENCE_END", "list_actors", "ACTOR_SORTS",
           "actors_page", "actor_rows", "PROFILE_LIMIT", "PROFILE_SAMPLE", "CO_OCCURRENCE_DOCUMENTS", "FORM_LIMIT",
           "actor_profile", "co_occurring", "NETWORK_LIMIT", "NETWORK_MAX", "NETWORK_RANKS", "network",
           "ties_between", "places", "place_events", "events_at", "OUTLET_LIMIT", "sources", "search"]
