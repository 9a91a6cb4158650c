"""A document credited to a monitoring body speaks as that body, not as a state (issue 8, reltitle13). A monitor
says "we" ("our earlier entries", "We expect most crossings to stay shut") as a release does, and names one state as a
subject more often than others, so `issuer.issuing_state` took it for that state's release and held the bare
ministers of every other state in it ("Turkey closed its border with Iran. Health Minister X called the closure
temporary": not Iran's). The credit is the name closing the document title in parentheses ("... (Harbour Rights
Monitor, 28 November 2019)") or the name before the date of a date line near the top ("Regional Crossings Monitor,
16 March 2020"); it is a monitor's when one of its capitalised words is in roles.yaml `monitor_voice.credit_words`
("Monitor", "Observatory", "Watch", "Tracker")."""

from __future__ import annotations

import re

from ...ingest.metadata import HEAD_CHARS, HEAD_LINES, _date_in_line, _is_date_line, _lines
from .tie_words import section_words

CREDIT = re.compile(r"\(([^()]*)\)\s*$")
CREDIT_WORDS = 6          # a body's name is short


def credit_words(path: str | None = None) -> frozenset[str]:
    """roles.yaml `monitor_voice.credit_words`."""
    return section_words("monitor_voice", ("credit_words",), (), path)["credit_words"]


def credits(text: str, title: str | None) -> list[str]:
    """The names the document is credited to: its title's closing parenthesis before any comma, and the text before
    the date of each date line near the top that the date closes."""
    out = []
    if title and (m := CREDIT.search(title.strip())):
        out.append(m.group(1).split(",")[0])
    for _, line in _lines(text, limit=HEAD_LINES, chars=HEAD_CHARS):
        found = _date_in_line(line)
        if found is None or not _is_date_line(line) or line[found[1][1]:].strip(" .\t\r"):
            continue
        out.append(line[:found[1][0]].rstrip(" ,\t"))
    return out


def monitor_credited(document) -> bool:
    """The document is credited to a monitoring body (see the module's docstring)."""
    words = credit_words()
    for name in credits(document.text, document.title):
        tokens = re.findall(r"[\w'-]+", name)
        if len(tokens) <= CREDIT_WORDS and any(w[:1].isupper() and w.lower() in words for w in tokens):
            return True
    return False
