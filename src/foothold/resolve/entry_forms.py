"""A listed actor's own name or alias written inside a longer mention of it is a surface form the text uses:
"Anbar province" (the entry Anbar), "the U.S. State Department" (the entry State Department). FORMAT.md keeps every
surface form in name + aliases, and a reader naming the actor in its short form is then matched."""

from __future__ import annotations

import re
from functools import lru_cache

MIN_FORM_CHARS = 4            # "U.S.", "UN": short forms inside longer names say little


@lru_cache(maxsize=2048)
def _edge(form: str) -> re.Pattern:
    """The form as a whole word opening or closing a text (compiled once per form: re's own cache of 512
    patterns is overrun by a document's forms, so each call compiled afresh)."""
    return re.compile(rf"(?:^{re.escape(form)}\s|\s{re.escape(form)}$)")


def entry_forms_inside(texts: list[str], forms: list[str]) -> list[str]:
    """The entry's forms (name, aliases) written as a whole-word part opening or closing one of ``texts``."""
    out = []
    for form in forms:
        if len(form) < MIN_FORM_CHARS or form in out:
            continue
        edge = _edge(form)
        if any(text != form and edge.search(text) for text in texts):
            out.append(form)
    return out
