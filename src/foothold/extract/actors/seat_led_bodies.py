"""A body named after its government's seat: "the White House National Security Council", "the Kremlin Security
Council" (issue 8, fixes13).

The dictionary tags the seat ("White House") and the NER reads the rest as a body of its own ("National Security
Council"), so one council became two actors, each the doer of its acts. A seat of government
(data/government_seats.yaml `seats`) right before an organisation entity on its line that ends in an organisation's
head word (lexicon.yaml `head_words`: Council, Office, Press Office ...) names one organisation, whole (the makers
name bodies whole: "the Foreign Ministry of Iraq"). A seat alone ("met at the White House") or followed by other
words ("the White House said") is left as it is.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from ...resolve.names import normalise_name
from ...yamlfile import read_word_lists
from ..dictionary import Lexicon

SEATS = Path(__file__).resolve().parents[2] / "data" / "government_seats.yaml"


@lru_cache(maxsize=2)
def seat_names(path: str | None = None) -> frozenset[str]:
    """The normalised seat names of data/government_seats.yaml (validated by relations/seat_hosts.py)."""
    return frozenset(normalise_name(e.partition(" = ")[0].strip())
                     for e in read_word_lists(path or SEATS, ("seats",), "government seats")["seats"])


def seat_led_bodies(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """The entities with each body named after a government seat joined whole."""
    seats = seat_names()
    by_start = {e.start: e for e in ents}
    joined: list[tuple[Span, Span]] = []
    for ent in ents:
        body = by_start.get(ent.end)
        if body is None or body.label_ != "ORG" or "\n" in doc[ent.end - 1].whitespace_:
            continue
        if normalise_name(ent.text) not in seats or lexicon.head_words.get(body[-1].text) != "organization":
            continue
        joined.append((ent, body))
    if not joined:
        return ents
    gone = {id(x) for pair in joined for x in pair}
    kept = [e for e in ents if id(e) not in gone]
    return sorted(kept + [Span(doc, a.start, b.end, label="ORG") for a, b in joined], key=lambda e: e.start)
