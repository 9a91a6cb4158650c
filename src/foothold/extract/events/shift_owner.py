"""Whose time a counted shift ("the day before", "the following month") tells: one inside a relative or participial
clause that does not hold the act ("briefed X on the plans, which she had described to the public the day before")
moves that clause's own happening, not the act, which keeps the story's running date."""

from __future__ import annotations

import re

from .dating import in_other_clause
from ..doc_tokens import span_tokens


def shift_elsewhere(pattern: re.Pattern, sent, trigger) -> bool:
    """The sentence's first ``pattern`` shift lies in a clause of another happening than ``trigger``'s."""
    m = pattern.search(sent.text)
    if m is None:
        return False
    at = sent.start_char + m.start()
    words = [t for t in span_tokens(sent) if t.idx >= at and not t.is_space]
    return bool(words) and in_other_clause(words[0], trigger)
