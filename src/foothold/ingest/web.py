"""Documents from the web: ``fetch_document(url) -> Document`` and ``download(url)``.

HTTP goes through urllib3, the stack trafilatura itself uses, with the
limits declared once in ``settings``: a total time (FOOTHOLD_FETCH_TIMEOUT)
and a size cap (FOOTHOLD_FETCH_MAX_BYTES) enforced while the body streams in,
so a huge or endless response is cut off, never held in memory. The body is
read by the same readers as files (HTML through trafilatura, text, PDF), so a
page and a saved copy of it give the same Document; ``Document.path`` is the
URL (after redirects) and ``metadata["source_url"]`` says where it came from.

Every failure is one FetchError naming the URL, the reason and the fix:
E120 unreachable or not a URL, E121 an HTTP error status, E122 a timeout,
E123 too large, E124 not a page or document (an image, a binary file).
"""

from __future__ import annotations

from .document import is_url  # noqa: F401  (re-exported: the batch asks ingest.web)

import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..errors import (FetchError, FetchTimeoutError, FootholdError, HttpStatusError, NotADocumentError,
                      TooLargeError)
from ..settings import FETCH_MAX_BYTES, FETCH_TIMEOUT, number
from .document import Document

CHUNK = 64 * 1024
# Content types read as documents, by the reader (file suffix) that reads them.
DOCUMENT_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt",
                  "text/markdown": ".md", "text/x-markdown": ".md", "application/pdf": ".pdf"}
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "text/html", "text/plain")


@dataclass
class Download:
    url: str                # as asked
    final_url: str          # after redirects
    status: int
    content_type: str       # media type, lower case, without parameters ("" if the server sent none)
    charset: str | None
    body: bytes


def _pool():
    import urllib3
    from .. import __version__
    timeout = number(FETCH_TIMEOUT)
    return urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=timeout, read=timeout),
        retries=urllib3.Retry(total=5, connect=1, read=0, status=0, redirect=5, raise_on_status=False),
        headers={"User-Agent": f"foothold/{__version__} (+https://github.com/openeventdata/PLOVER)",
                 "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                           "application/xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.8,*/*;q=0.1"})


def download(url: str) -> Download:
    """GET ``url`` within the time and size limits; a FetchError for anything but a 2xx answer."""
    try:
        host = urlsplit(url).hostname
    except ValueError as exc:
        raise FetchError(f"not a valid web address ({exc})", path=url, fix="Check the URL.") from exc
    if not is_url(url) or not host:
        raise FetchError("not a web address", path=url, fix="Give a full http:// or https:// URL.")
    limit = int(number(FETCH_MAX_BYTES))
    seconds = number(FETCH_TIMEOUT)
    deadline = time.monotonic() + seconds
    timed_out = FetchTimeoutError(f"no complete answer within {seconds:g} seconds", path=url,
                                  fix="Try again later, or raise FOOTHOLD_FETCH_TIMEOUT.")
    response = _request(url, timed_out)
    try:
        final_url = url
        for step in (response.retries.history if response.retries else ()):
            if step.redirect_location:
                final_url = urljoin(final_url, step.redirect_location)
        if not 200 <= response.status < 300:
            reason = f"{response.status} {response.reason or ''}".strip()
            raise HttpStatusError(f"the server answered {reason}", path=url,
                                  fix="Check the URL (the page may have moved or need a login).")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise TooLargeError(f"the answer is {int(declared):,} bytes, over the {limit:,}-byte limit", path=url,
                                fix="Raise FOOTHOLD_FETCH_MAX_BYTES if the document is wanted.")
        body = _read_body(url, response, limit, deadline, timed_out)
        media, charset = _content_type(response.headers.get("Content-Type") or "")
        return Download(url, final_url, response.status, media, charset, body)
    finally:
        response.release_conn()


def _request(url: str, timed_out: FetchTimeoutError):
    """The streaming response to GET ``url`` (redirects followed), each way of failing as one FetchError."""
    import urllib3
    from urllib3.exceptions import HTTPError, LocationParseError, MaxRetryError, NameResolutionError, ReadTimeoutError
    try:
        return _pool().request("GET", url, preload_content=False, redirect=True)
    except LocationParseError as exc:
        raise FetchError(f"not a valid web address ({exc})", path=url, fix="Check the URL.") from exc
    except MaxRetryError as exc:
        reason = exc.reason
        # NewConnectionError subclasses ConnectTimeoutError (urllib3 keeps it for compatibility): test it first.
        if isinstance(reason, NameResolutionError):
            raise FetchError(f"the host '{urlsplit(url).hostname}' is unknown", path=url,
                             fix="Check the address and the network connection.") from exc
        if isinstance(reason, urllib3.exceptions.NewConnectionError):
            raise FetchError(f"cannot connect to {urlsplit(url).netloc} (connection refused or unreachable)",
                             path=url, fix="Check the address, that the server is up and the network.") from exc
        if isinstance(reason, (ReadTimeoutError, urllib3.exceptions.ConnectTimeoutError, TimeoutError)):
            raise timed_out from exc
        if isinstance(reason, urllib3.exceptions.ResponseError):      # too many redirects
            raise FetchError(f"the server redirects too often ({reason})", path=url, fix="Check the URL.") from exc
        raise FetchError(f"cannot reach the server ({_brief(reason)})", path=url,
                         fix="Check the address and the network connection.") from exc
    except (ReadTimeoutError, TimeoutError) as exc:
        raise timed_out from exc
    except HTTPError as exc:
        raise FetchError(f"the download failed ({_brief(exc)})", path=url, fix="Try again later.") from exc


def _read_body(url: str, response, limit: int, deadline: float, timed_out: FetchTimeoutError) -> bytes:
    """The answer's bytes, read in chunks: over ``limit`` bytes or past ``deadline`` is an error, not a cut."""
    from urllib3.exceptions import HTTPError, ProtocolError, ReadTimeoutError
    chunks, size = [], 0
    try:
        for chunk in response.stream(CHUNK):
            size += len(chunk)
            if size > limit:
                raise TooLargeError(f"the answer goes on past the {limit:,}-byte limit", path=url,
                                    fix="Raise FOOTHOLD_FETCH_MAX_BYTES if the document is wanted.")
            if time.monotonic() > deadline:
                raise timed_out
            chunks.append(chunk)
    except (ReadTimeoutError, TimeoutError) as exc:
        raise timed_out from exc
    except (ProtocolError, HTTPError) as exc:
        raise FetchError(f"the connection broke off ({_brief(exc)})", path=url, fix="Try again later.") from exc
    return b"".join(chunks)


def _content_type(header: str) -> tuple[str, str | None]:
    """(media type, charset or None) of a Content-Type header."""
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    return media.strip().lower(), charset


def _brief(exc) -> str:
    text = str(exc).split(": ", 1)[-1] if exc else ""
    return f"{exc.__class__.__name__}: {text}"[:200] if exc else "no answer"


def document_suffix(got: Download) -> str:
    """The reader for a download: from its content type, or sniffed when the server sent none."""
    if got.content_type in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[got.content_type]
    head = got.body[:1024].lstrip().lower()
    if got.content_type in ("", "application/octet-stream", "binary/octet-stream"):
        if head.startswith(b"%pdf"):
            return ".pdf"
        if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
            return ".html"
        if got.content_type == "" and b"\x00" not in got.body[:4096]:
            return ".txt"
    what = "binary data" + (f" ({got.content_type})" if got.content_type else "") \
        if "octet-stream" in got.content_type or not got.content_type else got.content_type
    feed = any(k in got.content_type for k in ("rss", "atom", "xml"))
    raise NotADocumentError(f"the answer is {what}, not a web page or document", path=got.url,
                            fix="For a feed use `foothold follow URL`." if feed else
                            "Give the address of an HTML page, a text file or a PDF.")


def name_of(url: str) -> str:
    """A readable document name: host and path ("www.voanews.com/a/iran-sanctions")."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    return (parts.hostname or "") + (path if path else "")


def fetch_document(url: str, *, date: str | None = None) -> Document:
    """Download ``url`` and read it into a Document whose path is the URL (after redirects)."""
    got = download(url)
    return document_from_download(got, date=date)


def document_from_download(got: Download, *, date: str | None = None) -> Document:
    suffix = document_suffix(got)
    with tempfile.TemporaryDirectory(prefix="foothold-web-") as folder:
        file = Path(folder) / f"page{suffix}"
        file.write_bytes(got.body)
        try:
            from .readers import read_document
            document = read_document(file, date=date)
        except FootholdError as exc:
            exc.path = got.url        # the reason is about the page, not the temporary file
            raise
    document.path = got.final_url
    document.name = name_of(got.final_url)
    document.metadata = {**document.metadata, "source_url": got.final_url, "fetched_from": got.url,
                         "content_type": got.content_type,
                         "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    return document
