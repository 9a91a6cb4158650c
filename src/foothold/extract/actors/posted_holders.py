"""The holder named after a posting phrase is no region of the post's place (issue 8, actors23): in "the Saudi
ambassador in Baghdad, Abdulaziz al-Shammari, wrote", the NER may tag the name a GPE, and `widening._widen` would
read "Baghdad, Abdulaziz al-Shammari" as a place and its region ("Palmyra, Syria"). When the comma after the place
closes a title phrase (`titled_names._title_phrase_before`: a person noun or title within it) and the name after it,
of two words or more that no dictionary or gazetteer knows as a place, is closed by a comma, a stop or a verb, the
name is the holder: the place keeps its own extent, and `classify` reads the name apposed to the title."""

from __future__ import annotations

from spacy.tokens import Doc

from ...resolve.names import normalise_name
from ..dictionary import Lexicon, city_keys, load_dictionary
from .titled_names import _closed, _title_phrase_before


def holder_after_title_phrase(doc: Doc, comma: int, end: int, lexicon: Lexicon) -> bool:
    """The tokens [comma + 1, end) name a title's holder, not the region of the place before the comma."""
    name = doc[comma + 1:end]
    if len(name) < 2 or not _title_phrase_before(doc, comma, lexicon) or not _closed(doc, end):
        return False
    entry = load_dictionary().lookup(name.text)
    if entry is not None and entry.type in ("place", "country") or normalise_name(name.text) in city_keys():
        return False
    return True


def apposed_holder(span, lexicon: Lexicon) -> bool:
    """A name the NER tagged a place or body, right after a comma closing a title phrase ("the Saudi ambassador in
    Baghdad, Abdulaziz al-Shammari,"): the title's holder, a person (read by `classify`)."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "," \
        and not lexicon.type_by_head(span.text) and holder_after_title_phrase(doc, span.start - 1, span.end, lexicon)
