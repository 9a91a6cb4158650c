"""A company's or a body's name written after its kind's noun is one name (issue 8, actors19; read on owndocs22):
"the Iraq-based airline Fly Baghdad", "the Chinese firm Sino Andes Mining", "the opposition coalition Yewwi Askan
Wi". The NER reads a place inside such a name on its own
("Baghdad") and misses the company. After a lower-case company noun (data/companies.yaml `company_nouns`, and
data/named_companies.yaml `run_nouns`) that a determiner or modifier opens, a run of two or three capitalised words on
its line whose found pieces are all places, countries or people inside it is one organisation; the pieces give way.
A run found whole as a person is the company ("the airline Sky Cusco" tagged PERSON); a run followed by "of" or a possessive is left alone
("the bank Credit Suisse of Zurich" is not read), and so is a run holding a title word or a day or month."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ...yamlfile import read_word_sets
from ..dates import MONTHS, WEEKDAYS
from .companies import OPENERS, company_words
from ..doc_text import doc_text

NAMED_COMPANIES_PATH = Path(__file__).resolve().parents[2] / "data" / "named_companies.yaml"
PIECE_TYPES = frozenset({"place", "country", "person"})
CALENDAR = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


@dataclass(frozen=True)
class RunNouns:
    run_nouns: frozenset[str]


@lru_cache(maxsize=2)
def run_nouns(path: str | None = None) -> frozenset[str]:
    """The company nouns a name follows: companies.yaml's and named_companies.yaml's."""
    return read_word_sets(path or NAMED_COMPANIES_PATH, RunNouns, "named companies").run_nouns \
        | company_words().company_nouns


def named_companies(doc: Doc, found: list[list], add, title_words: frozenset[str] | set[str] = frozenset()) -> None:
    """Add each company's name read after its noun whole, dropping the pieces found inside it."""
    nouns = run_nouns()
    named: set[str] = set()
    for k in range(1, len(doc) - 2):
        noun = doc[k]
        if noun.text not in nouns or noun.pos_ != "NOUN" or "\n" in noun.whitespace_ \
                or not _opens(doc[k - 1]) or "\n" in doc[k - 1].whitespace_:
            continue
        end = k + 1
        while end < len(doc) and end - k <= 3 and _name_word(doc[end]) and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if not 2 <= end - k - 1 <= 3 or end - k > 3 and _name_word(doc[end] if end < len(doc) else None):
            continue
        if end < len(doc) and (doc[end].lower_ in ("of", "'s", "\u2019s")):
            continue
        if any(t.text in title_words or t.lower_ in CALENDAR for t in doc[k + 1:end]):
            continue                   # "the party Secretary General X", "the bank Monday": no name
        cs, ce = doc[k + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if _replace(found, cs, ce, add):
            named.add(doc_text(doc)[cs:ce])
    text = doc_text(doc)
    for name in named:                 # the name written again on its own ("Fly Baghdad has carried ...")
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            _replace(found, m.start(), m.end(), add)


def _replace(found: list[list], cs: int, ce: int, add) -> bool:
    """The company's mention over [cs, ce), its pieces dropped, unless something else is found across it."""
    inside = [f for f in found if f[0] < ce and cs < f[1]]
    if any(f[0] < cs or f[1] > ce or f[2] not in PIECE_TYPES for f in inside):
        return False
    found[:] = [f for f in found if not any(f is g for g in inside)]
    add(cs, ce, "organization", "rule:named_company")
    return True


def _opens(tok) -> bool:
    """A determiner or modifier before the noun (a participle too: "the Iraq-based airline")."""
    return tok.pos_ in OPENERS or tok.dep_ in ("amod", "compound", "det", "poss", "nummod")


def _name_word(tok) -> bool:
    return tok is not None and tok.is_alpha and tok.text[:1].isupper()
