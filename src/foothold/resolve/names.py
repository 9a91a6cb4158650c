"""Name normalisation shared by resolution and scoring."""

from __future__ import annotations

import re

from anyascii import anyascii

_APOS = re.compile(r"['`\u2019\u2018\u02bc\u02bf\u02be]")
_LEAD = re.compile(r"^(?:al|el|the)[\s-]+", re.I)


def normalise_name(name: str) -> str:
    """FORMAT.md scoring key: case-fold, ASCII, no apostrophes/hyphens, no leading al/the."""
    s = anyascii(name).casefold()
    s = _APOS.sub("", s)
    s = s.replace("-", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _LEAD.sub("", s)
    return s.strip()


def slug(name: str) -> str:
    s = normalise_name(name)
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s or "actor"
