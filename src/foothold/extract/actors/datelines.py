"""The outlet credited in a wire dateline ("BAGHDAD, Aug 21 (Tigris Wire) - "): a media actor, named whole.

The NER reads a credit's first word as a river or region where it names one ("Tigris", "Levant") and leaves the
rest; the dateline's shape says what the parenthesis holds, so the credit is the outlet whatever its words name.
"""

from __future__ import annotations

from ...ingest.metadata import dateline_credits

MAX_CREDIT_WORDS = 5     # "(Harbor Wire)", "(Agence France-Presse)"; a longer parenthesis is no credit


def credited_outlets(text: str, dictionary) -> list[tuple[int, int, str, str]]:
    """(start, end, type, label) for each dateline credit that reads as a name: a known outlet keeps its entry."""
    found = []
    for cs, ce in dateline_credits(text):
        name = text[cs:ce].strip()
        if not name[:1].isupper() or len(name.split()) > MAX_CREDIT_WORDS:
            continue
        cs = text.index(name, cs)
        entry = dictionary.lookup(name)
        if entry is not None and entry.type == "media":
            found.append((cs, cs + len(name), "media", f"dict:{entry.id}"))
        else:
            found.append((cs, cs + len(name), "media", "rule:dateline_credit"))
    return found
