"""A government's short form standing for the state the text named it of (DEVELOPING.md Conventions: "the
(Federal) Government of X" is the state X)."""

from __future__ import annotations

import re

# "the Government of", "the Federal Government of" before a state's name (the state's mention starts at
# "Government": widening._government_of_start)
GOVERNMENT_OF = re.compile(r"\bGovernment of (?:the )?$")
# a short form: "Government", or one capitalised word and "Government" ("the Federal Government")
SHORT_FORM = re.compile(r"(?:[A-Z][a-z]+ )?Government")


def government_short_forms(text: str, found: list[list]) -> None:
    """"The Federal Government of Somalia announces ... The Federal Government reaffirms ...": a capitalised
    "(Adjective) Government" typed as a body is a mention of the one state the text named as "the Government of
    X"; with two such states, or none, it is left as it is."""
    states = {f[3] for f in found if f[2] == "country" and f[3].startswith("dict:")
              and GOVERNMENT_OF.search(text[f[0]:f[4]])}
    if len(states) != 1:
        return
    label = states.pop()
    for f in found:
        if f[2] == "organization" and SHORT_FORM.fullmatch(text[f[4]:f[5]]) \
                and not text[f[5]:f[5] + 4].startswith(" of "):
            f[2], f[3] = "country", label
