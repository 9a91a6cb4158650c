"""RSS and Atom feeds: ``read_feed(url) -> Feed`` (downloaded with ``ingest.web``, parsed by feedparser).

A feed is only accepted whole: a download failure, a response that is not a
feed or a feed feedparser cannot read raises one FeedError (E130) naming the
URL and the reason, so ``foothold follow`` stores nothing from it. Each item
has a stable key (its id, else its link, else its title) and a content hash
(title, date, summary and content): an item seen before with the same hash is
old news; the same key with a new hash is an updated item.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..errors import FeedError
from ..model import DateValue
from .web import FEED_TYPES, Download, download


@dataclass
class FeedItem:
    key: str                    # sha256 of the item's id / link / title
    item_id: str | None
    link: str | None
    title: str | None
    date: DateValue | None      # published (or updated) day
    content_hash: str
    content: str | None         # the item's own HTML/text (used when it has no link)


@dataclass
class Feed:
    url: str
    title: str | None
    version: str                # rss20, atom10, ...
    items: list[FeedItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _sha(*parts) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()


def read_feed(url: str) -> Feed:
    got = download(url)
    return parse_feed(got)


def parse_feed(got: Download) -> Feed:
    import feedparser
    url = got.url
    if got.content_type and not got.content_type.startswith(FEED_TYPES) and "xml" not in got.content_type \
            and "json" not in got.content_type:
        raise FeedError(f"the answer is {got.content_type}, not an RSS or Atom feed", path=url,
                        fix="Give the address of the feed itself (often /feed, /rss or /atom.xml).")
    parsed = feedparser.parse(got.body, response_headers={"content-location": got.final_url,
                                                          "content-type": got.content_type or "application/xml"})
    problem = parsed.get("bozo_exception")
    if not parsed.get("version"):
        if problem is not None:
            raise FeedError(f"the feed is malformed ({_brief(problem)})", path=url,
                            fix="Check the address is the feed's; ask its publisher to fix the XML.")
        raise FeedError("this is not an RSS or Atom feed", path=url,
                        fix="Give the address of the feed itself (often /feed, /rss or /atom.xml).")
    if problem is not None and (not parsed.entries or not _benign(problem)):
        # Broken XML read by feedparser's loose parser can give half items: the feed is refused whole.
        raise FeedError(f"the feed is malformed ({_brief(problem)})", path=url,
                        fix="Ask its publisher to fix the XML; nothing of it was stored.")
    feed = Feed(url, parsed.feed.get("title"), parsed.version)
    if problem is not None:
        feed.warnings.append(f"the feed is not well-formed ({_brief(problem)}); its items were read anyway")
    for entry in parsed.entries:
        item_id, link, title = entry.get("id"), entry.get("link"), entry.get("title")
        natural = item_id or link or title
        if not natural:
            feed.warnings.append("an item with no id, link or title was skipped")
            continue
        content = " ".join(c.get("value", "") for c in entry.get("content", [])) or entry.get("summary")
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        date = DateValue(f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}", "day") if when else None
        feed.items.append(FeedItem(_sha(natural), item_id, link, title, date,
                                   _sha(title, date.iso if date else None, entry.get("summary"), content),
                                   content))
    return feed


def _benign(exc: Exception) -> bool:
    """Problems feedparser reads around safely: a wrong declared encoding or content type."""
    import feedparser
    return isinstance(exc, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType))


def _brief(exc: Exception) -> str:
    text = getattr(exc, "getMessage", lambda: str(exc))()
    line = getattr(exc, "getLineNumber", lambda: None)()
    return f"{text}{f' at line {line}' if line else ''}"
