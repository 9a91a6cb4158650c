"""A listed actor's own name or alias written inside a longer mention of it is a surface form the text uses:
"Anbar province" (the entry Anbar), "the U.S. State Department" (the entry State Department). FORMAT.md keeps every
surface form in name + aliases, and a reader naming the actor in its short form is then matched."""

from __future__ import annotations

import re

MIN_FORM_CHARS = 4            # "U.S.", "UN": short forms inside longer names say little


def entry_forms_inside(texts: list[str], forms: list[str]) -> list[str]:
    """The entry's forms (name, aliases) written as a whole-word part opening or closing one of ``texts``."""
    out = []
    for form in forms:
        if len(form) < MIN_FORM_CHARS or form in out:
            continue
        edge = re.compile(rf"(?:^{re.escape(form)}\s|\s{re.escape(form)}$)")
        if any(text != form and edge.search(text) for text in texts):
            out.append(form)
    return out
