"""A body's name that opens with its head noun: "the Headquarters for the Restoration of the Holy Shrines", "the
Commission for the Investigation of Abuse of Authority", "the Office of the Prime Minister" (issue 8, actors17). After
"the", a capitalised organisation head word (lexicon.yaml `head_words`) followed by "for" or "of" and a capitalised
name (the words `formal_names._owner_end` reads: capitalised words joined by of/for/and/the) is one organisation,
where the NER found it not at all or only in pieces. A state or place found inside leaves the phrase to the readers
of "the X of <state>" ("the University of Baghdad", "the Government of Iraq"), and a mention crossing its edge
leaves it alone."""

from __future__ import annotations

from spacy.tokens import Doc

from ..dictionary import Lexicon
from .formal_names import _owner_end

LINKS = frozenset({"for", "of"})
LOCATED = frozenset({"country", "place"})


def head_led_names(doc: Doc, found: list[list], lexicon: Lexicon, add) -> None:
    """Add each head-led name whole, dropping the pieces found inside it."""
    for k, tok in enumerate(doc):
        if not _opens_name(doc, k, lexicon):
            continue
        owner_start = k + 2 + (doc[k + 2].lower_ == "the")
        if owner_start >= len(doc) or not (doc[owner_start].is_alpha and doc[owner_start].text[:1].isupper()):
            continue
        owner_end = _owner_end(doc, owner_start)
        if owner_end is None:
            continue
        cs, ce = tok.idx, doc[owner_end - 1].idx + len(doc[owner_end - 1].text)
        if any(f[0] < cs < f[1] or f[0] < ce < f[1] for f in found):
            continue
        inside = [f for f in found if cs <= f[0] and f[1] <= ce]
        if any((f[0], f[1]) == (cs, ce) or f[2] in LOCATED for f in inside):
            continue
        found[:] = [f for f in found if not (cs <= f[0] and f[1] <= ce)]
        add(cs, ce, "organization", "rule:head_led_name")


def _opens_name(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """Token k is a body's head word after "the", with "for"/"of" after it on the same line."""
    return (0 < k < len(doc) - 2 and lexicon.head_words.get(doc[k].text) == "organization"
            and doc[k - 1].lower_ == "the" and doc[k + 1].lower_ in LINKS
            and "\n" not in doc[k].whitespace_ and "\n" not in doc[k + 1].whitespace_)
