"""Name normalisation shared by resolution and scoring."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from anyascii import anyascii

_APOS = re.compile(r"['`\u2019\u2018\u02bc\u02bf\u02be]")
_LEAD = re.compile(r"^(?:al|el|the)[\s-]+", re.I)


@lru_cache(maxsize=65536)      # pure, and asked for the same few hundred names thousands of times a document
def normalise_name(name: str) -> str:
    """FORMAT.md scoring key: case-fold, ASCII, no apostrophes/hyphens, no leading al/the."""
    s = anyascii(name).casefold()
    s = _APOS.sub("", s)
    s = s.replace("-", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _LEAD.sub("", s)
    return s.strip()


SLUG_MAX = 120     # a slug is a primary key: bounded the same way on every database


def slug(name: str) -> str:
    """The id-safe form of a name, at most SLUG_MAX characters: a longer one keeps its start and
    ends in a hash of the whole. Idempotent (slug(slug(x)) == slug(x))."""
    s = normalise_name(name)
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    if len(s) > SLUG_MAX:
        s = s[:SLUG_MAX - 11].rstrip("_") + "_" + hashlib.sha256(s.encode()).hexdigest()[:10]
    return s or "actor"
