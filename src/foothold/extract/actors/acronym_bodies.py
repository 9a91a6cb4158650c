"""A name the NER took for a person's, defined right after by its initials in brackets, is a body's (issue 8,
actors24): "the opposition party, Hery Vaovao Ho an'i Madagasikara (HVM)", "leaders of Kuna Yala Unida (KYU)".
People are seldom given an acronym; where they are ("Mohammed bin Salman (MBS)") the name opens with a given name
the Phoenix dictionaries list, and stays a person's."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...lexicons import phoenix_given_names
from ...resolve.names import normalise_name

ACRONYM = re.compile(r"[A-Z]{2,6}")


def defined_by_acronym(span: Span) -> bool:
    """The span is followed by "(" its initials ")" (the capitalised words' first letters, in order, the first and the
    last always, a small word's maybe not: "Hery Vaovao Ho an'i Madagasikara (HVM)") and opens with no listed given
    name."""
    doc, e = span.doc, span.end
    if e + 2 >= len(doc) or doc[e].text != "(" or doc[e + 2].text != ")" or not ACRONYM.fullmatch(doc[e + 1].text):
        return False
    words = [t.text for t in span if t.is_alpha or "'" in t.text]
    initials = "".join(w[0] for w in words if w[:1].isupper())
    acronym = doc[e + 1].text
    if len(initials) < 2 or not _abbreviates(acronym, initials):
        return False
    return normalise_name(words[0]) not in phoenix_given_names()


def _abbreviates(acronym: str, initials: str) -> bool:
    """The acronym is the initials, or those of the first and last word with some of the words between."""
    if acronym == initials:
        return True
    if acronym[0] != initials[0] or acronym[-1] != initials[-1] or len(acronym) > len(initials):
        return False
    rest = iter(initials[1:-1])
    return all(c in rest for c in acronym[1:-1])
