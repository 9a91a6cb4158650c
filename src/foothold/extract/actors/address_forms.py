"""A form of address is no name (issue 8, actors21): "His Majesty will open", "Her Excellency", "Their Royal
Highnesses". A name the NER found whose words are only the nouns of data/address_forms.yaml (and "Royal"), right after
a possessive pronoun, names no actor: the golds code the person addressed, never the form."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

ADDRESS_FORMS_PATH = Path(__file__).resolve().parents[2] / "data" / "address_forms.yaml"
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "your", "their", "its", "our"})


@dataclass(frozen=True)
class AddressForms:
    address_nouns: frozenset[str]


@lru_cache(maxsize=2)
def address_nouns(path: str | None = None) -> frozenset[str]:
    return read_word_sets(path or ADDRESS_FORMS_PATH, AddressForms, "address forms").address_nouns


def is_address_form(span) -> bool:
    """The span (an entity of a parsed doc) is a form of address after a possessive pronoun."""
    doc = span.doc
    words = [t for t in span if t.text != "Royal"]
    if not words or any(t.lower_ not in address_nouns() or not t.text[:1].isupper() for t in words):
        return False
    i = span.start
    return i > 0 and doc[i - 1].lower_ in POSSESSIVE_PRONOUNS
