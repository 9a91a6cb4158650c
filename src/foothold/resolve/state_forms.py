"""A body written with the state it belongs to, "Iran's Foreign Ministry", "the Self-Defense Forces of Japan", has
the body's own name as a surface form too ("Foreign Ministry", "Self-Defense Forces"): readers and analysts name it
so, and FORMAT.md keeps every surface form in name + aliases. Only a rest closed by a body's head word counts
("Japan's Prime Minister" has none)."""

from __future__ import annotations

import re

POSSESSED = re.compile(r"^(?:the\s+)?(?P<state>.+?)['\u2019]s\s+(?P<rest>.+)$")
OF_STATE = re.compile(r"^(?:the\s+)?(?P<rest>.+?)\s+of\s+(?:the\s+)?(?P<state>[^,]+)$")


def body_without_state(text: str, is_state, is_body_head) -> str | None:
    """The body's name without the state that owns it ("Iran's X", "X of Japan"), or None."""
    for shape in (POSSESSED, OF_STATE):
        m = shape.match(text)
        if m is None or not is_state(m["state"]):
            continue
        rest = m["rest"]
        words = rest.split()
        if len(words) >= 2 and is_body_head(words[-1]) and all(w[:1].isupper() for w in words):
            return rest
    return None
