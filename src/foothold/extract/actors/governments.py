"""A government's short form standing for the state the text named it of (DEVELOPING.md Conventions: "the
(Federal) Government of X" is the state X)."""

from __future__ import annotations

import re

from spacy.tokens import Span

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


# "the Governments of" cut before "X and Y" (actors28, read on owndocs40): the NER's piece names no body; the states
# after it are each their own actor ("the Governments of Chile and Peru" is Chile and Peru, as "the Government of
# Chile" is Chile)
PLURAL_GOVERNMENTS = re.compile(r"(?:[Tt]he )?(?:[A-Z][a-z]+ )?Governments of (?:the )?")


def split_plural_governments(doc, ents: list) -> list:
    """The entities with each "(the) Governments of <state>" the NER or a join made given back as the state's own
    entity (the NER's, where it tagged one), the plural head dropped."""
    out = []
    for ent in ents:
        m = PLURAL_GOVERNMENTS.match(ent.text) if ent.label_ in ("ORG", "organization") else None
        if m is None or m.end() >= len(ent.text):
            out.append(ent)
            continue
        rest = doc.char_span(ent.start_char + m.end(), ent.end_char)
        own = next((e for e in doc.ents if rest is not None and (e.start, e.end) == (rest.start, rest.end)), None)
        if own is not None:
            out.append(own)
        elif rest is not None:
            out.append(Span(doc, rest.start, rest.end, label="GPE"))
    return out
