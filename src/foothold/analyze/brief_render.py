"""The cited brief as Markdown (``[^n]`` footnotes) or HTML (footnotes linking into the reader).

Every string from the store (names, quotes, titles, outlets) is escaped: Markdown's active
characters are backslash-escaped (a name like ``[^1]`` or ``<script>`` stays text), HTML is
escaped with ``html.escape``. HTML footnotes link to the workbench reader at the span
(``/documents/ID?at=START#at-START``, as the arena page's evidence links); count sentences
link to the arena page's events behind the number. No inline script: the workbench's CSP
forbids them.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlencode

from .brief import Brief, Footnote
from .brief_templates import human_date

_MD_ACTIVE = re.compile(r"([\\`*_{}\[\]<>|~^&#!])")


def md_escape(text: str) -> str:
    """Plain text for Markdown: whitespace folded, active characters backslash-escaped."""
    return _MD_ACTIVE.sub(r"\\\1", " ".join((text or "").split()))


def _sources(f: Footnote) -> list[str]:
    return [s.outlet + (f", {human_date(s.date)}" if s.date else "") for s in f.sources]


def _period(b: Brief) -> str:
    if b.date_from or b.date_to:
        return f"{human_date(b.date_from) or 'the start'} to {human_date(b.date_to) or 'the latest event'}"
    return "all dates in the store"


def _omitted_line(b: Brief) -> str | None:
    parts = []
    n = sum(b.omitted.values())
    if n:
        reasons = "; ".join(f"{why} ({k})" for why, k in sorted(b.omitted.items()))
        parts.append(f"{n} sentence{'s' if n != 1 else ''} left out for lack of evidence: {reasons}.")
    k = sum(b.unusable.values())
    if k:
        reasons = "; ".join(f"{why} ({c})" for why, c in sorted(b.unusable.items()))
        parts.append(f"{k} piece{'s' if k != 1 else ''} of evidence not cited: {reasons}.")
    return " ".join(parts) or None


def markdown(b: Brief) -> str:
    actor, country = b.actor["name"], b.country["name"]
    lines = [f"# {md_escape(actor)} in {md_escape(country)}: a cited brief", "",
             md_escape(f"Period: {_period(b)}. {b.counts['events']} events counted, as in foothold arena "
                       f"{b.actor['id']} --in {b.country['id']}. Every sentence rests on the documents and "
                       f"character spans in its footnotes."), ""]
    for s in b.sections:
        lines += [f"## {md_escape(s.title)}", ""]
        for x in s.sentences:
            lines.append(f"- {md_escape(x.text)}" + "".join(f"[^{f.n}]" for f in x.footnotes))
        lines.append("")
    omitted = _omitted_line(b)
    if omitted:
        lines += [f"*{md_escape(omitted)}*", ""]
    for f in b.footnotes:
        src = _sources(f)
        lines.append(f"[^{f.n}]: {md_escape(f.document)}, chars {f.start}–{f.end}: “{md_escape(f.quote)}”"
                     + (f" — {md_escape('; '.join(src))}" if src else ""))
    return "\n".join(lines) + "\n"


def reader_url(f: Footnote, base: str = "") -> str:
    return f"{base}/documents/{quote(f.document_id, safe='')}?at={f.start}#at-{f.start}"


def arena_url(b: Brief, cell: dict, base: str = "") -> str:
    params = {"actor": b.actor["id"], "in": b.country["id"]}
    params |= {k: v for k, v in (("from", b.date_from), ("to", b.date_to)) if v}
    params |= {"by": b.by, "channel": cell["channel"], "cell": cell["cell"]}
    return f"{base}/arena?{urlencode(params)}#events"


def html_fragment(b: Brief, base: str = "") -> str:
    """The brief's sections and footnotes as HTML (every string escaped)."""
    e = html.escape
    out = [f'<p class="brief-meta muted">Period: {e(_period(b))}. {b.counts["events"]} events counted, as in the '
           f'<a href="{e(arena_url(b, {"channel": "all", "cell": "events"}, base))}">arena view</a>. Every sentence '
           f'rests on the documents and character spans in its footnotes.</p>']
    for s in b.sections:
        out.append(f'<section class="card brief-section" id="brief-{e(s.key.replace(":", "-"))}">'
                   f'<h2>{e(s.title)}</h2><ul class="brief-sentences">')
        for x in s.sentences:
            refs = '<sup class="fn">' + ",".join(f'<a href="#fn-{f.n}">{f.n}</a>' for f in x.footnotes) + "</sup>"
            more = ""
            if x.cell:
                more = f' <a class="small muted" href="{e(arena_url(b, x.cell, base))}">events</a>'
            elif len(x.event_ids) == 1:
                more = f' <a class="small muted" href="{e(base)}/events/{e(quote(x.event_ids[0], safe=""))}">event</a>'
            out.append(f"<li>{e(x.text)}{refs}{more}</li>")
        out.append("</ul></section>")
    omitted = _omitted_line(b)
    if omitted:
        out.append(f'<p class="brief-omitted small muted">{e(omitted)}</p>')
    out.append('<section class="card brief-footnotes"><h2>Footnotes</h2><ol class="footnotes">')
    for f in b.footnotes:
        src = _sources(f)
        out.append(f'<li id="fn-{f.n}" value="{f.n}"><a href="{e(reader_url(f, base))}">{e(f.document)}</a>, '
                   f'chars {f.start}–{f.end}: <q>{e(" ".join(f.quote.split()))}</q>'
                   + (f" — {e('; '.join(src))}" if src else "") + "</li>")
    out.append("</ol></section>")
    return "\n".join(out)


def html_document(b: Brief, base: str = "") -> str:
    """A standalone HTML page (``foothold brief --format html``); links point at the workbench at ``base``."""
    title = html.escape(f"{b.actor['name']} in {b.country['name']}: a cited brief")
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n{html_fragment(b, base)}\n</body></html>\n")
