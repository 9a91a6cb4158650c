"""Who a report's unattributed "we" is when its byline names the issuer (issue 8, docs27): "Arabian Press Freedom
Centre, report of 10 December 2020" over "We call on the Houthi authorities ...". The body named on the byline line
(`ingest/bylines.py`) speaks for the report; without one, `EventIndex.issuer` keeps its count of subject states
(a government release speaking for itself)."""

from __future__ import annotations

from ...ingest.bylines import issuer_span

ISSUER_TYPES = ("organization", "media")     # a report's author is a body; the places and states it names are not


def byline_issuer(index):
    """The first body named on the report's byline line, or None."""
    span = issuer_span(index.ctx.document.text)
    if span is None:
        return None
    for h in index.hits:
        if h is not None and h.type in ISSUER_TYPES and span[0] <= h.start and h.end <= span[1]:
            return h
    return None
