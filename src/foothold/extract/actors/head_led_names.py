"""A body's name that opens with its head noun: "the Headquarters for the Restoration of the Holy Shrines", "the
Commission for the Investigation of Abuse of Authority", "the Foundation for the Oppressed" (issue 8, actors17).
After "the", a capitalised organisation head word (lexicon.yaml `head_words`) followed by "for" and a capitalised name
(the words `formal_names._owner_end` reads: capitalised words joined by of/for/the) is one organisation, where the
NER found it not at all or only in pieces. A name running into "and" or a possessive is left alone (a list, "the
Government of Iraq and United Nations"; an owner's unit); so is one a state or place ends ("... for the Old City":
the readers of places have it) or a mention crosses. Only "for": with "of" too (measured) the rule joined lists and
owners the NER had read right, and news-dev and owndocs22 relations fell."""

from __future__ import annotations

from spacy.tokens import Doc

from ..dictionary import Lexicon
from .formal_names import _owner_end
from ..doc_tokens import doc_tokens

LINKS = frozenset({"for"})          # "of" phrases the NER reads whole, or names a state's body ("the Government of X")
STOPS = frozenset({"and", "&", "'s", "\u2019s"})     # two names listed, or a possessor: no one name
LOCATED = frozenset({"country", "place"})


def head_led_names(doc: Doc, found: list[list], lexicon: Lexicon, add) -> None:
    """Add each head-led name whole, dropping the pieces found inside it."""
    for k, tok in enumerate(doc_tokens(doc)):
        if not _opens_name(doc, k, lexicon):
            continue
        owner_start = k + 2 + (doc[k + 2].lower_ == "the")
        if owner_start >= len(doc) or not (doc[owner_start].is_alpha and doc[owner_start].text[:1].isupper()):
            continue
        owner_end = _owner_end(doc, owner_start)
        if owner_end is None or _stopped(doc, owner_start, owner_end):
            continue
        cs, ce = tok.idx, doc[owner_end - 1].idx + len(doc[owner_end - 1].text)
        if any(f[0] < cs < f[1] or f[0] < ce < f[1] for f in found):
            continue
        inside = [f for f in found if cs <= f[0] and f[1] <= ce]
        if any((f[0], f[1]) == (cs, ce) or f[2] in LOCATED and f[1] == ce for f in inside):
            continue
        found[:] = [f for f in found if not (cs <= f[0] and f[1] <= ce)]
        add(cs, ce, "organization", "rule:head_led_name")


def _stopped(doc: Doc, start: int, end: int) -> bool:
    """The name read runs into "and" or a possessive: a list of names or an owner's unit, left alone."""
    return any(t.lower_ in STOPS for t in doc[start:end]) or end < len(doc) and doc[end].lower_ in STOPS


def _opens_name(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """Token k is a body's head word after "the", with "for" after it on the same line."""
    return (0 < k < len(doc) - 2 and lexicon.head_words.get(doc[k].text) == "organization"
            and doc[k - 1].lower_ == "the" and doc[k + 1].lower_ in LINKS
            and "\n" not in doc[k].whitespace_ and "\n" not in doc[k + 1].whitespace_)
