"""A local HTTP server for tests (127.0.0.1, a free port, in a thread) and pages built from real documents.

``Site.route(path, body, content_type, status=200, delay=0)`` serves bytes;
``Site.endless(path)`` streams forever (the size cap must cut it off);
``Site.posts`` collects the JSON bodies POSTed to any path (webhooks).
"""

from __future__ import annotations

import html
import json
import threading
import time
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class Site:
    def __init__(self):
        self.routes: dict[str, tuple] = {}
        self.redirects: dict[str, str] = {}
        self.posts: list[dict] = []
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):      # quiet
                pass

            def do_GET(self):
                site.hits.append(self.path)
                if self.path in site.redirects:
                    self.send_response(301)
                    self.send_header("Location", site.redirects[self.path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                status, content_type, body, delay, endless = route
                if delay:
                    time.sleep(delay)
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                if endless:
                    self.end_headers()
                    try:
                        while True:
                            self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
                    except (BrokenPipeError, ConnectionResetError):
                        return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length)
                site.posts.append({"path": self.path, "content_type": self.headers.get("Content-Type"),
                                   "json": json.loads(data)})
                status = 500 if self.path.startswith("/broken") else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, body, content_type: str | None = "text/html; charset=utf-8", *, status: int = 200,
              delay: float = 0) -> str:
        self.routes[path] = (status, content_type, body.encode("utf-8") if isinstance(body, str) else body,
                             delay, False)
        return self.url(path)

    def endless(self, path: str, content_type: str = "text/html") -> str:
        self.routes[path] = (200, content_type, b"", 0, True)
        return self.url(path)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


# --- pages and feeds from real documents ---------------------------------------------------------

def read_news(path: Path) -> tuple[str, str]:
    """(title, body) of a news-dev text: its metadata header gives the title."""
    text = path.read_text("utf-8")
    head, _, body = text.partition("\n\n")
    title = next((line.split(":", 1)[1].strip() for line in head.splitlines() if line.startswith("title:")), path.stem)
    return title, body.strip()


def html_page(title: str, body: str, *, published: str | None = None) -> str:
    """An article page as a news site serves it: navigation, the article's paragraphs, a footer."""
    paragraphs = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip())
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{meta}</head>"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>\n{paragraphs}\n</article>"
            f"<footer>Copyright. All rights reserved.</footer></body></html>")


def rss(title: str, items: list[dict]) -> str:
    """RSS 2.0: items are dicts with title, link, guid, published (datetime), summary."""
    entries = "".join(
        f"<item><title>{html.escape(i['title'])}</title><link>{html.escape(i['link'])}</link>"
        f"<guid>{html.escape(i.get('guid', i['link']))}</guid>"
        f"<pubDate>{format_datetime(i.get('published', datetime(2020, 8, 20, tzinfo=timezone.utc)))}</pubDate>"
        f"<description>{html.escape(i.get('summary', ''))}</description></item>" for i in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{html.escape(title)}</title>"
            f"<link>http://example.org/</link><description>test feed</description>{entries}</channel></rss>")


def atom(title: str, items: list[dict]) -> str:
    entries = "".join(
        f"<entry><title>{html.escape(i['title'])}</title><link href='{html.escape(i['link'])}'/>"
        f"<id>{html.escape(i.get('guid', i['link']))}</id>"
        f"<updated>{i.get('published', datetime(2020, 7, 14, tzinfo=timezone.utc)).isoformat()}</updated>"
        f"<summary>{html.escape(i.get('summary', ''))}</summary></entry>" for i in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>{html.escape(title)}</title><id>urn:test:feed</id>"
            f"<updated>2020-07-14T00:00:00Z</updated>{entries}</feed>")
