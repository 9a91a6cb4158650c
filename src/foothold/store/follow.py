"""Following a feed: ingest the items not seen before, remember them (``feed_items``).

``follow_feed(engine, url)`` reads the feed whole first (a bad feed raises
one FeedError and stores nothing), then fetches each new or changed item's
page and stores it through the same path as a file (one transaction per
document; same content again is a no-op). An item is remembered only once
its document is stored, so an item whose page failed is tried again on the
next run; items seen before with the same content are not fetched again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from ..ingest.feeds import Feed, FeedItem, read_feed
from . import schema as t
from .batch import IngestReport, ingest_read

STORED = ("ingested", "updated", "replaced", "unchanged")


@dataclass
class FollowReport(IngestReport):
    feed: Feed | None = None
    already_seen: int = 0
    new_documents: list[str] = field(default_factory=list)     # document ids stored by this run


def followed_feeds(engine: Engine) -> list[str]:
    """Feeds followed before (the URLs of remembered items), for ``foothold follow`` without arguments."""
    with engine.connect() as conn:
        return list(conn.execute(select(t.feed_items.c.feed_url).distinct().order_by(t.feed_items.c.feed_url))
                    .scalars())


def follow_feed(engine: Engine, url: str, *, date: str | None = None, note=None) -> FollowReport:
    """Ingest ``url``'s new items; ``note(outcome)`` is called for each item tried."""
    feed = read_feed(url)                 # FeedError: nothing is stored
    report = FollowReport(feed=feed)
    f = t.feed_items
    with engine.connect() as conn:
        seen = dict(conn.execute(select(f.c.item_key, f.c.content_hash).where(f.c.feed_url == url)).all())
    for item in feed.items:
        if seen.get(item.key) == item.content_hash:
            report.already_seen += 1
            continue
        label = item.link or f"{url} item {item.title or item.item_id}"
        outcome = ingest_read(engine, label, lambda item=item: _read_item(url, item, date))
        report.outcomes.append(outcome)
        if note is not None:
            note(outcome)
        if outcome.status not in STORED:
            continue
        document_id = outcome.result.document_id if outcome.result else None
        if outcome.status != "unchanged" and document_id:
            report.new_documents.append(document_id)
        values = dict(item_id=item.item_id, link=item.link, title=item.title, content_hash=item.content_hash,
                      document_id=document_id, seen_at=datetime.now(timezone.utc))
        with engine.begin() as conn:
            if item.key in seen:
                conn.execute(update(f).where(f.c.feed_url == url, f.c.item_key == item.key).values(**values))
            else:
                conn.execute(insert(f).values(feed_url=url, item_key=item.key, **values))
    return report


def _read_item(feed_url: str, item: FeedItem, date: str | None):
    """The item's page (its link), or the item's own content when it has no link."""
    from ..ingest.web import Download, document_from_download, fetch_document, is_url
    if item.link:
        document = fetch_document(item.link, date=date)
    else:
        body = f"<html><head><title>{item.title or ''}</title></head><body>{item.content or ''}</body></html>"
        address = item.item_id if is_url(item.item_id) else f"{feed_url}#{item.key[:16]}"
        document = document_from_download(Download(address, address, 200, "text/html", "utf-8",
                                                   body.encode("utf-8")), date=date)
    if document.date is None and item.date is not None:     # the feed says when the item was published
        document.date = item.date
        document.metadata["date_source"] = "feed"
    document.metadata["feed"] = feed_url
    return document


def describe(report: FollowReport) -> str:
    feed = report.feed
    return (f"{feed.url}: {feed.title or 'untitled feed'} — {len(feed.items)} items, {report.already_seen} seen before, "
            f"{report.summary_line().split(': ', 1)[1] if report.outcomes else 'nothing new'}")


__all__ = ["FollowReport", "follow_feed", "followed_feeds", "describe"]
