"""Which untagged or mis-tagged word listed with a place found may be a place too (actors21), read by
`places._listed_with_place`: besides a proper noun that is no English word, a city of the gazetteer that English
also has as a word ("to Temuco and Victoria"), and a word the NER tagged as a people's name that no dictionary
knows as a demonym or actor ("including Sheikhan, Makhmur and Koysinjaq")."""

from __future__ import annotations

from ...resolve.names import normalise_name
from ..dictionary import city_keys, load_dictionary
from ..nlp import is_english_word
from ..doc_text import doc_text
from ..doc_tokens import doc_tokens


def may_be_listed_place(tok) -> bool:
    """The proper noun `tok`, coordinated with a place, can be read as a place."""
    if tok.ent_type_ == "NORP":
        dictionary = load_dictionary()
        return (tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
                and not dictionary.is_demonym(tok.text) and dictionary.lookup(tok.text) is None
                and not tok.text.endswith(("s", "ese", "ish", "ian")) and not is_english_word(tok))
    if tok.ent_type_:
        return False
    return not is_english_word(tok) or normalise_name(tok.text) in city_keys()


def listed_acronyms(doc, bodies: list[tuple[int, int]], taken, abbreviations=frozenset()):
    """"the Pakistani agencies ISI and MI": an untagged acronym (two to six capitals) coordinated with a body's acronym
    found is a body too. (start, end) character spans."""
    from ..spans import SpanIndex
    from .spans import _overlaps
    text = doc_text(doc)  # joined from the tokens on each access: read once
    acronyms = [(s, e) for s, e in bodies if _is_acronym(text[s:e])]
    if not acronyms:
        return
    index = SpanIndex(acronyms)
    for t in doc_tokens(doc):
        if t.ent_type_ or not _is_acronym(t.text) or t.text in abbreviations or t.is_sent_start \
                or _overlaps(taken, t.idx, t.idx + len(t.text)):
            continue
        partners = ([t.head] if t.dep_ == "conj" else []) + [c for c in t.children if c.dep_ == "conj"]
        if any(_overlaps(index, p.idx, p.idx + len(p.text)) and _is_acronym(p.text) for p in partners):
            yield t.idx, t.idx + len(t.text)


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()
