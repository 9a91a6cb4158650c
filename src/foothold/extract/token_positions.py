"""The tokens of a Doc whose word (or label) is one of a few, found on the parse's arrays.

A rule that walks the whole document for a handful of words ("Near", "regime", a comma, the pronouns) made a Token
object and decoded its text for every token; `doc.to_array` gives the attribute's hashes in one call, and only the
tokens whose hash is one of the words' are made. The rules keep their own tests on each token's text, so a hash
collision could only add a candidate the rule then refuses.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.attrs import LOWER


def tokens_with(doc, attr: int, values: Iterable[str]) -> Iterator:
    """The tokens of ``doc``, in order, whose ``attr`` (spacy.attrs ORTH, LOWER, DEP, TAG ...) is one of ``values``."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    wanted = {strings[v] for v in values if v}
    if not wanted:
        return
    for i in [i for i, h in enumerate(doc.to_array(attr).tolist()) if h in wanted]:
        yield doc[i]


def tokens_where(doc, attr: int, test) -> Iterator:
    """The tokens of ``doc``, in order, whose ``attr`` string passes ``test`` (each distinct string tested once)."""
    if not len(doc):
        return
    hashes = doc.to_array(attr).tolist()
    strings = doc.vocab.strings
    wanted = {h for h in set(hashes) if test(strings[h])}
    for i in [i for i, h in enumerate(hashes) if h in wanted]:
        yield doc[i]


def doc_lower(doc) -> list[str]:
    """``[t.lower_ for t in doc]`` read on the parse's LOWER array: no Token object made per word (perf4)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(LOWER).tolist()]
